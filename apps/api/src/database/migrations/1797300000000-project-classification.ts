import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Markings on projects: the people named on a STRICTLY_CONFIDENTIAL one, and admins' break-glass grants to
 * read one they are not named on.
 */
export class ProjectClassification1797300000000 implements MigrationInterface {
  name = 'ProjectClassification1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "project_participants" ("project_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_64b41f5db331682cf7fa69ee6fc" PRIMARY KEY ("project_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_6294899af45cf70aeb850dd44e" ON "project_participants"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "project_break_glass_grants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c5b7c9fd2a8f87fe309544d47b5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_638cfcc8e44a89ab4916d10cc6" ON "project_break_glass_grants"  ("project_id", "user_id", "expires_at") ',
    );
    await queryRunner.query('ALTER TABLE "projects" ADD "classification" text NOT NULL DEFAULT \'UNCLASSIFIED\'');
    await queryRunner.query(
      'ALTER TABLE "projects" ADD CONSTRAINT "CHK_projects_classification" CHECK ("classification" IN (\'UNCLASSIFIED\', \'CONFIDENTIAL\', \'STRICTLY_CONFIDENTIAL\'))',
    );
    await queryRunner.query(
      'ALTER TABLE "project_participants" ADD CONSTRAINT "FK_6ab4c31c61cd244b97a1b2004d6" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_participants" ADD CONSTRAINT "FK_6294899af45cf70aeb850dd44e6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_break_glass_grants" ADD CONSTRAINT "FK_3e1b8fc5522ba7c2df55212559c" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_break_glass_grants" ADD CONSTRAINT "FK_231905614eee4773a6b43e0e01a" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "project_break_glass_grants" DROP CONSTRAINT "FK_231905614eee4773a6b43e0e01a"',
    );
    await queryRunner.query(
      'ALTER TABLE "project_break_glass_grants" DROP CONSTRAINT "FK_3e1b8fc5522ba7c2df55212559c"',
    );
    await queryRunner.query('ALTER TABLE "project_participants" DROP CONSTRAINT "FK_6294899af45cf70aeb850dd44e6"');
    await queryRunner.query('ALTER TABLE "project_participants" DROP CONSTRAINT "FK_6ab4c31c61cd244b97a1b2004d6"');
    await queryRunner.query('ALTER TABLE "projects" DROP CONSTRAINT "CHK_projects_classification"');
    await queryRunner.query('ALTER TABLE "projects" DROP COLUMN "classification"');
    await queryRunner.query('DROP INDEX "public"."IDX_638cfcc8e44a89ab4916d10cc6"');
    await queryRunner.query('DROP TABLE "project_break_glass_grants"');
    await queryRunner.query('DROP INDEX "public"."IDX_6294899af45cf70aeb850dd44e"');
    await queryRunner.query('DROP TABLE "project_participants"');
  }
}
