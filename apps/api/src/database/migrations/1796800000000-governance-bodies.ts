import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Governance bodies (each with its workspace) and the organizations sitting on them; their meetings, the
 * organizations that attended, and the files of the body's workspace put on a meeting.
 */
export class GovernanceBodies1796800000000 implements MigrationInterface {
  name = 'GovernanceBodies1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "governance_bodies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "acronym" text, "names" jsonb NOT NULL, "confirmed" boolean NOT NULL DEFAULT true, "workspace_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d05965c222fff3a0b83a60e55b5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_ecde567be1f2347e71bb2d8ce7" ON "governance_bodies"  ("key") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_92be3d0bbf1b3c2355daaafde1" ON "governance_bodies"  ("workspace_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "governance_body_members" ("body_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "PK_6d4ecfbebfabf974b2d584e9390" PRIMARY KEY ("body_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ce35f7363b2d3beac2758db21a" ON "governance_body_members"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "number" integer NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" text NOT NULL, "place" text, "online_url" text, "agenda" text array NOT NULL DEFAULT \'{}\', "status" text NOT NULL DEFAULT \'SCHEDULED\', "outcome" text, "outcome_recorded_at" TIMESTAMP WITH TIME ZONE, "revision" integer NOT NULL DEFAULT \'0\', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_meetings_body_number" UNIQUE ("body_id", "number"), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_78b28330167558bd13e7251c44" ON "meetings"  ("body_id", "starts_at") ');
    await queryRunner.query(
      'CREATE TABLE "meeting_attendees" ("meeting_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_82882a234d5401606c13144b530" PRIMARY KEY ("meeting_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f07cc926cec78b28c105ebb3db" ON "meeting_attendees"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "meeting_documents" ("meeting_id" uuid NOT NULL, "attachment_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_9ed2edc2baf678209f9674fe55c" PRIMARY KEY ("meeting_id", "attachment_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_c1ec1ef3fd5af9e157e63c518e" ON "meeting_documents"  ("attachment_id") ');
    await queryRunner.query(
      'ALTER TABLE "governance_bodies" ADD CONSTRAINT "FK_92be3d0bbf1b3c2355daaafde11" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_body_members" ADD CONSTRAINT "FK_38be742dad7f2259e6278cfba27" FOREIGN KEY ("body_id") REFERENCES "governance_bodies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_body_members" ADD CONSTRAINT "FK_ce35f7363b2d3beac2758db21a6" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meetings" ADD CONSTRAINT "FK_8e524e5163ecc0d8a674b3f1c85" FOREIGN KEY ("body_id") REFERENCES "governance_bodies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meetings" ADD CONSTRAINT "FK_6cd493a238ec7f06c3c1554e3aa" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_attendees" ADD CONSTRAINT "FK_8643679c49d7234b266433bc201" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_attendees" ADD CONSTRAINT "FK_f07cc926cec78b28c105ebb3db6" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_documents" ADD CONSTRAINT "FK_71ce465252b5177f3a8734a66de" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_documents" ADD CONSTRAINT "FK_c1ec1ef3fd5af9e157e63c518ec" FOREIGN KEY ("attachment_id") REFERENCES "attachments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "meeting_documents" DROP CONSTRAINT "FK_c1ec1ef3fd5af9e157e63c518ec"');
    await queryRunner.query('ALTER TABLE "meeting_documents" DROP CONSTRAINT "FK_71ce465252b5177f3a8734a66de"');
    await queryRunner.query('ALTER TABLE "meeting_attendees" DROP CONSTRAINT "FK_f07cc926cec78b28c105ebb3db6"');
    await queryRunner.query('ALTER TABLE "meeting_attendees" DROP CONSTRAINT "FK_8643679c49d7234b266433bc201"');
    await queryRunner.query('ALTER TABLE "meetings" DROP CONSTRAINT "FK_6cd493a238ec7f06c3c1554e3aa"');
    await queryRunner.query('ALTER TABLE "meetings" DROP CONSTRAINT "FK_8e524e5163ecc0d8a674b3f1c85"');
    await queryRunner.query('ALTER TABLE "governance_body_members" DROP CONSTRAINT "FK_ce35f7363b2d3beac2758db21a6"');
    await queryRunner.query('ALTER TABLE "governance_body_members" DROP CONSTRAINT "FK_38be742dad7f2259e6278cfba27"');
    await queryRunner.query('ALTER TABLE "governance_bodies" DROP CONSTRAINT "FK_92be3d0bbf1b3c2355daaafde11"');
    await queryRunner.query('DROP INDEX "public"."IDX_c1ec1ef3fd5af9e157e63c518e"');
    await queryRunner.query('DROP TABLE "meeting_documents"');
    await queryRunner.query('DROP INDEX "public"."IDX_f07cc926cec78b28c105ebb3db"');
    await queryRunner.query('DROP TABLE "meeting_attendees"');
    await queryRunner.query('DROP INDEX "public"."IDX_78b28330167558bd13e7251c44"');
    await queryRunner.query('DROP TABLE "meetings"');
    await queryRunner.query('DROP INDEX "public"."IDX_ce35f7363b2d3beac2758db21a"');
    await queryRunner.query('DROP TABLE "governance_body_members"');
    await queryRunner.query('DROP INDEX "public"."IDX_92be3d0bbf1b3c2355daaafde1"');
    await queryRunner.query('DROP INDEX "public"."IDX_ecde567be1f2347e71bb2d8ce7"');
    await queryRunner.query('DROP TABLE "governance_bodies"');
  }
}
