import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Files attached to posts (bytes under DATA_DIR/uploads). */
export class Attachments1795920527955 implements MigrationInterface {
  name = 'Attachments1795920527955';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid, "workspace_id" uuid NOT NULL, "uploader_id" uuid NOT NULL, "storage_key" text NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ec3648b85f6af7eafe865a3257b" UNIQUE ("storage_key"), CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_73cef2ae7c2458df4f3077a700" ON "attachments"  ("post_id") ');
    await queryRunner.query(
      'ALTER TABLE "attachments" ADD CONSTRAINT "FK_73cef2ae7c2458df4f3077a7007" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attachments" ADD CONSTRAINT "FK_e231d3e0e66332945b336e05be3" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attachments" ADD CONSTRAINT "FK_73407cf2d2a0e64546bacf309a7" FOREIGN KEY ("uploader_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "attachments" DROP CONSTRAINT "FK_73407cf2d2a0e64546bacf309a7"');
    await queryRunner.query('ALTER TABLE "attachments" DROP CONSTRAINT "FK_e231d3e0e66332945b336e05be3"');
    await queryRunner.query('ALTER TABLE "attachments" DROP CONSTRAINT "FK_73cef2ae7c2458df4f3077a7007"');
    await queryRunner.query('DROP INDEX "public"."IDX_73cef2ae7c2458df4f3077a700"');
    await queryRunner.query('DROP TABLE "attachments"');
  }
}
