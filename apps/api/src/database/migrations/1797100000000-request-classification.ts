import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Markings on assistance requests: the people named on a STRICTLY_CONFIDENTIAL one, and admins' break-glass
 * grants to read one they are not named on.
 */
export class RequestClassification1797100000000 implements MigrationInterface {
  name = 'RequestClassification1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "assistance_request_participants" ("request_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_53e1649b4ea9416aabf1d837279" PRIMARY KEY ("request_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e3958e61a373f32dba1e8234d0" ON "assistance_request_participants"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assistance_request_break_glass_grants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83719201c529468b2f336ea9c28" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f942cc110e186a947e5b91959a" ON "assistance_request_break_glass_grants"  ("request_id", "user_id", "expires_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_requests" ADD "classification" text NOT NULL DEFAULT \'UNCLASSIFIED\'',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_requests" ADD CONSTRAINT "CHK_assistance_requests_classification" CHECK ("classification" IN (\'UNCLASSIFIED\', \'CONFIDENTIAL\', \'STRICTLY_CONFIDENTIAL\'))',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_participants" ADD CONSTRAINT "FK_f75610266c5c9fb8467c91e4e78" FOREIGN KEY ("request_id") REFERENCES "assistance_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_participants" ADD CONSTRAINT "FK_e3958e61a373f32dba1e8234d09" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_break_glass_grants" ADD CONSTRAINT "FK_c0fd60bc909331b4ca7ae4bad58" FOREIGN KEY ("request_id") REFERENCES "assistance_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_break_glass_grants" ADD CONSTRAINT "FK_8e9a54d18e5894337c7636c1360" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "assistance_request_break_glass_grants" DROP CONSTRAINT "FK_8e9a54d18e5894337c7636c1360"',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_break_glass_grants" DROP CONSTRAINT "FK_c0fd60bc909331b4ca7ae4bad58"',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_participants" DROP CONSTRAINT "FK_e3958e61a373f32dba1e8234d09"',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_participants" DROP CONSTRAINT "FK_f75610266c5c9fb8467c91e4e78"',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_requests" DROP CONSTRAINT "CHK_assistance_requests_classification"',
    );
    await queryRunner.query('ALTER TABLE "assistance_requests" DROP COLUMN "classification"');
    await queryRunner.query('DROP INDEX "public"."IDX_f942cc110e186a947e5b91959a"');
    await queryRunner.query('DROP TABLE "assistance_request_break_glass_grants"');
    await queryRunner.query('DROP INDEX "public"."IDX_e3958e61a373f32dba1e8234d0"');
    await queryRunner.query('DROP TABLE "assistance_request_participants"');
  }
}
