import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizations, people, working groups, invitations, sessions, sign-in attempts and the audit log. */
export class InitialSchema1764400000000 implements MigrationInterface {
  name = 'InitialSchema1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "actor_id" uuid, "action" text NOT NULL, "target_type" text NOT NULL, "target_id" text NOT NULL, "details" jsonb NOT NULL DEFAULT \'{}\', "ip_address" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_04c7c044146c6632491a370fc0" ON "audit_events"  ("actor_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_d5de0add56627328f0ce0aba9a" ON "audit_events"  ("target_type", "target_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "kind" text NOT NULL, "acronym" text, "names" jsonb NOT NULL, "country_code" character(2), "regional_group" text, "entity_type" text, "status" text NOT NULL, "joined_at" date, "left_at" date, "confirmed" boolean NOT NULL DEFAULT true, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_db220d7cec719da00ac553fbb7" ON "organizations"  ("key") ');
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "organization_id" uuid NOT NULL, "role" text NOT NULL, "is_organization_admin" boolean NOT NULL DEFAULT false, "preferred_language" text NOT NULL DEFAULT \'en\', "disabled_at" TIMESTAMP WITH TIME ZONE, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users"  ("email") ');
    await queryRunner.query('CREATE INDEX "IDX_21a659804ed7bf61eb91688dea" ON "users"  ("organization_id") ');
    await queryRunner.query(
      'CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "refresh_token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" text, "ip_address" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_50ccaa6440288a06f0ba693ccc" ON "auth_sessions"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "sign_in_attempts" ("id" BIGSERIAL NOT NULL, "email" text NOT NULL, "ip_address" text NOT NULL, "succeeded" boolean NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b5b5e9a98dbb74ada205a0084d8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_beb0e66930e26f40e99334022a" ON "sign_in_attempts"  ("ip_address", "attempted_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f5df24276d5e6cf6089f707196" ON "sign_in_attempts"  ("email", "attempted_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "organization_id" uuid NOT NULL, "role" text NOT NULL, "is_organization_admin" boolean NOT NULL DEFAULT false, "token_hash" text NOT NULL, "invited_by_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_97ab59cb592c7cec109741b592" ON "invitations"  ("email") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_872ac94a64b3d44fc4b554780c" ON "invitations"  ("token_hash") ');
    await queryRunner.query(
      'CREATE TABLE "working_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "kind" text NOT NULL, "names" jsonb NOT NULL, "confirmed" boolean NOT NULL DEFAULT true, "sort_order" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_95e6a3cace78635e0e7c85ddc98" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_7b767d65688d17aa49d70ef7e4" ON "working_groups"  ("key") ');
    await queryRunner.query(
      'CREATE TABLE "working_group_memberships" ("working_group_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "PK_a4d276b174e988f085f338bf366" PRIMARY KEY ("working_group_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_21f67bc74ce6d28c04e2931ba9" ON "working_group_memberships"  ("organization_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "FK_21a659804ed7bf61eb91688dea7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "auth_sessions" ADD CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_42d1dbb4d85dc3643fdc6560af0" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_d4de0403dd012cf87b430af70ef" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "working_group_memberships" ADD CONSTRAINT "FK_af7e2537e123af51d834b8abb60" FOREIGN KEY ("working_group_id") REFERENCES "working_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "working_group_memberships" ADD CONSTRAINT "FK_21f67bc74ce6d28c04e2931ba94" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "working_group_memberships" DROP CONSTRAINT "FK_21f67bc74ce6d28c04e2931ba94"');
    await queryRunner.query('ALTER TABLE "working_group_memberships" DROP CONSTRAINT "FK_af7e2537e123af51d834b8abb60"');
    await queryRunner.query('ALTER TABLE "invitations" DROP CONSTRAINT "FK_d4de0403dd012cf87b430af70ef"');
    await queryRunner.query('ALTER TABLE "invitations" DROP CONSTRAINT "FK_42d1dbb4d85dc3643fdc6560af0"');
    await queryRunner.query('ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "FK_21a659804ed7bf61eb91688dea7"');
    await queryRunner.query('DROP INDEX "public"."IDX_21f67bc74ce6d28c04e2931ba9"');
    await queryRunner.query('DROP TABLE "working_group_memberships"');
    await queryRunner.query('DROP INDEX "public"."IDX_7b767d65688d17aa49d70ef7e4"');
    await queryRunner.query('DROP TABLE "working_groups"');
    await queryRunner.query('DROP INDEX "public"."IDX_872ac94a64b3d44fc4b554780c"');
    await queryRunner.query('DROP INDEX "public"."IDX_97ab59cb592c7cec109741b592"');
    await queryRunner.query('DROP TABLE "invitations"');
    await queryRunner.query('DROP INDEX "public"."IDX_f5df24276d5e6cf6089f707196"');
    await queryRunner.query('DROP INDEX "public"."IDX_beb0e66930e26f40e99334022a"');
    await queryRunner.query('DROP TABLE "sign_in_attempts"');
    await queryRunner.query('DROP INDEX "public"."IDX_50ccaa6440288a06f0ba693ccc"');
    await queryRunner.query('DROP TABLE "auth_sessions"');
    await queryRunner.query('DROP INDEX "public"."IDX_21a659804ed7bf61eb91688dea"');
    await queryRunner.query('DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "public"."IDX_db220d7cec719da00ac553fbb7"');
    await queryRunner.query('DROP TABLE "organizations"');
    await queryRunner.query('DROP INDEX "public"."IDX_d5de0add56627328f0ce0aba9a"');
    await queryRunner.query('DROP INDEX "public"."IDX_04c7c044146c6632491a370fc0"');
    await queryRunner.query('DROP TABLE "audit_events"');
  }
}
