import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Request lists at 100,000 requests. Every list shows the newest first: an index on (updated_at, id) is
 * read down until a page is full, and it carries the columns the need-to-know rules read, so a list's
 * count reads the index alone (11 MB) instead of the table (54 MB, with each request's text). The
 * search by title (`ILIKE '%...%'`) reads a trigram index instead of every title.
 */
export class RequestsNewest1796400400000 implements MigrationInterface {
  name = 'RequestsNewest1796400400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "assistance_requests_newest" ON "assistance_requests" ("updated_at", "id")
         INCLUDE ("status", "requesting_state_id", "lead_entity_id", "opened_at", "sharing_scope")`,
    );
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await queryRunner.query(
      `CREATE INDEX "assistance_requests_title_trigrams" ON "assistance_requests" USING gin ("title" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "assistance_requests_title_trigrams"');
    await queryRunner.query('DROP INDEX "assistance_requests_newest"');
  }
}
