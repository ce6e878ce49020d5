import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Posts kept without their HTML are rendered and kept by a job queued at each start
 * (discussions/post-html-backfill.ts), which walks them in id order. An index of those posts alone keeps each
 * of its batches, and a start with none left, from reading every post.
 */
export class PostsWithoutHtml1796400600000 implements MigrationInterface {
  name = 'PostsWithoutHtml1796400600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "IDX_posts_without_html" ON "posts" ("id") WHERE body_html IS NULL AND deleted_at IS NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_posts_without_html"');
  }
}
