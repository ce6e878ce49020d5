import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Thread pages at load: a post's HTML is rendered when it is written and kept with it, instead of being
 * rendered again for every reader. Existing posts keep NULL and are rendered when read, until their next edit.
 */
export class PostBodyHtml1796400500000 implements MigrationInterface {
  name = 'PostBodyHtml1796400500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "posts" ADD "body_html" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "body_html"`);
  }
}
