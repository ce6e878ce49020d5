import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `ctcp_plain_text(markdown)`: the text of a markdown body as it reads, for search snippets: a link or an
 * image by its text, no heading, quote or list markers, no emphasis, strike or code marks, spaces collapsed.
 * Not a markdown parser: enough for a snippet, which is plain text escaped anyway.
 */
export class PlainTextSnippets1797200000000 implements MigrationInterface {
  name = 'PlainTextSnippets1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION ctcp_plain_text(markdown text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
          markdown,
          '!?\\[([^\\]]*)\\]\\([^)]*\\)', '\\1', 'g'),
          '^[ \\t]{0,3}(#{1,6}|>|[-*+]|\\d+[.)])[ \\t]+', '', 'gn'),
          '\\*\\*|__|~~|\`+', '', 'g'),
          '(^|[^[:alnum:]])[*_]([^*_\\n]+)[*_]', '\\1\\2', 'g'),
          '\\s+', ' ', 'g'))
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION ctcp_plain_text(text)');
  }
}
