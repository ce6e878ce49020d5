import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Workspace watching, mail frequency, and what of a notification was seen or mailed (modules/notifications/notification-mail.service.ts). */
export class NotificationPreferences1796358303191 implements MigrationInterface {
  name = 'NotificationPreferences1796358303191';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "workspace_watches" ("workspace_id" uuid NOT NULL, "user_id" uuid NOT NULL, "level" text NOT NULL, CONSTRAINT "PK_daa2c11a8fbd1031f3b0c8e25c0" PRIMARY KEY ("workspace_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_72546dbb5dd7489c7de3e00ee0" ON "workspace_watches"  ("user_id") ');
    await queryRunner.query('ALTER TABLE "users" ADD "email_frequency" text NOT NULL DEFAULT \'DAILY\'');
    await queryRunner.query('ALTER TABLE "notifications" ADD "seen_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "notifications" ADD "mailed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'CREATE INDEX "IDX_notifications_to_mail" ON "notifications"  ("created_at") WHERE read_at IS NULL AND mailed_at IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "workspace_watches" ADD CONSTRAINT "FK_6a27a0e3e21981795d7729e98e6" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "workspace_watches" ADD CONSTRAINT "FK_72546dbb5dd7489c7de3e00ee0b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "workspace_watches" DROP CONSTRAINT "FK_72546dbb5dd7489c7de3e00ee0b"');
    await queryRunner.query('ALTER TABLE "workspace_watches" DROP CONSTRAINT "FK_6a27a0e3e21981795d7729e98e6"');
    await queryRunner.query('DROP INDEX "public"."IDX_notifications_to_mail"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "mailed_at"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "seen_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "email_frequency"');
    await queryRunner.query('DROP INDEX "public"."IDX_72546dbb5dd7489c7de3e00ee0"');
    await queryRunner.query('DROP TABLE "workspace_watches"');
  }
}
