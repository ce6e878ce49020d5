// The generator: fills the api's database with people, workspaces, threads and posts in the six
// languages, in SQL (generate_series), so that a million posts take minutes. The rows go through the
// real tables, so their search_vector (a stored generated column) and indexes are the product's.
import pg from 'pg';
import { FIRST_NAMES, LANGUAGES, LAST_NAMES, RARE_EVERY, RARE_WORD } from './words.mjs';

/** Private workspaces each demo viewer takes part in, by workspace number modulo 10 or 20 (see memberships). */
export const SHARES = {
  open: 'n % 10 < 3',
  entityMember: 'personal membership n % 10 IN (3, 4), UNODC as an organization n % 10 = 5',
  focalPoint: 'personal membership n % 10 = 6, STATE:PH as an organization n % 20 = 7',
};

const STATE_KINDS_SQL = `('MEMBER_STATE', 'OBSERVER_STATE')`;

// A text of `count` terms drawn from `words`, the first terms more often (random()^2 leans to index 0).
const TEXT_FUNCTION = `
  CREATE FUNCTION pg_temp.bench_text(words text[], separator text, count int) RETURNS text
  LANGUAGE sql VOLATILE AS $$
    SELECT string_agg(words[1 + floor(random() ^ 2 * array_length(words, 1))::int], separator)
      FROM generate_series(1, count)
  $$`;

// The language of row `n`, deterministic, in the languages' shares.
const languageOf = (n) => `(SELECT l.n FROM bench_search_lang l
  WHERE (abs(hashint4(${n})) % 1000) / 1000.0 >= l.lo AND (abs(hashint4(${n})) % 1000) / 1000.0 < l.hi)`;

async function connect(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // A bench database: losing the last commits on a crash costs nothing, and the load goes faster.
  await client.query('SET synchronous_commit = off');
  await client.query(TEXT_FUNCTION);
  return client;
}

/** How many posts the database has (a loaded one is reused as it is). */
export async function postCount(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) FROM posts')).rows[0].count);
  } finally {
    await client.end();
  }
}

/**
 * Loads the data; `log` receives progress lines. Returns the time of each step in ms and the table sizes.
 * `workers` connections insert the posts side by side (computing search_vector is most of the work).
 */
export async function load(url, { posts, threads, workspaces, people, workers, chunk = 50_000 }, log) {
  const steps = {};
  const client = await connect(url);
  const step = async (name, work) => {
    const started = performance.now();
    await work();
    steps[name] = performance.now() - started;
    log(`  ${name}: ${(steps[name] / 1000).toFixed(1)} s`);
  };
  try {
    await step('people, workspaces, memberships', async () => {
      await client.query('DROP TABLE IF EXISTS bench_search_lang, bench_search_people, bench_search_workspaces');
      await client.query('DROP TABLE IF EXISTS bench_search_threads');
      await client.query(
        `CREATE TABLE bench_search_lang (n int PRIMARY KEY, code text, words text[], separator text, ending text,
           lo float8, hi float8)`,
      );
      let lo = 0;
      for (const [n, language] of LANGUAGES.entries()) {
        const hi = n === LANGUAGES.length - 1 ? 1.01 : lo + language.share;
        await client.query('INSERT INTO bench_search_lang VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          n,
          language.code,
          language.words,
          language.separator,
          language.end,
          lo,
          hi,
        ]);
        lo = hi;
      }
      // People across the organizations already there (States, entities, others), numbered for the joins.
      await client.query(
        `CREATE TABLE bench_search_people AS SELECT g AS n, gen_random_uuid() AS id FROM generate_series(0, $1::int - 1) g`,
        [people],
      );
      await client.query(
        `WITH orgs AS (SELECT id, kind, row_number() OVER (ORDER BY key) - 1 AS n FROM organizations),
              size AS (SELECT count(*) AS count FROM orgs)
         INSERT INTO users (id, email, name, password_hash, organization_id, role, preferred_language, created_at)
         SELECT p.id, 'bench.person.' || p.n || '@bench.example',
                ($1::text[])[1 + p.n % cardinality($1::text[])] || ' ' || ($2::text[])[1 + (p.n / 7) % cardinality($2::text[])],
                (SELECT password_hash FROM users WHERE email = 'member@unodc.example'),
                o.id, CASE WHEN o.kind IN ${STATE_KINDS_SQL} THEN 'FOCAL_POINT' ELSE 'ENTITY_MEMBER' END,
                (ARRAY['en', 'fr', 'es', 'ru', 'ar', 'zh'])[1 + p.n % 6], now() - (p.n % 1000) * interval '1 day'
           FROM bench_search_people p, size JOIN orgs o ON true
          WHERE o.n = (p.n * 7919) % size.count`,
        [FIRST_NAMES, LAST_NAMES],
      );
      await client.query(
        `CREATE TABLE bench_search_workspaces AS
         SELECT g AS n, gen_random_uuid() AS id, ${languageOf('g + 7')} AS lang
           FROM generate_series(0, $1::int - 1) g`,
        [workspaces],
      );
      await client.query(
        `INSERT INTO workspaces (id, name, description, visibility, kind, created_at, updated_at)
         SELECT w.id, initcap(pg_temp.bench_text(l.words, ' ', 3)) || ' ' || w.n,
                pg_temp.bench_text(l.words, l.separator, 12) || l.ending,
                CASE WHEN w.n % 10 < 3 THEN 'OPEN' ELSE 'PRIVATE' END, 'AD_HOC',
                now() - interval '3 years', now() - (w.n % 300) * interval '1 day'
           FROM bench_search_workspaces w JOIN bench_search_lang l ON l.n = w.lang`,
      );
      // Twelve people in each private workspace (the first its owner), two organizations as members.
      await client.query(
        `INSERT INTO workspace_members (workspace_id, user_id, role)
         SELECT w.id, p.id, CASE WHEN k = 0 THEN 'OWNER' ELSE 'MEMBER' END
           FROM bench_search_workspaces w CROSS JOIN generate_series(0, 11) k
           JOIN bench_search_people p ON p.n = (w.n * 37 + k * 101) % $1::int
          WHERE w.n % 10 >= 3
         ON CONFLICT DO NOTHING`,
        [people],
      );
      await client.query(
        `WITH orgs AS (SELECT id, row_number() OVER (ORDER BY key) - 1 AS n FROM organizations),
              size AS (SELECT count(*) AS count FROM orgs)
         INSERT INTO workspace_organizations (workspace_id, organization_id, role)
         SELECT w.id, o.id, 'MEMBER'
           FROM bench_search_workspaces w CROSS JOIN generate_series(0, 1) k, size JOIN orgs o ON true
          WHERE w.n % 10 >= 3 AND o.n = (w.n * 13 + k * 71) % size.count
         ON CONFLICT DO NOTHING`,
      );
      // The demo viewers: the UNODC member in 60 of the 200 workspaces' private ones, the Philippines' focal
      // point in 30, by their own membership or their organization's (see SHARES).
      await client.query(
        `INSERT INTO workspace_members (workspace_id, user_id, role)
         SELECT w.id, u.id, 'MEMBER' FROM bench_search_workspaces w, users u
          WHERE (u.email = 'member@unodc.example' AND w.n % 10 IN (3, 4))
             OR (u.email = 'focal.point@ph.example' AND w.n % 10 = 6)
         ON CONFLICT DO NOTHING`,
      );
      await client.query(
        `INSERT INTO workspace_organizations (workspace_id, organization_id, role)
         SELECT w.id, o.id, 'MEMBER' FROM bench_search_workspaces w, organizations o
          WHERE (o.key = 'UNODC' AND w.n % 10 = 5) OR (o.key = 'STATE:PH' AND w.n % 20 = 7)
         ON CONFLICT DO NOTHING`,
      );
    });

    await step('threads', async () => {
      await client.query(
        `CREATE TABLE bench_search_threads AS
         SELECT g AS n, gen_random_uuid() AS id, w.id AS workspace_id, ${languageOf('g')} AS lang, p.id AS author_id,
                now() - interval '3 years' + (g % 1000) * interval '1 day' AS created_at
           FROM generate_series(0, $1::int - 1) g
           JOIN bench_search_workspaces w ON w.n = g % $2::int
           JOIN bench_search_people p ON p.n = (g * 17) % $3::int`,
        [threads, workspaces, people],
      );
      await client.query('ALTER TABLE bench_search_threads ADD PRIMARY KEY (n)');
      await client.query(
        `INSERT INTO threads (id, workspace_id, title, author_id, created_at, last_activity_at)
         SELECT t.id, t.workspace_id, pg_temp.bench_text(l.words, l.separator, 3 + t.n % 5), t.author_id,
                t.created_at, t.created_at
           FROM bench_search_threads t JOIN bench_search_lang l ON l.n = t.lang`,
      );
    });

    // Built once after the load: far faster than keeping it up to date row by row.
    const index = (await client.query(`SELECT pg_get_indexdef('posts_search'::regclass) AS sql`)).rows[0].sql;
    await client.query('DROP INDEX posts_search');

    await step(`posts (${workers} connections)`, async () => {
      let next = 0;
      let done = 0;
      const started = performance.now();
      const worker = async () => {
        const connection = await connect(url);
        try {
          for (;;) {
            const from = next;
            if (from >= posts) return;
            next += chunk;
            const to = Math.min(posts, from + chunk) - 1;
            // Posts are written in time order, as a live platform writes them (the table's physical order
            // follows created_at, which reading the newest matches relies on): post g is at day
            // g * 1000 / posts of the thousand days threads start on, in a thread started up to 60 days
            // before. One in 50 edited, one in 100 deleted; the rare word in one post in RARE_EVERY.
            await connection.query(
              `INSERT INTO posts (thread_id, author_id, body, created_at, edited_at, deleted_at)
               SELECT t.id, p.id,
                      pg_temp.bench_text(l.words, l.separator, 8 + g % 23) || l.ending
                        || CASE WHEN g % $4::int = 0 THEN ' ' || $5::text ELSE '' END,
                      at, CASE WHEN g % 50 = 3 THEN at + interval '1 hour' END,
                      CASE WHEN g % 100 = 1 THEN at + interval '1 day' END
                 FROM generate_series($1::int, $2::int) g
                 CROSS JOIN LATERAL (SELECT g * 1000.0 / $7::int AS day) d
                 CROSS JOIN LATERAL (SELECT now() - interval '3 years' + d.day * interval '1 day' AS at,
                                            greatest(0, floor(d.day)::int - g % 60)
                                              + 1000 * (g % greatest(1, $3::int / 1000)) AS thread) c
                 JOIN bench_search_threads t ON t.n = c.thread % $3::int
                 JOIN bench_search_lang l ON l.n = t.lang
                 JOIN bench_search_people p ON p.n = (g * 31) % $6::int
                ORDER BY g`,
              [from, to, threads, RARE_EVERY, RARE_WORD, people, posts],
            );
            done += to - from + 1;
            const seconds = (performance.now() - started) / 1000;
            log(`    ${done.toLocaleString('en')} posts, ${seconds.toFixed(0)} s, ${(done / seconds).toFixed(0)}/s`);
          }
        } finally {
          await connection.end();
        }
      };
      await Promise.all(Array.from({ length: workers }, worker));
    });

    await step('posts GIN index', async () => {
      await client.query(`SET maintenance_work_mem = '512MB'`);
      await client.query(index);
    });

    await step('thread counters, ANALYZE', async () => {
      await client.query(
        `UPDATE threads t SET post_count = s.count, last_activity_at = s.last
           FROM (SELECT thread_id, count(*) FILTER (WHERE deleted_at IS NULL) AS count, max(created_at) AS last
                   FROM posts GROUP BY thread_id) s
          WHERE s.thread_id = t.id`,
      );
      await client.query('DROP TABLE bench_search_lang, bench_search_people, bench_search_workspaces');
      await client.query('DROP TABLE bench_search_threads');
      await client.query('VACUUM ANALYZE');
    });

    const sizes = (
      await client.query(
        `SELECT pg_size_pretty(pg_table_size('posts')) AS posts_table,
                pg_size_pretty(pg_relation_size('posts_search')) AS posts_gin,
                pg_size_pretty(pg_database_size(current_database())) AS database`,
      )
    ).rows[0];
    return { steps, sizes };
  } finally {
    await client.end();
  }
}
