import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A query that mixes Chinese, Japanese or Korean with other words needs both, as a query in one
 * language needs all its words: the other words are matched in every language (as before) and the runs
 * of CJK characters as phrases of their character pairs, joined by AND. Before, the parts were joined by
 * OR, so `UNODC 洗钱` found every post about 洗钱 and every post naming UNODC.
 */
/** Characters of Chinese, Japanese (kana) and Korean, as in the Search migration. */
const CJK = '[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff]';

export class SearchMixedScripts1796400700000 implements MigrationInterface {
  name = 'SearchMixedScripts1796400700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The words of a query in every language the text is indexed in, any of which may match, and as
    // written, as prefixes.
    await queryRunner.query(`
      CREATE FUNCTION ctcp_words_query(normalized text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT websearch_to_tsquery('english', normalized) || websearch_to_tsquery('french', normalized)
            || websearch_to_tsquery('spanish', normalized) || websearch_to_tsquery('russian', normalized)
            || websearch_to_tsquery('arabic', normalized) || ctcp_prefix_query(normalized)
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION ctcp_search_query(input text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
                 WHEN q ~ '^[[:space:]]*$' THEN ''::tsquery
                 WHEN others ~ '^[[:space:]]*$' THEN ctcp_cjk_query(q)
                 WHEN q ~ '${CJK}' THEN ctcp_words_query(others) && ctcp_cjk_query(q)
                 ELSE ctcp_words_query(q)
               END
          FROM (SELECT ctcp_search_normalize(input) AS q) normalized,
               LATERAL (SELECT regexp_replace(q, '${CJK}+', ' ', 'g') AS others) rest
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION ctcp_search_query(input text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
                 WHEN q ~ '^[[:space:]]*$' THEN ''::tsquery
                 WHEN q ~ '^(${CJK}|[[:space:]])+$' THEN ctcp_cjk_query(q)
                 ELSE websearch_to_tsquery('english', q) || websearch_to_tsquery('french', q)
                   || websearch_to_tsquery('spanish', q) || websearch_to_tsquery('russian', q)
                   || websearch_to_tsquery('arabic', q) || ctcp_prefix_query(q) || ctcp_cjk_query(q)
               END
          FROM (SELECT ctcp_search_normalize(input) AS q) normalized
      $$`);
    await queryRunner.query('DROP FUNCTION ctcp_words_query(text)');
  }
}
