#!/usr/bin/env node
// Throughput of `createPost` under contention: closed-loop posters (each sends the next post as soon as
// the previous one is answered) into a few threads of one workspace, against the built api. Per
// scenario: posts per second, p50/p95/p99 latency, errors by `extensions.code`, whether `/health/ready`
// still answers afterwards, and a check in PostgreSQL that every answered post is there (no lost post).
// A scenario whose api stops answering altogether (a frozen pool) is cut short and reported as frozen.
// See the "Contention" section of bench/README.md.
//
// Usage (after `npm run build`, which produces apps/api/dist/main.js):
//   node bench/contention/run.mjs [--scenarios=50x1,200x20] [--duration=20] [--max-posts=20000]
//                                 [--people=200] [--warmup=20] [--timeout=30] [--stall=20]
//                                 [--pool-size=N] [--api=path/to/apps/api/dist/main.js]
//                                 [--database-url=postgres://...] [--allow-stale] [--max-minutes=10]
// Each option can also be given as an environment variable: CONTENTION_DURATION=20, ...
// Loopback only; every request has a timeout and the whole run stops itself after --max-minutes.
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import argon2 from 'argon2';
import pg from 'pg';
import {
  checkBuild,
  CREATE_POST,
  createThread,
  DEMO_PASSWORD,
  embeddedDatabaseUrl,
  gitInfo,
  givenDatabaseEnv,
  probe,
  repositoryOf,
  signIn,
  startApi as startBuiltApi,
  stopApi,
  workingGroupWorkspace,
} from '../lib/api.mjs';
import {
  cleanup,
  cpuSeconds,
  exitGuards,
  fail,
  now,
  optionReader,
  pressure,
  scratchDir,
  sleep,
} from '../lib/process.mjs';
import { printColumns, summarize } from '../lib/report.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const RESULTS = join(ROOT, 'bench/results');
// The demo accounts that may post in the Coordination Committee's workspace (OPEN, every Compact entity
// a member organization): UNOCT chairs it, UNODC and INTERPOL are members. The observer only reads.
const DEMO_POSTERS = [
  'coordinator@unoct.example',
  'member@unodc.example',
  'member@interpol.example',
  'admin@unoct.example',
];
const COORDINATION_COMMITTEE = 'CC';

// ---- options ----

const option = optionReader('CONTENTION');
function positive(name, fallback, { max = Infinity, min = 1 } = {}) {
  const value = Number(option(name, fallback));
  if (!Number.isInteger(value) || value < min || value > max)
    fail(`--${name} must be an integer from ${min} to ${max}`);
  return value;
}
const scenarios = String(option('scenarios', '50x1,200x20'))
  .split(',')
  .map((text) => {
    const match = /^(\d+)x(\d+)$/.exec(text.trim());
    const [posters, threads] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
    if (!(posters >= 1 && posters <= 2000 && threads >= 1 && threads <= posters))
      fail(`--scenarios takes POSTERSxTHREADS items (e.g. 50x1,200x20), posters 1 to 2000, threads at most posters`);
    return { name: `${posters}x${threads}`, posters, threads };
  });
const largest = Math.max(...scenarios.map((s) => s.posters));
const opts = {
  duration: positive('duration', 20, { max: 3600 }), // s of closed loop per scenario
  maxPosts: positive('max-posts', 20_000, { max: 1_000_000 }), // per scenario, whichever comes first
  people: positive('people', largest, { max: 2000 }), // distinct sign-ins; posters share them round-robin
  warmup: positive('warmup', 20, { min: 0, max: 1000 }), // posts one after the other before measuring
  timeout: positive('timeout', 30, { max: 600 }), // s, each request
  stall: positive('stall', 20, { max: 600 }), // s without any answer while requests wait: frozen
  poolSize: option('pool-size', undefined), // DATABASE_POOL_SIZE for the api; unset: the api's default
  api: resolve(option('api', join(ROOT, 'apps/api/dist/main.js'))),
  databaseUrl: option('database-url', undefined),
  allowStale: option('allow-stale', 'false') === 'true',
  maxMinutes: positive('max-minutes', 10, { max: 240 }),
};
if (opts.poolSize !== undefined && !(Number.isInteger(Number(opts.poolSize)) && Number(opts.poolSize) >= 2))
  fail('--pool-size must be an integer of at least 2');
const API_ROOT = repositoryOf(opts.api);

const watchdog = exitGuards('contention benchmark', opts.maxMinutes);

// ---- the built api ----

let dataDir; // kept across restarts: a restarted api finds its data again
let jwtSecret; // with a given PostgreSQL: one for the run, so a restarted api accepts the sessions
let peopleAdded = false; // the extra people are added once; signing in again reuses them
async function startApi() {
  dataDir ??= await scratchDir('ctcp-contention-');
  const api = await startBuiltApi({
    main: opts.api,
    dataDir,
    env: {
      ...(opts.poolSize !== undefined && { DATABASE_POOL_SIZE: String(opts.poolSize) }),
      // The same secret at each restart: the sessions signed in before stay valid.
      ...givenDatabaseEnv(opts.databaseUrl, (jwtSecret ??= randomBytes(32).toString('base64url'))),
    },
    stopGraceMs: 20_000,
  });
  api.databaseUrl = opts.databaseUrl ?? embeddedDatabaseUrl(dataDir);
  return api;
}

/** Runs `work` over `items`, `concurrency` at a time, in order of the items. */
async function pooled(items, concurrency, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
}

/**
 * People to post: the demo accounts that may post in the Coordination Committee's workspace, and more
 * entity members added by SQL (the row accepting an invitation inserts) in the workspace's member
 * organizations. Their password hash is argon2id with small parameters: the api verifies with the
 * parameters stored in the hash, so 200 sign-ins take seconds instead of minutes (64 MiB and 3 passes
 * each); sign-in is not what is measured.
 */
async function preparePeople(api, workspaceId) {
  const extra = Math.max(0, opts.people - DEMO_POSTERS.length);
  const emails = DEMO_POSTERS.slice(0, opts.people);
  if (extra > 0 && !peopleAdded) {
    const cheapHash = await argon2.hash(DEMO_PASSWORD, {
      type: argon2.argon2id,
      memoryCost: 1024,
      timeCost: 1,
      parallelism: 1,
    });
    const rows = await sql(
      api,
      `WITH orgs AS (
         SELECT organization_id, row_number() OVER (ORDER BY organization_id) - 1 AS n, count(*) OVER () AS c
           FROM workspace_organizations WHERE workspace_id = $1 AND role = 'MEMBER')
       INSERT INTO users (email, name, password_hash, organization_id, role, preferred_language)
       SELECT format('poster%s-%s@contention.example', i, $2::text), format('Contention poster %s', i),
              $4, orgs.organization_id, 'ENTITY_MEMBER', 'en'
         FROM generate_series(1, $3::int) AS i
         JOIN orgs ON orgs.n = (i - 1) % orgs.c
       RETURNING email`,
      [workspaceId, runId, extra, cheapHash],
    );
    if (rows.length !== extra) throw new Error(`added ${rows.length} of ${extra} people`);
    peopleAdded = true;
  }
  for (let i = 1; i <= extra; i++) emails.push(`poster${i}-${runId}@contention.example`);
  const started = now();
  const tokens = await pooled(emails, 4, (email) => signIn(api.url, email));
  return { emails, tokens, signedInAt: now(), signInMs: now() - started };
}

async function sql(api, text, values) {
  const client = new pg.Client({
    connectionString: api.databaseUrl,
    connectionTimeoutMillis: 10_000,
    statement_timeout: 30_000,
    query_timeout: 35_000,
  });
  client.on('error', () => {}); // a dropped connection fails the query below instead
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

// ---- measurement ----

/**
 * One `createPost`, bounded by `signal`: { id } or { code }. The code is the first error's
 * `extensions.code`, else HTTP_<status>; CLIENT_TIMEOUT when no answer came within --timeout;
 * ABANDONED when the scenario was stopped as frozen while it waited.
 */
async function createPost(url, token, threadId, body, signal) {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: CREATE_POST, variables: { input: { threadId, body } } }),
      signal,
    });
    const text = await response.text();
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { code: `HTTP_${response.status}` };
    }
    if (parsed.errors?.length) return { code: parsed.errors[0].extensions?.code ?? `HTTP_${response.status}` };
    const id = parsed.data?.createPost?.id;
    return id ? { id } : { code: `HTTP_${response.status}` };
  } catch (error) {
    if (error?.name === 'TimeoutError') return { code: 'CLIENT_TIMEOUT' };
    if (error?.name === 'StallAbort') return { code: 'ABANDONED' };
    return { code: `NETWORK_${error?.cause?.code ?? error?.name ?? 'ERROR'}` };
  }
}

async function createThreads(api, token, workspaceId, count, label) {
  return pooled(
    Array.from({ length: count }, (_, i) => i),
    4,
    (i) =>
      createThread(api.url, token, {
        workspaceId,
        title: `Contention ${runId} ${label} #${i + 1}`,
        body: 'Posts follow.',
      }),
  );
}

/**
 * The closed loop: `posters` loops, poster i posting into thread i mod threads as person i mod people,
 * each sending its next post when the previous one is answered, until --duration or --max-posts. A
 * watchdog stops everything when no request has been answered for --stall seconds while some wait:
 * the api is frozen, and waiting longer would measure nothing.
 */
async function runScenario(api, people, scenario, workspaceId) {
  const threads = await createThreads(api, people.tokens[0], workspaceId, scenario.threads, scenario.name);
  const prefix = `contention ${runId} ${scenario.name}`;
  const stop = new AbortController();
  const state = { sent: 0, inFlight: 0, ok: 0, answered: 0, lastAnswerAt: 0, frozenAt: undefined };
  const requests = []; // { at, ms, id } or { at, ms, code }
  const cpuBefore = cpuSeconds(api.child.pid)?.tree;
  const stallBefore = pressure().cpuSome;
  const load1 = loadavg()[0];
  const start = now();
  const deadline = start + opts.duration * 1000;
  state.lastAnswerAt = start;

  // Readiness once a second meanwhile: whether the api stays ready, and how many requests wait for a connection.
  const readiness = [];
  const sampler = (async () => {
    while (!stop.signal.aborted) {
      const at = now();
      const result = await probe(api.url, '/health/ready', 2000);
      readiness.push({ at: at - start, ok: result.ok, waiting: result.body?.pool?.waiting });
      await sleep(Math.max(0, 1000 - (now() - at)));
    }
  })();

  const watchdogTimer = setInterval(() => {
    if (state.inFlight > 0 && now() - state.lastAnswerAt > opts.stall * 1000 && !stop.signal.aborted) {
      state.frozenAt = now();
      stop.abort(Object.assign(new Error('the api stopped answering'), { name: 'StallAbort' }));
    }
  }, 250);
  const progressTimer = setInterval(() => {
    const seconds = (now() - start) / 1000;
    console.log(
      `  ${scenario.name} ${seconds.toFixed(0)} s: ${state.ok} posts (${(state.ok / seconds).toFixed(1)}/s), ` +
        `${state.answered - state.ok} errors, ${state.inFlight} waiting`,
    );
  }, 5000);

  const poster = async (index) => {
    const token = people.tokens[index % people.tokens.length];
    const threadId = threads[index % threads.length];
    let n = 0;
    while (!stop.signal.aborted && now() < deadline && state.sent < opts.maxPosts) {
      state.sent++;
      state.inFlight++;
      const sentAt = now();
      const signal = AbortSignal.any([AbortSignal.timeout(opts.timeout * 1000), stop.signal]);
      const result = await createPost(api.url, token, threadId, `${prefix} p${index} n${n++}`, signal);
      const answeredAt = now();
      state.inFlight--;
      requests.push({ at: sentAt - start, ms: answeredAt - sentAt, ...result });
      // A timeout or an abandoned request is no sign of life; an error answer (UNAVAILABLE, ...) is.
      if (result.code !== 'CLIENT_TIMEOUT' && result.code !== 'ABANDONED') {
        state.answered++;
        state.lastAnswerAt = answeredAt;
        if (result.id) state.ok++;
      }
    }
  };
  await Promise.all(Array.from({ length: scenario.posters }, (_, i) => poster(i)));
  const end = now();
  clearInterval(watchdogTimer);
  clearInterval(progressTimer);
  stop.abort(Object.assign(new Error('done'), { name: 'StallAbort' }));
  await sampler;
  const cpuAfter = cpuSeconds(api.child.pid)?.tree;
  const stallAfter = pressure().cpuSome;

  // Afterwards: is the api still ready (and alive at all)?
  const readyAfter = await probe(api.url, '/health/ready', 5000);
  const liveAfter = await probe(api.url, '/health/live', 5000);

  // In PostgreSQL: every post answered with an id is there; posts there without a success answer were
  // committed after their request timed out or was abandoned.
  const ids = requests.filter((r) => r.id).map((r) => r.id);
  const [db] = await sql(
    api,
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE id = ANY($2::uuid[]))::int AS answered
       FROM posts WHERE thread_id = ANY($1::uuid[]) AND body LIKE $3`,
    [threads, ids, `${prefix} %`],
  );

  const seconds = (end - start) / 1000;
  const errors = {};
  for (const r of requests) if (r.code) errors[r.code] = (errors[r.code] ?? 0) + 1;
  const unanswered = (errors.CLIENT_TIMEOUT ?? 0) + (errors.ABANDONED ?? 0);
  const okTimes = requests.filter((r) => r.id).map((r) => r.at + r.ms);
  const apiCpuSeconds = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
  return {
    name: scenario.name,
    posters: scenario.posters,
    threads: scenario.threads,
    people: Math.min(scenario.posters, people.tokens.length),
    seconds: +seconds.toFixed(2),
    requests: requests.length,
    ok: ids.length,
    postsPerSecond: +(ids.length / seconds).toFixed(1),
    latencyMs: summarize(requests.filter((r) => r.id).map((r) => r.ms)),
    errorLatencyMs: summarize(requests.filter((r) => r.code).map((r) => r.ms)),
    errors,
    frozen: state.frozenAt !== undefined,
    // When frozen: what was answered, and when the last answer came (s from the start).
    lastAnswerS: okTimes.length ? +(Math.max(...okTimes) / 1000).toFixed(2) : null,
    frozenAfterS: state.frozenAt !== undefined ? +((state.frozenAt - start) / 1000).toFixed(2) : null,
    readyAfter,
    liveAfter,
    readinessDuring: {
      samples: readiness.length,
      failed: readiness.filter((r) => !r.ok).length,
      // Reported by the readiness of builds that have it (pool use); null otherwise.
      maxWaiting: readiness.some((r) => r.waiting !== undefined)
        ? Math.max(...readiness.map((r) => r.waiting ?? 0))
        : null,
    },
    database: {
      posts: db.total,
      answeredFound: db.answered,
      lost: ids.length - db.answered,
      committedWithoutAnswer: db.total - db.answered,
      // Equal to the successes, or above only by posts whose request timed out or was abandoned.
      ok: db.answered === ids.length && db.total - db.answered <= unanswered,
    },
    cpu: {
      // The api process and its descendants: with the embedded database, PostgreSQL too.
      apiTreeSeconds: apiCpuSeconds !== undefined ? +apiCpuSeconds.toFixed(2) : undefined,
      perPostMs:
        apiCpuSeconds !== undefined && ids.length ? +((apiCpuSeconds / ids.length) * 1000).toFixed(1) : undefined,
      // Share of the time some task on the machine waited for a CPU (Linux PSI).
      pressure: Number.isFinite(stallAfter - stallBefore)
        ? +((stallAfter - stallBefore) / 1e6 / seconds).toFixed(3)
        : undefined,
      load1,
    },
    requestsLog: requests.map(({ at, ms, code }) => [+at.toFixed(1), +ms.toFixed(1), code ?? null]),
  };
}

// ---- main ----

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const runId = stamp.toLowerCase();
const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(0) : '-');

function printTable(results) {
  const header = [
    'scenario',
    'pool',
    'posts',
    's',
    'posts/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'errors',
    'ready after',
    'db',
  ];
  const rows = results.map((r) => [
    `${r.posters} posters, ${r.threads} thread${r.threads > 1 ? 's' : ''}`,
    String(r.poolSize),
    String(r.ok),
    r.seconds.toFixed(1),
    r.postsPerSecond.toFixed(1),
    fmt(r.latencyMs.p50),
    fmt(r.latencyMs.p95),
    fmt(r.latencyMs.p99),
    fmt(r.latencyMs.max),
    Object.entries(r.errors)
      .map(([code, n]) => `${code} ${n}`)
      .join(', ') || '0',
    r.readyAfter.ok ? `yes (${fmt(r.readyAfter.ms)} ms)` : `NO (${r.readyAfter.error ?? r.readyAfter.status})`,
    r.database.ok ? `ok ${r.database.posts}` : `${r.database.lost} lost, ${r.database.posts} there`,
  ]);
  printColumns(header, rows);
}

let exitCode = 0;
try {
  checkBuild(opts.api, opts);
  const build = { root: API_ROOT, ...gitInfo(API_ROOT), distBuiltAt: statSync(opts.api).mtime.toISOString() };
  console.log(
    `contention: scenarios ${scenarios.map((s) => s.name).join(', ')} (posters x threads), ${opts.duration} s each, ` +
      `pool ${opts.poolSize ?? 'default'}, api ${build.commit?.slice(0, 7) ?? '?'}${build.apiSourcesChanged ? '+changes' : ''}, ` +
      `Node ${process.version}, ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(`starting the api (${opts.databaseUrl ? 'given PostgreSQL' : 'embedded PostgreSQL'}, demo data)...`);
  let api = await startApi();
  console.log(`  ready in ${(api.readyMs / 1000).toFixed(1)} s at ${api.url}`);
  const poolSize = Number(opts.poolSize ?? (await probe(api.url, '/health/ready', 5000)).body?.pool?.max ?? 10);

  const coordinator = await signIn(api.url, DEMO_POSTERS[0]);
  const workspace = await workingGroupWorkspace(api.url, coordinator, COORDINATION_COMMITTEE);
  let people = await preparePeople(api, workspace.id);
  console.log(
    `  ${people.tokens.length} people signed in in ${(people.signInMs / 1000).toFixed(1)} s; workspace ${workspace.name}`,
  );

  if (opts.warmup > 0) {
    // One after the other: warms the code paths without contention (and cannot freeze anything).
    const [threadId] = await createThreads(api, people.tokens[0], workspace.id, 1, 'warm-up');
    for (let i = 0; i < opts.warmup; i++) {
      const result = await createPost(
        api.url,
        people.tokens[i % people.tokens.length],
        threadId,
        `warm-up ${i}`,
        AbortSignal.timeout(opts.timeout * 1000),
      );
      if (!result.id) throw new Error(`warm-up post ${i} failed: ${result.code}`);
    }
  }

  const results = [];
  for (const scenario of scenarios) {
    if (!(await probe(api.url, '/health/ready', 5000)).ok) {
      // The previous scenario left the api frozen: start it again on the same data.
      console.log('  the api is not ready: restarting it on the same data');
      await stopApi(api);
      api = await startApi();
    }
    if (now() - people.signedInAt > 10 * 60_000) people = await preparePeople(api, workspace.id); // tokens last 15 min
    console.log(`scenario ${scenario.name}: ${scenario.posters} posters into ${scenario.threads} thread(s)...`);
    const result = { poolSize, ...(await runScenario(api, people, scenario, workspace.id)) };
    results.push(result);
    const errors =
      Object.entries(result.errors)
        .map(([code, n]) => `${code} ${n}`)
        .join(', ') || 'none';
    console.log(
      `  ${result.ok} posts in ${result.seconds} s = ${result.postsPerSecond}/s; errors: ${errors}` +
        (result.frozen
          ? `; FROZEN: no answer for ${opts.stall} s (last success at ${result.lastAnswerS ?? '-'} s)`
          : '') +
        `; ready after: ${result.readyAfter.ok ? 'yes' : `NO (${result.readyAfter.error ?? result.readyAfter.status})`}` +
        `, live after: ${result.liveAfter.ok ? 'yes' : `no (${result.liveAfter.error ?? result.liveAfter.status})`}`,
    );
  }

  console.log('');
  printTable(results);
  for (const r of results) {
    const d = r.database;
    console.log(
      `${r.name}: ${r.people} distinct people; readiness during the run failed ${r.readinessDuring.failed} of ` +
        `${r.readinessDuring.samples} times, at most ${r.readinessDuring.maxWaiting ?? '(not reported)'} requests waited for a connection; ` +
        `database: ${d.posts} posts, ${d.answeredFound} of ${r.ok} answered ones found (${d.lost} lost), ` +
        `${d.committedWithoutAnswer} committed without a success answer; ` +
        `${opts.databaseUrl ? 'api' : 'api + PostgreSQL'} CPU ${r.cpu.apiTreeSeconds ?? '-'} s (${r.cpu.perPostMs ?? '-'} ms/post), ` +
        `CPU pressure ${r.cpu.pressure === undefined ? '-' : `${(r.cpu.pressure * 100).toFixed(0)}%`}`,
    );
  }
  const problems = results.flatMap((r) => [
    ...(r.frozen ? [`${r.name}: the api froze`] : []),
    ...(r.readyAfter.ok ? [] : [`${r.name}: /health/ready did not answer afterwards`]),
    ...(r.database.ok ? [] : [`${r.name}: posts in the database do not match the successes`]),
  ]);
  console.log(
    problems.length ? `\nPROBLEMS: ${problems.join('; ')}` : '\nno freeze, ready after each scenario, no lost post',
  );
  if (problems.length) exitCode = 3;

  await mkdir(RESULTS, { recursive: true });
  const file = join(RESULTS, `contention-${stamp}.json`);
  await writeFile(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: {
          cpus: cpus().length,
          cpuModel: cpus()[0]?.model,
          memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
          node: process.version,
        },
        build,
        options: { ...opts, scenarios },
        people: people.tokens.length,
        problems,
        results,
      },
      null,
      2,
    ),
  );
  console.log(`wrote ${file}`);
} catch (error) {
  console.error(`contention benchmark failed: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);
