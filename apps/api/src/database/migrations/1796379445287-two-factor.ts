import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TwoFactor1796379445287 implements MigrationInterface {
  name = 'TwoFactor1796379445287';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "totp_factors" ("user_id" uuid NOT NULL, "secret_ciphertext" text NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_time_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eded11141800ddff9dfbd017fd2" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" text NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0723b9e53961e799027d7f7ba32" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_fb82b2ac740ca095b617afad03" ON "recovery_codes"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "mfa_challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25d85a6da62620267e003fb4da4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_afade3dca1221d8155a006c521" ON "mfa_challenges"  ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mfa_failures" ("id" BIGSERIAL NOT NULL, "user_id" uuid NOT NULL, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8632655ee5490ea90e7cb81e956" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4baeadccfc71ae5fa8b96eee6e" ON "mfa_failures"  ("user_id", "failed_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "totp_factors" ADD CONSTRAINT "FK_eded11141800ddff9dfbd017fd2" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "recovery_codes" ADD CONSTRAINT "FK_fb82b2ac740ca095b617afad031" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mfa_challenges" ADD CONSTRAINT "FK_1715663f6483821e6af6132b35b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mfa_failures" ADD CONSTRAINT "FK_656f1f99833a1304d1213a53b96" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "mfa_failures" DROP CONSTRAINT "FK_656f1f99833a1304d1213a53b96"');
    await queryRunner.query('ALTER TABLE "mfa_challenges" DROP CONSTRAINT "FK_1715663f6483821e6af6132b35b"');
    await queryRunner.query('ALTER TABLE "recovery_codes" DROP CONSTRAINT "FK_fb82b2ac740ca095b617afad031"');
    await queryRunner.query('ALTER TABLE "totp_factors" DROP CONSTRAINT "FK_eded11141800ddff9dfbd017fd2"');
    await queryRunner.query('DROP INDEX "public"."IDX_4baeadccfc71ae5fa8b96eee6e"');
    await queryRunner.query('DROP TABLE "mfa_failures"');
    await queryRunner.query('DROP INDEX "public"."IDX_afade3dca1221d8155a006c521"');
    await queryRunner.query('DROP TABLE "mfa_challenges"');
    await queryRunner.query('DROP INDEX "public"."IDX_fb82b2ac740ca095b617afad03"');
    await queryRunner.query('DROP TABLE "recovery_codes"');
    await queryRunner.query('DROP TABLE "totp_factors"');
  }
}
