import type { MigrationInterface, QueryRunner } from 'typeorm';

/** "Seen by UNODC, 2 Dec": one acknowledgement of a request per Compact entity. */
export class RequestAcknowledgements1797500000000 implements MigrationInterface {
  name = 'RequestAcknowledgements1797500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "assistance_request_acknowledgements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "acknowledged_by_id" uuid NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_385c99fd5d32b971c2942f04145" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8a075522f75773b3d9f9c313d3" ON "assistance_request_acknowledgements"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_364583feae1f5b8a54c59ffc3f" ON "assistance_request_acknowledgements"  ("request_id", "organization_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_acknowledgements" ADD CONSTRAINT "FK_b8eea87904e069556e3dcad20d8" FOREIGN KEY ("request_id") REFERENCES "assistance_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_acknowledgements" ADD CONSTRAINT "FK_8a075522f75773b3d9f9c313d3f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_acknowledgements" ADD CONSTRAINT "FK_b70e0136119ab65131b2de6c027" FOREIGN KEY ("acknowledged_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "assistance_request_acknowledgements" DROP CONSTRAINT "FK_b70e0136119ab65131b2de6c027"',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_acknowledgements" DROP CONSTRAINT "FK_8a075522f75773b3d9f9c313d3f"',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_acknowledgements" DROP CONSTRAINT "FK_b8eea87904e069556e3dcad20d8"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_364583feae1f5b8a54c59ffc3f"');
    await queryRunner.query('DROP INDEX "public"."IDX_8a075522f75773b3d9f9c313d3"');
    await queryRunner.query('DROP TABLE "assistance_request_acknowledgements"');
  }
}
