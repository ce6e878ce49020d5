#!/usr/bin/env node
// Full-text search over a million posts: starts the built api (embedded PostgreSQL in a scratch DATA_DIR,
// or DATABASE_URL), fills its database with the generator (load.mjs), then times the `search` query's
// first page over HTTP for an entity member and a focal point, and records the query plans of the SQL the
// api runs (captured from the built SearchService). See bench/README.md, section Search.
// Usage: npm run build && node bench/search/run.mjs [--posts=1000000] [--runs=50] [--data-dir=DIR]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import {
  checkBuild,
  embeddedDatabaseUrl,
  gitInfo,
  givenDatabaseEnv,
  gql,
  renderPostsKeptWithoutHtml,
  repositoryOf,
  signIn,
  startApi,
} from '../lib/api.mjs';
import { cleanup, exitGuards, optionReader, pressure, scratchDir } from '../lib/process.mjs';
import { printColumns, summarize } from '../lib/report.mjs';
import { load, postCount, SHARES } from './load.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const option = optionReader('SEARCH');
const opts = {
  api: resolve(option('api', join(ROOT, 'apps/api/dist/main.js'))),
  posts: Number(option('posts', 1_000_000)),
  threads: Number(option('threads', 20_000)),
  workspaces: Number(option('workspaces', 200)),
  people: Number(option('people', 2_000)),
  workers: Number(option('workers', 2)),
  runs: Number(option('runs', 50)),
  warmup: Number(option('warmup', 5)),
  // A query slower than this is measured fewer times (the count is in the table).
  caseSeconds: Number(option('case-seconds', 30)),
  dataDir: option('data-dir'),
  // The api's SEARCH_RECENT_POSTS (its default when not given; 0 to compare with one pass over all posts).
  recentPosts: option('recent-posts'),
  databaseUrl: option('database-url', process.env.DATABASE_URL),
  allowStale: option('allow-stale', 'false') === 'true',
  http: option('http', 'true') === 'true',
  maxMinutes: Number(option('max-minutes', 60)),
};
checkBuild(opts.api, { allowStale: opts.allowStale });
const watchdog = exitGuards('search benchmark', opts.maxMinutes);

const VIEWERS = { 'entity member': 'member@unodc.example', 'focal point': 'focal.point@ph.example' };
const QUERIES = [
  ['common word', 'terrorism'],
  ['rare word', 'nightjar'],
  ['two-word phrase', '"border security"'],
  ['Arabic word', 'الإرهاب'],
  ['Chinese two characters', '洗钱'],
  ['half word (prefix)', 'radicali'],
];
// The plans recorded: a common, a rare and a Chinese query, as the entity member.
const EXPLAINED = ['terrorism', 'nightjar', '洗钱'];
const SEARCH = `query($query: String!) { search(query: $query, first: 20) {
  totalCount edges { node { kind id title snippet url rank at } } } }`;

const log = (line) => console.log(line);

/**
 * The exact ranking statements SearchService runs for `actor` and `args`: the built service, given a data
 * source that records their SQL (escaped by TypeORM's PostgreSQL driver, as in the api) instead of running it.
 */
async function capturer(pool, driver) {
  const dist = dirname(opts.api);
  const { SearchService } = await import(pathToFileURL(join(dist, 'modules/search/search.service.js')));
  const { SEARCH_RECENT_POSTS } = await import(pathToFileURL(join(dist, 'modules/search/search-limits.js')));
  const config = { searchRecentPosts: Number(opts.recentPosts ?? SEARCH_RECENT_POSTS) };
  const { actorWorkspaceRoleSql, readableWorkspacesWhere, viewerParams, workspaceAccess } = await import(
    pathToFileURL(join(dist, 'modules/policy/workspaces.js'))
  );
  const { mayReadConfidentialIn } = await import(pathToFileURL(join(dist, 'modules/policy/classification.js')));
  return async (email, query, kinds) => {
    const { rows } = await pool.query(
      `SELECT u.id, u.organization_id, o.kind, u.role, u.is_organization_admin, u.preferred_language, o.country_code
         FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.email = $1`,
      [email],
    );
    const [user] = rows;
    const actor = {
      userId: user.id,
      organizationId: user.organization_id,
      organizationKind: user.kind,
      role: user.role,
      isOrganizationAdmin: user.is_organization_admin,
      language: user.preferred_language,
      sessionId: 'bench',
    };
    const statements = [];
    const dataSource = {
      driver,
      query: async (sql, values) => {
        // What the text means and where the newest posts begin are asked of the database, as in the api.
        if (!sql.includes('WITH candidates')) return (await pool.query(sql, values)).rows;
        // The ranking statements (the first page has two, run at once) are recorded; their counts answer 0.
        if (!sql.includes('ranked AS')) return [{ total: 0, capped: false }];
        statements.push({ sql, values });
        return [];
      },
    };
    const projects = { viewer: async (a) => ({ ...a, countryCode: user.country_code?.trim() ?? null }) };
    // The workspaces the viewer may read (the policy's SQL twin) and those where they read CONFIDENTIAL
    // records, as WorkspacesService.readableAndConfidentialIds asks them.
    const readable = readableWorkspacesWhere(actor);
    const [sql, values] = driver.escapeQueryWithParameters(
      `SELECT w.id, w.visibility, w.kind, ${actorWorkspaceRoleSql} AS role FROM workspaces w WHERE ${readable.sql}`,
      { ...readable.params, ...viewerParams(actor) },
      {},
    );
    const readableRows = (await pool.query(sql, values)).rows;
    const confidentialRows = readableRows.filter((row) =>
      mayReadConfidentialIn(actor, workspaceAccess(row, actor.role)),
    );
    const workspaces = {
      readableAndConfidentialIds: async () => ({
        readable: readableRows.map((row) => row.id),
        confidential: confidentialRows.map((row) => row.id),
      }),
    };
    await new SearchService(dataSource, projects, workspaces, config).search(
      actor,
      { query, kinds },
      { limit: 20, offset: 0 },
    );
    return { actor: { ...actor, countryCode: user.country_code?.trim() ?? null }, statements };
  };
}

async function time(work) {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Times `work` runs times after warm-up, or until caseSeconds have passed (then fewer). */
async function measure(work) {
  for (let i = 0; i < opts.warmup; i++) await work();
  const samples = [];
  const started = performance.now();
  while (samples.length < opts.runs && (performance.now() - started) / 1000 < opts.caseSeconds) {
    samples.push(await time(work));
  }
  return summarize(samples);
}

const explainText = async (pool, sql, values) =>
  (await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values)).rows.map((row) => row['QUERY PLAN']).join('\n');

const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');

let exitCode = 0;
try {
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : await scratchDir('ctcp-bench-search-');
  if (opts.dataDir) mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  const api = await startApi({
    main: opts.api,
    dataDir,
    env: {
      ...(opts.recentPosts === undefined ? {} : { SEARCH_RECENT_POSTS: opts.recentPosts }),
      ...givenDatabaseEnv(opts.databaseUrl),
    },
  });
  log(`api ready in ${(api.readyMs / 1000).toFixed(1)} s (${api.url})`);
  const databaseUrl = opts.databaseUrl ?? embeddedDatabaseUrl(dataDir);

  let loaded;
  const existing = await postCount(databaseUrl);
  if (existing >= opts.posts) {
    log(`reusing the ${existing.toLocaleString('en')} posts of ${dataDir}`);
  } else {
    log(
      `loading ${opts.posts.toLocaleString('en')} posts, ${opts.threads} threads, ${opts.workspaces} workspaces, ${opts.people} people`,
    );
    const loadStarted = performance.now();
    loaded = await load(databaseUrl, opts, log);
    loaded.totalMs = performance.now() - loadStarted;
    log(`loaded in ${(loaded.totalMs / 1000).toFixed(0)} s; sizes ${JSON.stringify(loaded.sizes)}`);
  }
  const renderSeconds = await renderPostsKeptWithoutHtml(databaseUrl, log);
  if (renderSeconds > 0) log(`posts' HTML rendered by the api in ${renderSeconds.toFixed(0)} s`);

  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const census = (
    await pool.query(
      `SELECT (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM threads)::int AS threads,
              (SELECT count(*) FROM workspaces)::int AS workspaces, (SELECT count(*) FROM users)::int AS people,
              (SELECT count(*) FROM organizations)::int AS organizations, version() AS postgres`,
    )
  ).rows[0];
  log(`database: ${JSON.stringify(census)}`);

  const tokens = {};
  for (const [viewer, email] of Object.entries(VIEWERS)) tokens[viewer] = await signIn(api.url, email);

  // ---- over HTTP ----
  const results = [];
  const rows = [];
  for (const [label, query] of opts.http ? QUERIES : []) {
    for (const viewer of Object.keys(VIEWERS)) {
      const first = (await gql(api.url, SEARCH, { query }, tokens[viewer])).search;
      const before = pressure();
      const measuredFrom = performance.now();
      const stats = await measure(() => gql(api.url, SEARCH, { query }, tokens[viewer]));
      // The share of the measured time in which some task waited for a CPU (Linux PSI).
      const cpuWait = (pressure().cpuSome - before.cpuSome) / 1000 / (performance.now() - measuredFrom);
      results.push({ label, query, viewer, totalCount: first.totalCount, hits: first.edges.length, stats, cpuWait });
      rows.push([
        `${label} (${query}), ${viewer}`,
        first.totalCount.toLocaleString('en'),
        String(stats.count),
        ms(stats.p50),
        ms(stats.p95),
        ms(stats.max),
        !Number.isFinite(cpuWait) ? '–' : `${Math.round(cpuWait * 100)}%`,
      ]);
      log(`  ${rows.at(-1).join(' | ')}`);
    }
  }
  console.log('\nsearch, first page (20) over HTTP GraphQL, ms');
  printColumns(['query, viewer', 'totalCount', 'runs', 'p50', 'p95', 'max', 'CPU wait'], rows);

  // ---- the SQL's plans ----
  // TypeORM's PostgreSQL driver, to escape named parameters as the api does; it does not connect.
  const { DataSource } = await import('typeorm');
  const { driver } = new DataSource({ type: 'postgres' });
  const capture = await capturer(pool, driver);
  const plans = {};
  for (const query of EXPLAINED) {
    for (const [viewer, email] of Object.entries(VIEWERS)) {
      const { statements } = await capture(email, query);
      for (const [index, { sql, values }] of statements.entries()) {
        const part = statements.length > 1 ? `, statement ${index + 1} of ${statements.length}` : '';
        await explainText(pool, sql, values); // warm the cache as the HTTP runs did
        const plan = await explainText(pool, sql, values);
        plans[`${query}, ${viewer}${part}`] = { sql, values, plan };
        console.log(`\nEXPLAIN (ANALYZE, BUFFERS), ${viewer}, "${query}"${part}:\n${plan}`);
      }
    }
  }

  await pool.end();

  const file = join(ROOT, 'bench/results', `search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  if (!existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        options: { ...opts, databaseUrl: opts.databaseUrl ? '(given)' : undefined },
        git: gitInfo(repositoryOf(opts.api)),
        census,
        shares: SHARES,
        load: loaded,
        results,
        plans,
        totalSeconds: (performance.now() - started) / 1000,
      },
      null,
      2,
    ),
  );
  console.log(`\nwrote ${file}`);
} catch (error) {
  console.error(`search benchmark failed: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);
