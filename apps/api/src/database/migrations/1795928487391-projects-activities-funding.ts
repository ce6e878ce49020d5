import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProjectsActivitiesFunding1795928487391 implements MigrationInterface {
  name = 'ProjectsActivitiesFunding1795928487391';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "summary" text NOT NULL DEFAULT \'\', "lead_entity_id" uuid NOT NULL, "beneficiary_country_codes" text array NOT NULL DEFAULT \'{}\', "beneficiary_regions" text array NOT NULL DEFAULT \'{}\', "pillars" text array NOT NULL DEFAULT \'{}\', "working_group_id" uuid, "status" text NOT NULL, "start_date" date NOT NULL, "end_date" date, "budget_usd" numeric(14,2), "workspace_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_4132f6f8664e7a2d5d3828bf22" ON "projects"  ("lead_entity_id") ');
    await queryRunner.query('CREATE INDEX "IDX_a27865a7be17886e3088f4a650" ON "projects"  ("status") ');
    await queryRunner.query(
      'CREATE TABLE "project_partners" ("project_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "PK_607572876c4c12490a4cb9c2cb7" PRIMARY KEY ("project_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_37ad76ec33bd4aae4ad158cd71" ON "project_partners"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "project_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "title" text NOT NULL, "due_date" date NOT NULL, "status" text NOT NULL, CONSTRAINT "PK_0c561300a12c6ba3ad793dff4b8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a59e7e0769859735b9f5084ad1" ON "project_milestones"  ("project_id", "due_date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT \'\', "start_date" date NOT NULL, "end_date" date NOT NULL, "country_code" character(2), "city" text, "online" boolean NOT NULL DEFAULT false, "project_id" uuid, "working_group_id" uuid, "pillars" text array NOT NULL DEFAULT \'{}\', "participants" integer, "participants_women" integer, "individuals_trained" integer NOT NULL DEFAULT \'0\', "featured" boolean NOT NULL DEFAULT false, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7f4004429f731ffb9c88eb486a8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_bb2da03f6b0d3c563720d9398f" ON "activities"  ("country_code") ');
    await queryRunner.query('CREATE INDEX "IDX_7297db78eb572fa29db5aaf815" ON "activities"  ("project_id") ');
    await queryRunner.query('CREATE INDEX "IDX_71c8ade3d22f5e83a696240e7b" ON "activities"  ("start_date") ');
    await queryRunner.query(
      'CREATE TABLE "activity_organizers" ("activity_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_5564899a073bd7a3842ee445c2e" PRIMARY KEY ("activity_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b8774f7b2a645d01897cfc3dad" ON "activity_organizers"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "contributions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "donor_id" uuid NOT NULL, "kind" text NOT NULL, "amount_usd" numeric(14,2) NOT NULL, "in_kind" boolean NOT NULL DEFAULT false, "date" date NOT NULL, "project_id" uuid, "purpose" text NOT NULL DEFAULT \'\', "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca2b4f39eb9e32a61278c711f79" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_6b1a57bb82299207caf81d4841" ON "contributions"  ("donor_id") ');
    await queryRunner.query('CREATE INDEX "IDX_c42c059bec98bbf2ddabae27d1" ON "contributions"  ("project_id") ');
    await queryRunner.query('CREATE INDEX "IDX_1f926dcbcb4a101af58c49e4a3" ON "contributions"  ("date") ');
    await queryRunner.query(
      'CREATE TABLE "agreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" text NOT NULL, "subject" text NOT NULL, "date_signed" date NOT NULL, "place" text, "project_id" uuid, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_01532f6c999d44c776e3d1fa4c8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_37152ff62c1db905d38ec8c8f2" ON "agreements"  ("date_signed") ');
    await queryRunner.query(
      'CREATE TABLE "agreement_parties" ("agreement_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_0460cdeef3540d6b37bc4d23f29" PRIMARY KEY ("agreement_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_7ab3186b4960d2a003c32f5378" ON "agreement_parties"  ("organization_id") ',
    );
    await queryRunner.query('ALTER TABLE "assistance_requests" ADD "project_id" uuid');
    await queryRunner.query('CREATE INDEX "IDX_f24acdba651f913637657fb7b0" ON "assistance_requests"  ("project_id") ');
    await queryRunner.query(
      'ALTER TABLE "projects" ADD CONSTRAINT "FK_4132f6f8664e7a2d5d3828bf225" FOREIGN KEY ("lead_entity_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "projects" ADD CONSTRAINT "FK_9b1e19f074b11aa7363a04a5449" FOREIGN KEY ("working_group_id") REFERENCES "working_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "projects" ADD CONSTRAINT "FK_af78b8fc6857fe0a10d1bb1699e" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "projects" ADD CONSTRAINT "FK_c24760a4c22a838d6a8eb1fdc3a" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_partners" ADD CONSTRAINT "FK_b15493c0811d6f7acbb42064177" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_partners" ADD CONSTRAINT "FK_37ad76ec33bd4aae4ad158cd71d" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_milestones" ADD CONSTRAINT "FK_4072d2ff8e9ee23e9e03e5f6721" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_requests" ADD CONSTRAINT "FK_f24acdba651f913637657fb7b01" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activities" ADD CONSTRAINT "FK_7297db78eb572fa29db5aaf8158" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activities" ADD CONSTRAINT "FK_3b88a6db46dfc86242211faeb31" FOREIGN KEY ("working_group_id") REFERENCES "working_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activities" ADD CONSTRAINT "FK_9fa68b7611b62d97ccec003b6c6" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_organizers" ADD CONSTRAINT "FK_fb40a46eca39b781e5099c5ac90" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_organizers" ADD CONSTRAINT "FK_b8774f7b2a645d01897cfc3dadb" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contributions" ADD CONSTRAINT "FK_6b1a57bb82299207caf81d48417" FOREIGN KEY ("donor_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contributions" ADD CONSTRAINT "FK_c42c059bec98bbf2ddabae27d1a" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contributions" ADD CONSTRAINT "FK_e509c37d97a36ab46c337334e9d" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agreements" ADD CONSTRAINT "FK_77380cb4bee95849726731acea5" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agreements" ADD CONSTRAINT "FK_19df1d7f753b394d11909096bf5" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agreement_parties" ADD CONSTRAINT "FK_4d0cf7ca4e34453f04cbf522871" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agreement_parties" ADD CONSTRAINT "FK_7ab3186b4960d2a003c32f53784" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "agreement_parties" DROP CONSTRAINT "FK_7ab3186b4960d2a003c32f53784"');
    await queryRunner.query('ALTER TABLE "agreement_parties" DROP CONSTRAINT "FK_4d0cf7ca4e34453f04cbf522871"');
    await queryRunner.query('ALTER TABLE "agreements" DROP CONSTRAINT "FK_19df1d7f753b394d11909096bf5"');
    await queryRunner.query('ALTER TABLE "agreements" DROP CONSTRAINT "FK_77380cb4bee95849726731acea5"');
    await queryRunner.query('ALTER TABLE "contributions" DROP CONSTRAINT "FK_e509c37d97a36ab46c337334e9d"');
    await queryRunner.query('ALTER TABLE "contributions" DROP CONSTRAINT "FK_c42c059bec98bbf2ddabae27d1a"');
    await queryRunner.query('ALTER TABLE "contributions" DROP CONSTRAINT "FK_6b1a57bb82299207caf81d48417"');
    await queryRunner.query('ALTER TABLE "activity_organizers" DROP CONSTRAINT "FK_b8774f7b2a645d01897cfc3dadb"');
    await queryRunner.query('ALTER TABLE "activity_organizers" DROP CONSTRAINT "FK_fb40a46eca39b781e5099c5ac90"');
    await queryRunner.query('ALTER TABLE "activities" DROP CONSTRAINT "FK_9fa68b7611b62d97ccec003b6c6"');
    await queryRunner.query('ALTER TABLE "activities" DROP CONSTRAINT "FK_3b88a6db46dfc86242211faeb31"');
    await queryRunner.query('ALTER TABLE "activities" DROP CONSTRAINT "FK_7297db78eb572fa29db5aaf8158"');
    await queryRunner.query('ALTER TABLE "assistance_requests" DROP CONSTRAINT "FK_f24acdba651f913637657fb7b01"');
    await queryRunner.query('ALTER TABLE "project_milestones" DROP CONSTRAINT "FK_4072d2ff8e9ee23e9e03e5f6721"');
    await queryRunner.query('ALTER TABLE "project_partners" DROP CONSTRAINT "FK_37ad76ec33bd4aae4ad158cd71d"');
    await queryRunner.query('ALTER TABLE "project_partners" DROP CONSTRAINT "FK_b15493c0811d6f7acbb42064177"');
    await queryRunner.query('ALTER TABLE "projects" DROP CONSTRAINT "FK_c24760a4c22a838d6a8eb1fdc3a"');
    await queryRunner.query('ALTER TABLE "projects" DROP CONSTRAINT "FK_af78b8fc6857fe0a10d1bb1699e"');
    await queryRunner.query('ALTER TABLE "projects" DROP CONSTRAINT "FK_9b1e19f074b11aa7363a04a5449"');
    await queryRunner.query('ALTER TABLE "projects" DROP CONSTRAINT "FK_4132f6f8664e7a2d5d3828bf225"');
    await queryRunner.query('DROP INDEX "public"."IDX_f24acdba651f913637657fb7b0"');
    await queryRunner.query('ALTER TABLE "assistance_requests" DROP COLUMN "project_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_7ab3186b4960d2a003c32f5378"');
    await queryRunner.query('DROP TABLE "agreement_parties"');
    await queryRunner.query('DROP INDEX "public"."IDX_37152ff62c1db905d38ec8c8f2"');
    await queryRunner.query('DROP TABLE "agreements"');
    await queryRunner.query('DROP INDEX "public"."IDX_1f926dcbcb4a101af58c49e4a3"');
    await queryRunner.query('DROP INDEX "public"."IDX_c42c059bec98bbf2ddabae27d1"');
    await queryRunner.query('DROP INDEX "public"."IDX_6b1a57bb82299207caf81d4841"');
    await queryRunner.query('DROP TABLE "contributions"');
    await queryRunner.query('DROP INDEX "public"."IDX_b8774f7b2a645d01897cfc3dad"');
    await queryRunner.query('DROP TABLE "activity_organizers"');
    await queryRunner.query('DROP INDEX "public"."IDX_71c8ade3d22f5e83a696240e7b"');
    await queryRunner.query('DROP INDEX "public"."IDX_7297db78eb572fa29db5aaf815"');
    await queryRunner.query('DROP INDEX "public"."IDX_bb2da03f6b0d3c563720d9398f"');
    await queryRunner.query('DROP TABLE "activities"');
    await queryRunner.query('DROP INDEX "public"."IDX_a59e7e0769859735b9f5084ad1"');
    await queryRunner.query('DROP TABLE "project_milestones"');
    await queryRunner.query('DROP INDEX "public"."IDX_37ad76ec33bd4aae4ad158cd71"');
    await queryRunner.query('DROP TABLE "project_partners"');
    await queryRunner.query('DROP INDEX "public"."IDX_a27865a7be17886e3088f4a650"');
    await queryRunner.query('DROP INDEX "public"."IDX_4132f6f8664e7a2d5d3828bf22"');
    await queryRunner.query('DROP TABLE "projects"');
  }
}
