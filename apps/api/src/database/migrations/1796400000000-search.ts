import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search in PostgreSQL alone. Every searchable table keeps a `search_vector` the database
 * computes (a stored generated column) from its text, normalized (case, Latin accents, Arabic diacritics,
 * alef forms, taa marbuta and alef maqsura), in every language at once: English, French, Spanish,
 * Russian and Arabic stems, the words as written (for names and prefixes), and overlapping pairs of
 * characters of Chinese, Japanese and Korean text, which has no spaces between words. GIN indexes serve
 * `search_vector @@ ctcp_search_query(...)`.
 */
/** Characters of Chinese, Japanese (kana) and Korean, as a regular expression class. */
const CJK = '[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff]';

const SEARCHABLE: [table: string, expression: string][] = [
  ['posts', `ctcp_search_vector('', body)`],
  ['threads', `ctcp_search_vector(title, '')`],
  ['workspaces', `ctcp_search_vector(name, description)`],
  ['attachments', `ctcp_search_vector(file_name, '')`],
  ['assistance_requests', `ctcp_search_vector(title, description || ' ' || beneficiary_institutions)`],
  ['projects', `ctcp_search_vector(title, summary)`],
  ['activities', `ctcp_search_vector(title, description || ' ' || COALESCE(city, ''))`],
  [
    'organizations',
    `ctcp_search_vector(COALESCE(acronym, '') || ' ' || COALESCE(names ->> 'en', '') || ' ' || COALESCE(names ->> 'fr', '') || ' ' || COALESCE(names ->> 'es', '') || ' ' || COALESCE(names ->> 'ru', '') || ' ' || COALESCE(names ->> 'ar', '') || ' ' || COALESCE(names ->> 'zh', ''), '')`,
  ],
  ['users', `ctcp_search_vector(name, email)`],
];

export class Search1796400000000 implements MigrationInterface {
  name = 'Search1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public');
    await queryRunner.query(`
      CREATE FUNCTION ctcp_search_normalize(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT lower(translate(
          regexp_replace(public.unaccent('public.unaccent'::regdictionary, COALESCE(input, '')),
                         '[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]', '', 'g'),
          'أإآٱىة', 'اااايه'))
      $$`);
    // Pairs of neighbouring characters of each run, in one pass (a run of one character is itself).
    await queryRunner.query(`
      CREATE FUNCTION ctcp_cjk_grams(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT COALESCE(string_agg(gram, ' ' ORDER BY run_number, position), '')
          FROM (
            SELECT run_number, position, count(*) OVER (PARTITION BY run_number) AS run_length,
                   character || COALESCE(lead(character) OVER (PARTITION BY run_number ORDER BY position), '') AS gram
              FROM regexp_matches(COALESCE(input, ''), '${CJK}+', 'g')
                     WITH ORDINALITY AS runs(run, run_number),
                   regexp_split_to_table(run[1], '') WITH ORDINALITY AS characters(character, position)
          ) grams
         WHERE position < run_length OR run_length = 1
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION ctcp_search_words(normalized text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT to_tsvector('english', normalized) || to_tsvector('french', normalized)
            || to_tsvector('spanish', normalized) || to_tsvector('russian', normalized)
            || to_tsvector('arabic', normalized) || to_tsvector('simple', normalized)
            || to_tsvector('simple', ctcp_cjk_grams(normalized))
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION ctcp_search_vector(title text, body text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(ctcp_search_words(ctcp_search_normalize(title)), 'A')
            || setweight(ctcp_search_words(ctcp_search_normalize(body)), 'B')
      $$`);
    // The words of a query as written, each matching as a prefix (the last word is often half typed).
    await queryRunner.query(`
      CREATE FUNCTION ctcp_prefix_query(input text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT to_tsquery('simple',
          regexp_replace(websearch_to_tsquery('simple', replace(input, '''', ' '))::text, '''([^'']+)''', '''\\1'':*', 'g'))
      $$`);
    // Each run of Chinese, Japanese or Korean characters of a query as a phrase of its character pairs;
    // the phrases of several runs all have to match.
    await queryRunner.query(`
      CREATE FUNCTION ctcp_cjk_query(input text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT websearch_to_tsquery('simple', COALESCE(string_agg('"' || ctcp_cjk_grams(run[1]) || '"', ' '), ''))
          FROM regexp_matches(COALESCE(input, ''), '${CJK}+', 'g') AS run
      $$`);
    // The query in every language the text is indexed in, any of which may match, and the words as
    // written as prefixes. A query of Chinese, Japanese or Korean alone is its phrases of character pairs
    // only: they find the words inside longer runs, which the other parts cannot, and the planner then
    // estimates from the pairs how many rows match.
    await queryRunner.query(`
      CREATE FUNCTION ctcp_search_query(input text) RETURNS tsquery
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
    // Where TypeORM keeps the expressions of generated columns, to compare them with the entities'.
    await queryRunner.query(`CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL,
      "database" character varying, "schema" character varying, "table" character varying,
      "name" character varying, "value" text)`);
    for (const [table, expression] of SEARCHABLE) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "search_vector" tsvector GENERATED ALWAYS AS (${expression}) STORED NOT NULL`,
      );
      await queryRunner.query(
        `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value")
         VALUES (current_database(), current_schema(), $1, 'GENERATED_COLUMN', 'search_vector', $2)`,
        [table, expression],
      );
      await queryRunner.query(`CREATE INDEX "${table}_search" ON "${table}" USING gin ("search_vector")`);
    }
    // The newest posts first: how the matches of a common word are found (SearchService).
    await queryRunner.query('CREATE INDEX "IDX_60818528127866f5002e7f826d" ON "posts" ("created_at")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_60818528127866f5002e7f826d"');
    for (const [table] of SEARCHABLE) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search_vector"`);
    }
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_vector'`,
    );
    for (const name of [
      'ctcp_search_query(text)',
      'ctcp_cjk_query(text)',
      'ctcp_prefix_query(text)',
      'ctcp_search_vector(text, text)',
      'ctcp_search_words(text)',
      'ctcp_cjk_grams(text)',
      'ctcp_search_normalize(text)',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${name}`);
    }
  }
}
