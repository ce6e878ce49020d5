import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox of outgoing mail (modules/mail); the job queue's own tables are made by the queue at start. */
export class MailOutbox1796345695487 implements MigrationInterface {
  name = 'MailOutbox1796345695487';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mail_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "to_address" text NOT NULL, "language" text NOT NULL, "params" jsonb, "status" text NOT NULL DEFAULT \'PENDING\', "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4d418312299f24479500038c1c" ON "mail_messages"  ("status", "created_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_4d418312299f24479500038c1c"');
    await queryRunner.query('DROP TABLE "mail_messages"');
  }
}
