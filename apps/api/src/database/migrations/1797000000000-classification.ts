import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Markings enforced: the people named on a STRICTLY_CONFIDENTIAL thread, admins' break-glass grants, and a
 * thread's declassification date with the marking it then drops to (a lower one, both or neither).
 */
export class Classification1797000000000 implements MigrationInterface {
  name = 'Classification1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "thread_participants" ("thread_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_36d229ec51689a184711268fe09" PRIMARY KEY ("thread_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_61f9bbd46493dd7274f039a77a" ON "thread_participants"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "break_glass_grants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b02d16f7854de523ef0f7ba9799" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bf816a2273b98c5412e3269bb2" ON "break_glass_grants"  ("thread_id", "user_id", "expires_at") ',
    );
    await queryRunner.query('ALTER TABLE "threads" ADD "declassify_on" date');
    await queryRunner.query('ALTER TABLE "threads" ADD "declassify_to" text');
    await queryRunner.query(
      'CREATE INDEX "IDX_threads_declassify_on" ON "threads"  ("declassify_on") WHERE "declassify_on" IS NOT NULL',
    );
    await queryRunner.query(
      `ALTER TABLE "threads" ADD CONSTRAINT "CHK_threads_declassification" CHECK (("declassify_on" IS NULL) = ("declassify_to" IS NULL) AND ("declassify_to" IS NULL OR "declassify_to" = 'UNCLASSIFIED' OR ("declassify_to" = 'CONFIDENTIAL' AND "classification" = 'STRICTLY_CONFIDENTIAL')))`,
    );
    await queryRunner.query(
      `ALTER TABLE "threads" ADD CONSTRAINT "CHK_threads_classification" CHECK ("classification" IN ('UNCLASSIFIED', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'))`,
    );
    await queryRunner.query(
      'ALTER TABLE "thread_participants" ADD CONSTRAINT "FK_c0b642fb1e69a2d51ad4a427635" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread_participants" ADD CONSTRAINT "FK_61f9bbd46493dd7274f039a77af" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "break_glass_grants" ADD CONSTRAINT "FK_854a8f6383a56352f5372b2dff2" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "break_glass_grants" ADD CONSTRAINT "FK_abf9d468e636561364856a8d24b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "break_glass_grants" DROP CONSTRAINT "FK_abf9d468e636561364856a8d24b"');
    await queryRunner.query('ALTER TABLE "break_glass_grants" DROP CONSTRAINT "FK_854a8f6383a56352f5372b2dff2"');
    await queryRunner.query('ALTER TABLE "thread_participants" DROP CONSTRAINT "FK_61f9bbd46493dd7274f039a77af"');
    await queryRunner.query('ALTER TABLE "thread_participants" DROP CONSTRAINT "FK_c0b642fb1e69a2d51ad4a427635"');
    await queryRunner.query('ALTER TABLE "threads" DROP CONSTRAINT "CHK_threads_classification"');
    await queryRunner.query('ALTER TABLE "threads" DROP CONSTRAINT "CHK_threads_declassification"');
    await queryRunner.query('DROP INDEX "public"."IDX_threads_declassify_on"');
    await queryRunner.query('ALTER TABLE "threads" DROP COLUMN "declassify_to"');
    await queryRunner.query('ALTER TABLE "threads" DROP COLUMN "declassify_on"');
    await queryRunner.query('DROP INDEX "public"."IDX_bf816a2273b98c5412e3269bb2"');
    await queryRunner.query('DROP TABLE "break_glass_grants"');
    await queryRunner.query('DROP INDEX "public"."IDX_61f9bbd46493dd7274f039a77a"');
    await queryRunner.query('DROP TABLE "thread_participants"');
  }
}
