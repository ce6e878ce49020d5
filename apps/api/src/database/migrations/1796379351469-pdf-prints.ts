import type { MigrationInterface, QueryRunner } from 'typeorm';

/** PDF prints of the last day, counted per person for the hourly limit. */
export class PdfPrints1796379351469 implements MigrationInterface {
  name = 'PdfPrints1796379351469';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "pdf_prints" ("id" BIGSERIAL NOT NULL, "user_id" uuid NOT NULL, "printed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9fe6049927ce5ac6eb4ce6506d8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_82088cc41280053addab872504" ON "pdf_prints"  ("user_id", "printed_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_82088cc41280053addab872504"');
    await queryRunner.query('DROP TABLE "pdf_prints"');
  }
}
