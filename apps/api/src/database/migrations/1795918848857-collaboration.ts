import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Workspaces, threads, posts (revisions, reactions, mentions), following, read markers, notifications. */
export class Collaboration1795918848857 implements MigrationInterface {
  name = 'Collaboration1795918848857';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "seq" bigint NOT NULL, "type" text NOT NULL, "title" text NOT NULL, "link" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_4a8575f66acbfeed858805d4ce" ON "notifications"  ("user_id", "seq") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_counters" ("user_id" uuid NOT NULL, "last_seq" bigint NOT NULL, CONSTRAINT "PK_516a4a359b1f1e6a7e16cbe76a5" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "workspaces" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text NOT NULL DEFAULT \'\', "visibility" text NOT NULL, "kind" text NOT NULL, "working_group_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_098656ae401f3e1a4586f47fd8e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_d2fe84f3f4834692ca2b7d751b" ON "workspaces"  ("working_group_id") WHERE working_group_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "workspace_members" ("workspace_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4896b609c71ca5ad20ad662077b" PRIMARY KEY ("workspace_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_4e83431119fa585fc7aa8b817d" ON "workspace_members"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "workspace_organizations" ("workspace_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "PK_8699e8686425132d3de3f0975e2" PRIMARY KEY ("workspace_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a5fc4a00a93ec6eb0c5fe40ef0" ON "workspace_organizations"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "threads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "title" text NOT NULL, "author_id" uuid NOT NULL, "pillars" text array NOT NULL DEFAULT \'{}\', "working_group_id" uuid, "classification" text NOT NULL DEFAULT \'UNCLASSIFIED\', "pinned" boolean NOT NULL DEFAULT false, "locked" boolean NOT NULL DEFAULT false, "post_count" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d8a74804c34fc3900502cd27275" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9ffaa19010cc78cb2ef6701080" ON "threads"  ("workspace_id", "pinned", "last_activity_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "thread_followers" ("thread_id" uuid NOT NULL, "user_id" uuid NOT NULL, "following" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_71036adfab6efa7a01febe42c02" PRIMARY KEY ("thread_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_9751eebad94b5d33b6296abef7" ON "thread_followers"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "thread_reads" ("thread_id" uuid NOT NULL, "user_id" uuid NOT NULL, "last_read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_21fb598bdd8f46af57ee725b172" PRIMARY KEY ("thread_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_f43cce923ead83fc3e1201cf16" ON "thread_reads"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_c695af7bbab323c9a8667796fc" ON "posts"  ("thread_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "post_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "body" text NOT NULL, "replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_871219c3d5044d70ff7d59480b8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_482815c3f7f243fdd53eb6eae5" ON "post_revisions"  ("post_id", "replaced_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "post_reactions" ("post_id" uuid NOT NULL, "user_id" uuid NOT NULL, "emoji" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4e2202b2e4b78a86806b9d5ae57" PRIMARY KEY ("post_id", "user_id", "emoji"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_8268cd23ab20dcef2bfd3cbada" ON "post_reactions"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "post_mentions" ("post_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_ce0cd5309b007f7e495d8369703" PRIMARY KEY ("post_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_5a8db2aeceb69dbd33e427be1d" ON "post_mentions"  ("user_id") ');
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_counters" ADD CONSTRAINT "FK_516a4a359b1f1e6a7e16cbe76a5" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "workspaces" ADD CONSTRAINT "FK_2508d2628bbbe828400457fc5f6" FOREIGN KEY ("working_group_id") REFERENCES "working_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "workspaces" ADD CONSTRAINT "FK_122a2fe1ea7e663d6717692274e" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "workspace_members" ADD CONSTRAINT "FK_4a7c584ddfe855379598b5e20fd" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "workspace_members" ADD CONSTRAINT "FK_4e83431119fa585fc7aa8b817db" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "workspace_organizations" ADD CONSTRAINT "FK_4e6061222047764f42ff15384bc" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "workspace_organizations" ADD CONSTRAINT "FK_a5fc4a00a93ec6eb0c5fe40ef0f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD CONSTRAINT "FK_c6fcdfcd2f81d0729e575893cae" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD CONSTRAINT "FK_71b6a8e2ea822297f14b96c3183" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD CONSTRAINT "FK_f9e28d6bbf1203e5546b416ad49" FOREIGN KEY ("working_group_id") REFERENCES "working_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread_followers" ADD CONSTRAINT "FK_e6226695ec61ccd470662262d36" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread_followers" ADD CONSTRAINT "FK_9751eebad94b5d33b6296abef79" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread_reads" ADD CONSTRAINT "FK_cd09dab00ef27d7014d49cdde7f" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread_reads" ADD CONSTRAINT "FK_f43cce923ead83fc3e1201cf160" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "posts" ADD CONSTRAINT "FK_89efae744488da3393177c9ccbf" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "posts" ADD CONSTRAINT "FK_312c63be865c81b922e39c2475e" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_revisions" ADD CONSTRAINT "FK_21715fae1f647ae1e4b0741346a" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_reactions" ADD CONSTRAINT "FK_595c9605f31a27c0c557c5befb9" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_reactions" ADD CONSTRAINT "FK_8268cd23ab20dcef2bfd3cbada0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_mentions" ADD CONSTRAINT "FK_7842d306938f9b2dceb988d270e" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_mentions" ADD CONSTRAINT "FK_5a8db2aeceb69dbd33e427be1d9" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "post_mentions" DROP CONSTRAINT "FK_5a8db2aeceb69dbd33e427be1d9"');
    await queryRunner.query('ALTER TABLE "post_mentions" DROP CONSTRAINT "FK_7842d306938f9b2dceb988d270e"');
    await queryRunner.query('ALTER TABLE "post_reactions" DROP CONSTRAINT "FK_8268cd23ab20dcef2bfd3cbada0"');
    await queryRunner.query('ALTER TABLE "post_reactions" DROP CONSTRAINT "FK_595c9605f31a27c0c557c5befb9"');
    await queryRunner.query('ALTER TABLE "post_revisions" DROP CONSTRAINT "FK_21715fae1f647ae1e4b0741346a"');
    await queryRunner.query('ALTER TABLE "posts" DROP CONSTRAINT "FK_312c63be865c81b922e39c2475e"');
    await queryRunner.query('ALTER TABLE "posts" DROP CONSTRAINT "FK_89efae744488da3393177c9ccbf"');
    await queryRunner.query('ALTER TABLE "thread_reads" DROP CONSTRAINT "FK_f43cce923ead83fc3e1201cf160"');
    await queryRunner.query('ALTER TABLE "thread_reads" DROP CONSTRAINT "FK_cd09dab00ef27d7014d49cdde7f"');
    await queryRunner.query('ALTER TABLE "thread_followers" DROP CONSTRAINT "FK_9751eebad94b5d33b6296abef79"');
    await queryRunner.query('ALTER TABLE "thread_followers" DROP CONSTRAINT "FK_e6226695ec61ccd470662262d36"');
    await queryRunner.query('ALTER TABLE "threads" DROP CONSTRAINT "FK_f9e28d6bbf1203e5546b416ad49"');
    await queryRunner.query('ALTER TABLE "threads" DROP CONSTRAINT "FK_71b6a8e2ea822297f14b96c3183"');
    await queryRunner.query('ALTER TABLE "threads" DROP CONSTRAINT "FK_c6fcdfcd2f81d0729e575893cae"');
    await queryRunner.query('ALTER TABLE "workspace_organizations" DROP CONSTRAINT "FK_a5fc4a00a93ec6eb0c5fe40ef0f"');
    await queryRunner.query('ALTER TABLE "workspace_organizations" DROP CONSTRAINT "FK_4e6061222047764f42ff15384bc"');
    await queryRunner.query('ALTER TABLE "workspace_members" DROP CONSTRAINT "FK_4e83431119fa585fc7aa8b817db"');
    await queryRunner.query('ALTER TABLE "workspace_members" DROP CONSTRAINT "FK_4a7c584ddfe855379598b5e20fd"');
    await queryRunner.query('ALTER TABLE "workspaces" DROP CONSTRAINT "FK_122a2fe1ea7e663d6717692274e"');
    await queryRunner.query('ALTER TABLE "workspaces" DROP CONSTRAINT "FK_2508d2628bbbe828400457fc5f6"');
    await queryRunner.query('ALTER TABLE "notification_counters" DROP CONSTRAINT "FK_516a4a359b1f1e6a7e16cbe76a5"');
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"');
    await queryRunner.query('DROP INDEX "public"."IDX_5a8db2aeceb69dbd33e427be1d"');
    await queryRunner.query('DROP TABLE "post_mentions"');
    await queryRunner.query('DROP INDEX "public"."IDX_8268cd23ab20dcef2bfd3cbada"');
    await queryRunner.query('DROP TABLE "post_reactions"');
    await queryRunner.query('DROP INDEX "public"."IDX_482815c3f7f243fdd53eb6eae5"');
    await queryRunner.query('DROP TABLE "post_revisions"');
    await queryRunner.query('DROP INDEX "public"."IDX_c695af7bbab323c9a8667796fc"');
    await queryRunner.query('DROP TABLE "posts"');
    await queryRunner.query('DROP INDEX "public"."IDX_f43cce923ead83fc3e1201cf16"');
    await queryRunner.query('DROP TABLE "thread_reads"');
    await queryRunner.query('DROP INDEX "public"."IDX_9751eebad94b5d33b6296abef7"');
    await queryRunner.query('DROP TABLE "thread_followers"');
    await queryRunner.query('DROP INDEX "public"."IDX_9ffaa19010cc78cb2ef6701080"');
    await queryRunner.query('DROP TABLE "threads"');
    await queryRunner.query('DROP INDEX "public"."IDX_a5fc4a00a93ec6eb0c5fe40ef0"');
    await queryRunner.query('DROP TABLE "workspace_organizations"');
    await queryRunner.query('DROP INDEX "public"."IDX_4e83431119fa585fc7aa8b817d"');
    await queryRunner.query('DROP TABLE "workspace_members"');
    await queryRunner.query('DROP INDEX "public"."IDX_d2fe84f3f4834692ca2b7d751b"');
    await queryRunner.query('DROP TABLE "workspaces"');
    await queryRunner.query('DROP TABLE "notification_counters"');
    await queryRunner.query('DROP INDEX "public"."IDX_4a8575f66acbfeed858805d4ce"');
    await queryRunner.query('DROP TABLE "notifications"');
  }
}
