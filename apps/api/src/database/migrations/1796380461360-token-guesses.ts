import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TokenGuesses1796380461360 implements MigrationInterface {
  name = 'TokenGuesses1796380461360';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "token_guesses" ("id" BIGSERIAL NOT NULL, "ip_address" text NOT NULL, "guessed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3a3c6aeaff1e278379d4f5df677" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ec574c9bdcab043d2990a88658" ON "token_guesses"  ("ip_address", "guessed_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_ec574c9bdcab043d2990a88658"');
    await queryRunner.query('DROP TABLE "token_guesses"');
  }
}
