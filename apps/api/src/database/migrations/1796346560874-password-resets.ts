import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Single-use links to set a new password (modules/auth/password-resets.service.ts). */
export class PasswordResets1796346560874 implements MigrationInterface {
  name = 'PasswordResets1796346560874';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "password_resets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_f7a4c3bc48f24df007936d217b" ON "password_resets"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_323290a9239ad3d397ad78018e" ON "password_resets"  ("token_hash") ',
    );
    await queryRunner.query(
      'ALTER TABLE "password_resets" ADD CONSTRAINT "FK_f7a4c3bc48f24df007936d217be" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "password_resets" DROP CONSTRAINT "FK_f7a4c3bc48f24df007936d217be"');
    await queryRunner.query('DROP INDEX "public"."IDX_323290a9239ad3d397ad78018e"');
    await queryRunner.query('DROP INDEX "public"."IDX_f7a4c3bc48f24df007936d217b"');
    await queryRunner.query('DROP TABLE "password_resets"');
  }
}
