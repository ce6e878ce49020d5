import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reply quotes an earlier post of its thread (`posts.quoted_post_id`). Deleted posts keep their row, so a
 * quote of one stays and shows it as deleted; should the quoted row itself go, the quote empties. The index
 * holds the few posts that quote, for that foreign key.
 */
export class PostQuotes1797700000000 implements MigrationInterface {
  name = 'PostQuotes1797700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "posts" ADD "quoted_post_id" uuid');
    await queryRunner.query(
      'CREATE INDEX "IDX_posts_quoted_post" ON "posts"  ("quoted_post_id") WHERE quoted_post_id IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "posts" ADD CONSTRAINT "FK_3f0e9e55b91e6b2f091c3db8aa6" FOREIGN KEY ("quoted_post_id") REFERENCES "posts"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "posts" DROP CONSTRAINT "FK_3f0e9e55b91e6b2f091c3db8aa6"');
    await queryRunner.query('DROP INDEX "public"."IDX_posts_quoted_post"');
    await queryRunner.query('ALTER TABLE "posts" DROP COLUMN "quoted_post_id"');
  }
}
