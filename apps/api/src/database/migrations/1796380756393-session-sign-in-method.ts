import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionSignInMethod1796380756393 implements MigrationInterface {
  name = 'SessionSignInMethod1796380756393';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "auth_sessions" ADD "signed_in_with" text NOT NULL DEFAULT \'PASSWORD\'');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "auth_sessions" DROP COLUMN "signed_in_with"');
  }
}
