import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Request lists of a State at 100,000 requests. A focal point reads its State's requests and the
 * STRICTLY_CONFIDENTIAL ones that name them, of any State: with no index for the second part, the whole
 * table was read for every list (110 ms for 521 requests). A partial index of the few STRICTLY_CONFIDENTIAL
 * requests lets the planner join it to the State's index (a BitmapOr, 3 ms).
 */
export class StrictlyConfidentialRequests1797900000000 implements MigrationInterface {
  name = 'StrictlyConfidentialRequests1797900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "assistance_requests_strictly_confidential" ON "assistance_requests"  ("updated_at", "id") WHERE "classification" = 'STRICTLY_CONFIDENTIAL'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "assistance_requests_strictly_confidential"');
  }
}
