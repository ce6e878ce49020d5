import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A sign-in attempt is counted before its password is checked: its outcome is null meanwhile. */
export class SignInAttemptsInFlight1796362209287 implements MigrationInterface {
  name = 'SignInAttemptsInFlight1796362209287';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "sign_in_attempts" ALTER COLUMN "succeeded" DROP NOT NULL');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "sign_in_attempts" ALTER COLUMN "succeeded" SET NOT NULL');
  }
}
