import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Overdue requests escalated to the coordinators and the State: one row per deadline missed. */
export class RequestEscalations1797600000000 implements MigrationInterface {
  name = 'RequestEscalations1797600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "assistance_request_escalations" ("request_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "escalated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_46b0300e8d5c9b73c692d7e4941" PRIMARY KEY ("request_id", "due_at"))',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_escalations" ADD CONSTRAINT "FK_65c33aca996c748a229f65816d1" FOREIGN KEY ("request_id") REFERENCES "assistance_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "assistance_request_escalations" DROP CONSTRAINT "FK_65c33aca996c748a229f65816d1"',
    );
    await queryRunner.query('DROP TABLE "assistance_request_escalations"');
  }
}
