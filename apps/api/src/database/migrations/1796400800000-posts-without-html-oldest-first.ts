import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The job that renders posts kept without HTML walks them oldest first (it walked them in id order, which
 * wrote the whole table again in random order: see post-html-backfill.ts), so its index of those posts
 * is by creation time.
 */
export class PostsWithoutHtmlOldestFirst1796400800000 implements MigrationInterface {
  name = 'PostsWithoutHtmlOldestFirst1796400800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_posts_without_html"');
    await queryRunner.query(
      'CREATE INDEX "IDX_posts_without_html" ON "posts" ("created_at", "id") WHERE body_html IS NULL AND deleted_at IS NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_posts_without_html"');
    await queryRunner.query(
      'CREATE INDEX "IDX_posts_without_html" ON "posts" ("id") WHERE body_html IS NULL AND deleted_at IS NULL',
    );
  }
}
