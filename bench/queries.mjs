#!/usr/bin/env node
// Latency of the coordination queries on a loaded database: the assistance request lists as each kind of
// person sees them (need-to-know is SQL in every list), the triage board's columns, and the quarterly
// report computed from the records. Starts the built product on a scratch DATA_DIR with the demo data,
// adds --requests=N requests by SQL through the real tables (minutes for 100,000, where the api would
// take an hour), then times each query over HTTP GraphQL.
// Usage: npm run build && node bench/queries.mjs [--requests=100000] [--runs=30] [--data-dir=DIR]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { checkBuild, embeddedDatabaseUrl, gitInfo, gql, repositoryOf, signIn, startApi } from './lib/api.mjs';
import { cleanup, exitGuards, optionReader, pressure, scratchDir } from './lib/process.mjs';
import { printColumns, summarize } from './lib/report.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const option = optionReader('QUERIES');
const opts = {
  api: resolve(option('api', join(ROOT, 'apps/api/dist/main.js'))),
  requests: Number(option('requests', 100_000)),
  runs: Number(option('runs', 30)),
  dataDir: option('data-dir'),
  allowStale: option('allow-stale', 'false') === 'true',
  maxMinutes: Number(option('max-minutes', 30)),
};
checkBuild(opts.api, { allowStale: opts.allowStale });
const watchdog = exitGuards('queries benchmark', opts.maxMinutes);

const VIEWERS = {
  coordinator: 'coordinator@unoct.example',
  unodc: 'member@unodc.example',
  philippines: 'focal.point@ph.example',
};

/**
 * Requests of every Member State over three years, in the statuses' usual shares: most delivered or
 * closed, a few hundred waiting for triage, some overdue; a third opened to all entities, a third to
 * named entities (UNODC among them in one of two), the rest to coordinators only; UNODC offers on one in
 * twenty, leads one in ten of those matched, and partners one in fifty.
 */
async function loadRequests(url, count) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    await client.query('BEGIN');
    await client.query(
      `CREATE TEMP TABLE bench_states ON COMMIT DROP AS
         SELECT id, row_number() OVER (ORDER BY key) - 1 AS n FROM organizations WHERE kind = 'MEMBER_STATE'`,
    );
    await client.query(
      `CREATE TEMP TABLE bench_entities ON COMMIT DROP AS
         SELECT id, row_number() OVER (ORDER BY key) - 1 AS n FROM organizations WHERE kind = 'COMPACT_ENTITY'`,
    );
    const {
      rows: [ids],
    } = await client.query(
      `SELECT (SELECT id FROM users WHERE email = $1) AS author, (SELECT id FROM organizations WHERE key = 'UNODC') AS unodc`,
      [VIEWERS.philippines],
    );
    await client.query(
      `INSERT INTO assistance_requests (requesting_state_id, created_by_id, title, description, pillars, priority,
         sharing_scope, status, status_changed_at, submitted_at, opened_at, delivered_at, sla_due_at, lead_entity_id,
         created_at, updated_at)
       SELECT s.id, $2, 'Benchmark request ' || g || ': ' || topic, 'Load for the benchmark: ' || topic || '.',
              ARRAY[(ARRAY['I', 'II', 'III', 'IV'])[1 + g % 4]], (ARRAY['LOW', 'MEDIUM', 'HIGH'])[1 + g % 3],
              (ARRAY['ALL_ENTITIES', 'NAMED_ENTITIES', 'COORDINATORS_ONLY'])[1 + g % 3], status,
              at + interval '20 days', at,
              CASE WHEN status NOT IN ('SUBMITTED', 'UNDER_REVIEW', 'WITHDRAWN', 'DECLINED') THEN at + interval '5 days' END,
              CASE WHEN status IN ('DELIVERED', 'CLOSED') THEN at + interval '200 days' END,
              CASE WHEN status IN ('SUBMITTED', 'UNDER_REVIEW') THEN now() + (g % 30 - 10) * interval '1 day' END,
              CASE WHEN status IN ('MATCHED', 'IN_PROGRESS', 'DELIVERED', 'CLOSED')
                   THEN CASE WHEN g % 10 = 0 THEN $3::uuid ELSE e.id END END,
              at, at + interval '20 days'
         FROM generate_series(1, $1::int) g
         CROSS JOIN LATERAL (SELECT now() - interval '3 years' + (g::float8 / $1) * interval '3 years' AS at,
                                    (ARRAY['border security', 'forensic laboratory', 'prison radicalization',
                                           'terrorist financing', 'cyber investigations', 'victims support'])[1 + g % 6] AS topic,
                                    -- Old requests are finished; the newest wait for triage or are under way.
                                    CASE WHEN g > $1 - 300 THEN (ARRAY['SUBMITTED', 'UNDER_REVIEW'])[1 + g % 2]
                                         WHEN g > $1 - 3000 THEN (ARRAY['MATCHED', 'IN_PROGRESS', 'UNDER_REVIEW'])[1 + g % 3]
                                         ELSE (ARRAY['DELIVERED', 'CLOSED', 'CLOSED', 'WITHDRAWN', 'DECLINED'])[1 + g % 5]
                                    END AS status) r
         JOIN bench_states s ON s.n = g % (SELECT count(*) FROM bench_states)
         JOIN bench_entities e ON e.n = g % (SELECT count(*) FROM bench_entities)`,
      [count, ids.author, ids.unodc],
    );
    await client.query(
      `INSERT INTO assistance_request_shared_entities (request_id, organization_id)
       SELECT id, $1 FROM assistance_requests WHERE sharing_scope = 'NAMED_ENTITIES' AND number % 2 = 0
       ON CONFLICT DO NOTHING`,
      [ids.unodc],
    );
    await client.query(
      `INSERT INTO assistance_offers (request_id, organization_id, author_id, note, status)
       SELECT id, $1, (SELECT id FROM users WHERE email = $2), 'We can help.', 'ACTIVE'
         FROM assistance_requests WHERE opened_at IS NOT NULL AND number % 20 = 0`,
      [ids.unodc, VIEWERS.unodc],
    );
    await client.query(
      `INSERT INTO assistance_request_partners (request_id, organization_id)
       SELECT id, $1 FROM assistance_requests WHERE lead_entity_id IS NOT NULL AND lead_entity_id <> $1 AND number % 50 = 0
       ON CONFLICT DO NOTHING`,
      [ids.unodc],
    );
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE');
    return performance.now() - started;
  } finally {
    await client.end();
  }
}

const LIST = `query Requests($filter: AssistanceRequestFilter) { assistanceRequests(filter: $filter, first: 50) {
  totalCount totalCountIsExact edges { node { id reference title status priority overdue requestingState { id } leadEntity { id }
  viewerTransitions } } } }`;
const REPORT = `query Report { quarterlyReport(year: 2020, quarter: 1) { workshopsOrganized individualsTrained
  pledgedUsdToDate receivedUsdToDate donorCountToDate highLevelVisits { title organizers { id } }
  capacityBuildingEvents { title organizers { id } } topContributors { donor { id } pledgedUsd }
  activitiesByPillar { key activities } activitiesByWorkingGroup { workingGroup { id } activities }
  activitiesByRegion { key activities } countriesReached { countryCode individualsTrained } } }`;
// The home page's blocks, as the web asks for them (features/my-work/operations.ts), five records each.
const WORK_REQUESTS = `{ totalCount totalCountIsExact edges { node { id reference title status overdue slaDueAt
  requestingState { id } leadEntity { id } } } }`;
const WORK_PROJECTS = `{ totalCount totalCountIsExact edges { node { id title status } } }`;
const MY_WORK = `query MyWork { myWork { side
  requestsToTriage(first: 5) ${WORK_REQUESTS} overdueRequests(first: 5) ${WORK_REQUESTS}
  offersToReview(first: 5) ${WORK_REQUESTS} stalledMatches(first: 5) ${WORK_REQUESTS}
  stateRequests(first: 5) ${WORK_REQUESTS} offersReceived(first: 5) ${WORK_REQUESTS}
  openForOffer(first: 5) ${WORK_REQUESTS} assignedRequests(first: 5) ${WORK_REQUESTS}
  projectsAtRisk(first: 5) ${WORK_PROJECTS} entityProjects(first: 5) ${WORK_PROJECTS}
  milestonesDue(first: 5) { totalCount edges { node { id dueDate project { id } } } }
  plannedActivities(first: 5) { totalCount edges { node { id startDate } } }
  unreadThreads(first: 5) { totalCount edges { node { id workspace { id } } } } } }`;
const CASES = [
  ['requests, coordinator (all)', LIST, {}, 'coordinator'],
  ['requests, triage column UNDER_REVIEW', LIST, { filter: { statuses: ['UNDER_REVIEW'] } }, 'coordinator'],
  ['requests, overdue filter', LIST, { filter: { overdue: true } }, 'coordinator'],
  ['requests, entity member (in scope)', LIST, {}, 'unodc'],
  ['requests, open for the entity’s offer', LIST, { filter: { openForViewerOffer: true } }, 'unodc'],
  ['requests, focal point (own State)', LIST, {}, 'philippines'],
  ['requests, search by title', LIST, { filter: { search: 'request 1999' } }, 'coordinator'],
  ['quarterly report Q1 2020', REPORT, {}, 'coordinator'],
  ['home page (myWork), coordinator', MY_WORK, {}, 'coordinator'],
  ['home page (myWork), entity member', MY_WORK, {}, 'unodc'],
  ['home page (myWork), focal point', MY_WORK, {}, 'philippines'],
];

let exitCode = 0;
try {
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : await scratchDir('ctcp-bench-queries-');
  if (opts.dataDir) mkdirSync(dataDir, { recursive: true });
  const api = await startApi({ main: opts.api, dataDir });
  const databaseUrl = embeddedDatabaseUrl(dataDir);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const existing = (await pool.query(`SELECT count(*)::int AS n FROM assistance_requests`)).rows[0].n;
  let loadMs;
  if (existing >= opts.requests) console.log(`reusing the ${existing.toLocaleString('en')} requests of ${dataDir}`);
  else {
    loadMs = await loadRequests(databaseUrl, opts.requests - existing);
    console.log(
      `${(opts.requests - existing).toLocaleString('en')} requests loaded by SQL in ${(loadMs / 1000).toFixed(1)} s`,
    );
  }
  const census = (
    await pool.query(`SELECT status, count(*)::int AS n FROM assistance_requests GROUP BY 1 ORDER BY 2 DESC`)
  ).rows;
  await pool.end();

  const tokens = {};
  for (const [viewer, email] of Object.entries(VIEWERS)) tokens[viewer] = await signIn(api.url, email);
  const results = [];
  const rows = [];
  for (const [name, query, variables, viewer] of CASES) {
    const first = await gql(api.url, query, variables, tokens[viewer]); // warm
    const samples = [];
    const before = pressure();
    const measuredFrom = performance.now();
    for (let run = 0; run < opts.runs; run++) {
      const begin = performance.now();
      await gql(api.url, query, variables, tokens[viewer]);
      samples.push(performance.now() - begin);
    }
    // The share of the measured time in which some task waited for a CPU (Linux PSI).
    const cpuWait = (pressure().cpuSome - before.cpuSome) / 1000 / (performance.now() - measuredFrom);
    const stats = summarize(samples);
    const list = first.assistanceRequests;
    const totalCount = list && `${list.totalCount.toLocaleString('en')}${list.totalCountIsExact ? '' : '+'}`;
    results.push({ name, viewer, totalCount, stats, cpuWait });
    rows.push([
      name,
      totalCount ?? '–',
      stats.p50.toFixed(1),
      stats.p95.toFixed(1),
      stats.max.toFixed(1),
      Number.isFinite(cpuWait) ? `${Math.round(cpuWait * 100)}%` : '–',
    ]);
  }
  console.log(`\nover HTTP GraphQL, ${opts.runs} runs each after one to warm up, ms`);
  printColumns(['query', 'totalCount', 'p50', 'p95', 'max', 'CPU wait'], rows);

  const file = join(ROOT, 'bench/results', `queries-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  if (!existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true });
  const git = gitInfo(repositoryOf(opts.api));
  writeFileSync(
    file,
    JSON.stringify({ at: new Date().toISOString(), options: opts, git, census, loadMs, results }, null, 2),
  );
  console.log(`\nwrote ${file}`);
} catch (error) {
  console.error(`queries benchmark failed: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);
