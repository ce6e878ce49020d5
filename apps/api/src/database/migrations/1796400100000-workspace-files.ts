import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkspaceFiles1796400100000 implements MigrationInterface {
  name = 'WorkspaceFiles1796400100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "attachments" ADD "added_to_workspace_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'CREATE INDEX "IDX_4e7fb1e04e18b609a9c29c2b8c" ON "attachments"  ("workspace_id", "created_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_4e7fb1e04e18b609a9c29c2b8c"');
    await queryRunner.query('ALTER TABLE "attachments" DROP COLUMN "added_to_workspace_at"');
  }
}
