import type { MigrationInterface, QueryRunner } from 'typeorm';

const WITH_TEXT = `ctcp_search_vector(file_name, text_content)`;
const NAME_ONLY = `ctcp_search_vector(file_name, '')`;

/**
 * The text of uploaded files (extracted at upload, see attachments/text-extraction.ts), searchable with
 * their names. A generated column's expression cannot be altered in place: the column and its GIN index
 * are made again, and TypeORM's record of the expression follows.
 */
export class AttachmentText1796400200000 implements MigrationInterface {
  name = 'AttachmentText1796400200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachments" ADD "text_content" text NOT NULL DEFAULT ''`);
    await this.searchVector(queryRunner, WITH_TEXT);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.searchVector(queryRunner, NAME_ONLY);
    await queryRunner.query(`ALTER TABLE "attachments" DROP COLUMN "text_content"`);
  }

  private async searchVector(queryRunner: QueryRunner, expression: string): Promise<void> {
    await queryRunner.query(`DROP INDEX "attachments_search"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP COLUMN "search_vector"`);
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD "search_vector" tsvector GENERATED ALWAYS AS (${expression}) STORED NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE "typeorm_metadata" SET "value" = $1
        WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'attachments' AND "name" = 'search_vector'`,
      [expression],
    );
    await queryRunner.query(`CREATE INDEX "attachments_search" ON "attachments" USING gin ("search_vector")`);
  }
}
