import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A later drop of the marking of an assistance request or a project, as threads have (the hourly jobs). */
export class Declassification1797400000000 implements MigrationInterface {
  name = 'Declassification1797400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "projects" ADD "declassify_on" date');
    await queryRunner.query('ALTER TABLE "projects" ADD "declassify_to" text');
    await queryRunner.query('ALTER TABLE "assistance_requests" ADD "declassify_on" date');
    await queryRunner.query('ALTER TABLE "assistance_requests" ADD "declassify_to" text');
    await queryRunner.query(
      'CREATE INDEX "IDX_projects_declassify_on" ON "projects"  ("declassify_on") WHERE "declassify_on" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_assistance_requests_declassify_on" ON "assistance_requests"  ("declassify_on") WHERE "declassify_on" IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "projects" ADD CONSTRAINT "CHK_projects_declassification" CHECK (("declassify_on" IS NULL) = ("declassify_to" IS NULL) AND ("declassify_to" IS NULL OR "declassify_to" = \'UNCLASSIFIED\' OR ("declassify_to" = \'CONFIDENTIAL\' AND "classification" = \'STRICTLY_CONFIDENTIAL\')))',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_requests" ADD CONSTRAINT "CHK_assistance_requests_declassification" CHECK (("declassify_on" IS NULL) = ("declassify_to" IS NULL) AND ("declassify_to" IS NULL OR "declassify_to" = \'UNCLASSIFIED\' OR ("declassify_to" = \'CONFIDENTIAL\' AND "classification" = \'STRICTLY_CONFIDENTIAL\')))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "assistance_requests" DROP CONSTRAINT "CHK_assistance_requests_declassification"',
    );
    await queryRunner.query('ALTER TABLE "projects" DROP CONSTRAINT "CHK_projects_declassification"');
    await queryRunner.query('DROP INDEX "public"."IDX_assistance_requests_declassify_on"');
    await queryRunner.query('DROP INDEX "public"."IDX_projects_declassify_on"');
    await queryRunner.query('ALTER TABLE "assistance_requests" DROP COLUMN "declassify_to"');
    await queryRunner.query('ALTER TABLE "assistance_requests" DROP COLUMN "declassify_on"');
    await queryRunner.query('ALTER TABLE "projects" DROP COLUMN "declassify_to"');
    await queryRunner.query('ALTER TABLE "projects" DROP COLUMN "declassify_on"');
  }
}
