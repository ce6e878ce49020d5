import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contributions keep their original currency, amount and the rate to USD (existing rows are USD at 1 on
 * their date); receipts fulfil pledges of the same donor through allocations.
 */
export class FundingCurrencies1797800000000 implements MigrationInterface {
  name = 'FundingCurrencies1797800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "contribution_fulfilments" ("receipt_id" uuid NOT NULL, "pledge_id" uuid NOT NULL, "amount_usd" numeric(14,2) NOT NULL, CONSTRAINT "PK_1db3611b63348d978de5cd2fc03" PRIMARY KEY ("receipt_id", "pledge_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b3f8b5e51fd58d0476652cf510" ON "contribution_fulfilments"  ("pledge_id") ',
    );
    await queryRunner.query('ALTER TABLE "contributions" ADD "currency" text NOT NULL DEFAULT \'USD\'');
    await queryRunner.query('ALTER TABLE "contributions" ADD "amount" numeric(14,2)');
    await queryRunner.query('ALTER TABLE "contributions" ADD "usd_rate" numeric');
    await queryRunner.query('ALTER TABLE "contributions" ADD "rate_date" date');
    await queryRunner.query('UPDATE "contributions" SET "amount" = "amount_usd", "usd_rate" = 1, "rate_date" = "date"');
    await queryRunner.query('ALTER TABLE "contributions" ALTER COLUMN "amount" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "contributions" ALTER COLUMN "usd_rate" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "contributions" ALTER COLUMN "rate_date" SET NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "contribution_fulfilments" ADD CONSTRAINT "FK_77ca01afc774b91657e99acaf98" FOREIGN KEY ("receipt_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contribution_fulfilments" ADD CONSTRAINT "FK_b3f8b5e51fd58d0476652cf5105" FOREIGN KEY ("pledge_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "contribution_fulfilments" DROP CONSTRAINT "FK_b3f8b5e51fd58d0476652cf5105"');
    await queryRunner.query('ALTER TABLE "contribution_fulfilments" DROP CONSTRAINT "FK_77ca01afc774b91657e99acaf98"');
    await queryRunner.query('ALTER TABLE "contributions" DROP COLUMN "rate_date"');
    await queryRunner.query('ALTER TABLE "contributions" DROP COLUMN "usd_rate"');
    await queryRunner.query('ALTER TABLE "contributions" DROP COLUMN "amount"');
    await queryRunner.query('ALTER TABLE "contributions" DROP COLUMN "currency"');
    await queryRunner.query('DROP INDEX "public"."IDX_b3f8b5e51fd58d0476652cf510"');
    await queryRunner.query('DROP TABLE "contribution_fulfilments"');
  }
}
