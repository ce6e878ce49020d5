import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each upload counts the uploader's uploads of the last 24 hours against their daily quota. */
export class UploadsByPersonIndex1796379288989 implements MigrationInterface {
  name = 'UploadsByPersonIndex1796379288989';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "IDX_4b413d4e2b9ca528ae130d7930" ON "attachments"  ("uploader_id", "created_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_4b413d4e2b9ca528ae130d7930"');
  }
}
