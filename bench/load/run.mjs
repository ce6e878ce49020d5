#!/usr/bin/env node
// How many concurrent, distinct people can the api and PostgreSQL serve on this machine within
// Mattermost's thresholds: p99 of reads < 1 s, p99 of post-to-delivery < 2 s, errors < 0.1 %, no
// process restarts, and fewer than 0.1 % of the step's people unable to sign in. Starts the built api
// (embedded PostgreSQL on a scratch or given DATA_DIR, or DATABASE_URL; --instances processes of it over
// Redis, people spread over them), seeds it with generated people if needed (seed.mjs), then adds people
// in steps (ramp, then steady), each person signing in, holding a Socket.IO connection and acting on
// open-loop timers with the web app's own GraphQL documents (people.mjs, in separate processes). Stops
// stepping up after the first step that breaks a threshold. Prints one row a step and writes
// bench/results/load-<ts>.json.
// See bench/README.md, section Load.
//
// Usage (after `npm run build`):
//   node bench/load/run.mjs [--people-steps=250,500,1000,1500,2000,2500] [--ramp-seconds=60]
//        [--steady-seconds=120] [--seed-people=10000] [--data-dir=DIR] [--database-url=URL]
//        [--read-interval=15-30] [--post-interval=180] [--instances=1] [--redis-url=URL] [--max-minutes=N]
//        [--allow-stale]
// Every option can also be given as LOAD_<NAME> in the environment (LOAD_PEOPLE_STEPS=...).
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import {
  checkBuild,
  embeddedDatabaseUrl,
  gitInfo,
  givenDatabaseEnv,
  renderPostsKeptWithoutHtml,
  repositoryOf,
  signIn,
  startApiInstances,
} from '../lib/api.mjs';
import {
  cleanup,
  cpuSeconds,
  exitGuards,
  exited,
  fail,
  now,
  onCleanup,
  optionReader,
  pressure,
  scratchDir,
  sleep,
} from '../lib/process.mjs';
import { printColumns, summarize } from '../lib/report.mjs';
import { LOAD_DOCUMENTS, LOAD_READS, webDocuments } from './documents.mjs';
import { Histogram } from './histogram.mjs';
import { memoryOf, postmasterPid, processTree, scrapeMetrics } from './resources.mjs';
import { emailOf, LOAD_DOMAIN, PEOPLE_PASSWORD, seed, seededPeople } from './seed.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const PEOPLE = new URL('./people.mjs', import.meta.url).pathname;
const RESULTS = join(ROOT, 'bench/results');

/**
 * Mattermost's thresholds for a load test to pass. The error rate also bounds the people who gave up
 * signing in: a step is judged on all its people, not only on those who got in.
 */
const THRESHOLDS = { readsP99Ms: 1000, deliveryP99Ms: 2000, errorRate: 0.001 };

// ---- options ----

const option = optionReader('LOAD');
function number(name, fallback, { min = 0, integer = false } = {}) {
  const value = Number(option(name, fallback));
  if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value)))
    fail(`--${name} must be a${integer ? 'n integer' : ' number'} of at least ${min}`);
  return value;
}
/** "15-30" (seconds, uniform) or "20" (both ends). */
function interval(name, fallback) {
  const [low, high = low] = String(option(name, fallback)).split('-').map(Number);
  if (!(low > 0 && high >= low)) fail(`--${name} must be seconds, MIN-MAX or one number`);
  return [low, high];
}
const peopleSteps = String(option('people-steps', '250,500,1000,1500,2000,2500'))
  .split(',')
  .map((step) => Number(step.trim()));
if (!peopleSteps.every((n, i) => Number.isInteger(n) && n > 0 && (i === 0 || n > peopleSteps[i - 1])))
  fail('--people-steps must be increasing positive integers, e.g. 250,500,1000');
const opts = {
  api: resolve(option('api', join(ROOT, 'apps/api/dist/main.js'))),
  peopleSteps,
  rampSeconds: number('ramp-seconds', 60, { min: 1 }),
  // Sign-ins a second at most: each costs the api about a third of a CPU second (argon2id), so a ramp
  // of many people is stretched (ramp = max(ramp-seconds, people joining / sign-in-rate)).
  signInRate: number('sign-in-rate', 1.5, { min: 0.1 }),
  steadySeconds: number('steady-seconds', 120, { min: 1 }),
  // After each steady period, time for the requests it sent to be answered (or time out) before counting.
  drainSeconds: number('drain-seconds', 32, { min: 0 }),
  // After the ramp, the steady period waits (at most this long) for the step's people to have signed in.
  settleSeconds: number('settle-seconds', 300, { min: 0 }),
  // Then a pause before the steady period, at least this long and until the api has worked off what the
  // ramp left queued (no request waiting for a database connection in two samples running), at most
  // settle-seconds: the steady period measures the step's people, not the sign-in storm before it.
  warmupSeconds: number('warmup-seconds', 30, { min: 0 }),
  seedPeople: number('seed-people', 10_000, { min: 50, integer: true }),
  dataDir: option('data-dir'),
  databaseUrl: option('database-url', process.env.DATABASE_URL),
  readSeconds: interval('read-interval', '15-30'),
  postSeconds: number('post-interval', 180, { min: 1 }), // mean; a reply or a reaction
  openSeconds: number('open-interval', 300, { min: 1 }), // mean; thread page + mark read
  triageSeconds: interval('triage-interval', '20-40'), // coordinators at the triage board
  clientProcesses: number('client-processes', 2, { min: 1, integer: true }),
  // api processes on the one database, over Redis (Socket.IO adapter), people spread evenly over them.
  instances: number('instances', 1, { min: 1, integer: true }),
  redisUrl: option('redis-url', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'),
  requestTimeoutSeconds: number('request-timeout', 30, { min: 1 }),
  // Sign-in waits its turn for the password check: a person waits longer than for a page, and an
  // abandoned attempt would still cost the api its check.
  signInTimeoutSeconds: number('sign-in-timeout', 120, { min: 1 }),
  sampleSeconds: number('sample-seconds', 5, { min: 1 }),
  allowStale: option('allow-stale', 'false') === 'true',
};
const rampSecondsOf = (joining) => Math.max(opts.rampSeconds, joining / opts.signInRate);
const plannedSeconds = peopleSteps.reduce(
  (sum, people, i) =>
    sum +
    rampSecondsOf(people - (peopleSteps[i - 1] ?? 0)) +
    opts.settleSeconds / 2 +
    opts.warmupSeconds +
    opts.steadySeconds +
    opts.drainSeconds,
  0,
);
opts.maxMinutes = number('max-minutes', Math.ceil(15 + (1.3 * plannedSeconds) / 60), { min: 1 });
if (peopleSteps.at(-1) > opts.seedPeople) fail('--seed-people must be at least the largest step');

checkBuild(opts.api, { allowStale: opts.allowStale });
const watchdog = exitGuards('load benchmark', opts.maxMinutes);
const log = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

// ---- the people processes ----

/** Next IPC message of `type` from a forked child, bounded. */
function nextMessage(child, type, ms) {
  return new Promise((done, reject) => {
    const timer = setTimeout(() => finish(new Error(`no '${type}' from child ${child.pid} within ${ms} ms`)), ms);
    const onMessage = (message) => {
      if (message?.type === type) finish(null, message);
      else if (message?.type === 'error') finish(new Error(`child ${child.pid}: ${message.message}`));
    };
    const onExit = (code) => finish(new Error(`child ${child.pid} exited (${code}) before '${type}'`));
    function finish(error, message) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else done(message);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** The offset of the child's clock from ours (child - parent), from the IPC round trip with the least delay. */
async function clockOffset(child) {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 30; i++) {
    const t0 = now();
    child.send({ type: 'clock', t0 });
    const { t1 } = await nextMessage(child, 'clock', 5000);
    const t2 = now();
    if (t2 - t0 < best.rtt) best = { rtt: t2 - t0, offset: t1 - (t0 + t2) / 2 };
  }
  return best;
}

function forkPeople() {
  const child = fork(PEOPLE, [], {
    env: { PATH: process.env.PATH ?? '', LOAD_CHILD_MAX_MS: String(opts.maxMinutes * 60_000 + 60_000) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  onCleanup(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (child.connected) child.send({ type: 'close' });
    if (!(await exited(child, 10_000))) {
      child.kill('SIGKILL');
      await exited(child, 2000);
    }
  });
  return child;
}

async function ask(shards, message, answerType, ms = 60_000) {
  return Promise.all(
    shards.map((shard) => {
      const answer = nextMessage(shard.child, answerType, ms);
      shard.child.send(message);
      return answer;
    }),
  );
}

// ---- figures ----

const ms = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en') : '–');
const percent = (value, digits = 0) => (Number.isFinite(value) ? `${(value * 100).toFixed(digits)}%` : '–');
const mib = (value) => (Number.isFinite(value) ? `${Math.round(value)} MiB` : '–');
const add = (into, from) => {
  for (const [key, value] of Object.entries(from ?? {})) into[key] = (into[key] ?? 0) + value;
  return into;
};
const total = (map) => Object.values(map ?? {}).reduce((sum, value) => sum + value, 0);

/** One bucket of every people process, merged: ops by name, deliveries, socket events. */
function merge(collected) {
  const ops = {};
  const deliveries = new Histogram();
  const socket = { connected: 0, connectErrors: {}, disconnects: {}, serverEvents: {} };
  let unmatchedReceipts = 0;
  const clientFailures = {};
  const loops = [];
  for (const part of collected) {
    for (const [name, op] of Object.entries(part.ops)) {
      const into = (ops[name] ??= { ms: [], graphql: {}, transport: {} });
      for (const value of op.ms) into.ms.push(value);
      add(into.graphql, op.graphql);
      add(into.transport, op.transport);
    }
    deliveries.merge(Histogram.fromJSON(part.deliveries));
    socket.connected += part.socket.connected;
    add(socket.connectErrors, part.socket.connectErrors);
    add(socket.disconnects, part.socket.disconnects);
    add(socket.serverEvents, part.socket.serverEvents);
    unmatchedReceipts += part.unmatchedReceipts;
    add(clientFailures, part.clientFailures);
    if (part.loop) loops.push(part.loop);
  }
  return { ops, deliveries, socket, unmatchedReceipts, clientFailures, loops };
}

/** CPU and pressure now, for the differences over a window. */
function snapshot(processes) {
  const cpu = {};
  for (const [name, { pid, tree }] of Object.entries(processes)) {
    const seconds = pid ? cpuSeconds(pid) : undefined;
    cpu[name] = seconds ? (tree ? seconds.tree : seconds.own) : undefined;
  }
  return { at: now(), cpu, pressure: pressure() };
}

/** Per process: CPU in % of one core (top's way: the machine's 2 cores make 200%); CPU wait (PSI). */
function windowUse(from, to) {
  const seconds = (to.at - from.at) / 1000;
  const cpu = {};
  for (const name of Object.keys(to.cpu)) {
    const used = to.cpu[name] - from.cpu[name];
    cpu[name] = Number.isFinite(used) ? used / seconds : undefined;
  }
  const cpuWait = (to.pressure.cpuSome - from.pressure.cpuSome) / 1e6 / seconds;
  return { seconds, cpu, cpuWait };
}

/** The samples taken within [from, to]: peak memory, the api's pool waits and event-loop lag, its own timing. */
function windowSamples(samples, from, to) {
  const inside = samples.filter((s) => s.at >= from && s.at <= to);
  const max = (pick) => Math.max(...inside.map(pick).filter(Number.isFinite));
  const mean = (pick) => {
    const values = inside.map(pick).filter(Number.isFinite);
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
  };
  // The api's own time per GraphQL operation: the difference of its histogram's sum and count.
  const first = inside.find((s) => s.operations);
  const last = inside.findLast((s) => s.operations);
  const serverMs = {};
  if (first && last && first !== last)
    for (const [name, end] of Object.entries(last.operations)) {
      const start = first.operations[name] ?? { sum: 0, count: 0 };
      const count = end.count - start.count;
      if (count > 0) serverMs[name] = { count, meanMs: ((end.sum - start.sum) / count) * 1000 };
    }
  // Mean number of the api's database connections in each state (active on CPU, waiting on a lock, idle...).
  const databaseConnections = {};
  for (const sample of inside)
    for (const [state, count] of Object.entries(sample.database?.byState ?? {}))
      databaseConnections[state] = (databaseConnections[state] ?? 0) + count / inside.length;
  return {
    samples: inside.length,
    databaseConnections,
    apiRssMiB: max((s) => s.memory.api?.rss),
    postgresPssMiB: max((s) => s.memory.postgres?.pss),
    postgresRssMiB: max((s) => s.memory.postgres?.rss),
    clientsRssMiB: max((s) => s.memory.clients?.rss),
    poolWaitingMax: max((s) => s.api?.poolWaiting),
    poolWaitingMean: mean((s) => s.api?.poolWaiting),
    apiLoopLagP99MaxMs: max((s) => s.api?.loopLagP99Ms),
    apiLoopLagP99MeanMs: mean((s) => s.api?.loopLagP99Ms),
    socketsConnected: last?.api?.socketsConnected,
    serverMs,
  };
}

/** The figures of one step's steady period, and whether each threshold held. */
function stepResult({ people, merged, use, inside, status, apiExit }) {
  const perOperation = {};
  const readLatencies = [];
  let requests = 0;
  let graphqlErrors = 0;
  let transportErrors = 0;
  for (const [name, op] of Object.entries(merged.ops)) {
    const graphql = total(op.graphql);
    const transport = total(op.transport);
    requests += op.ms.length + transport;
    graphqlErrors += graphql;
    transportErrors += transport;
    if (LOAD_READS.has(name)) for (const value of op.ms) readLatencies.push(value);
    perOperation[name] = {
      read: LOAD_READS.has(name),
      ...summarize(op.ms),
      graphqlErrors: op.graphql,
      transportErrors: op.transport,
      serverMeanMs: inside.serverMs[name]?.meanMs,
    };
  }
  const socketConnectErrors = total(merged.socket.connectErrors);
  const socketDisconnects = total(merged.socket.disconnects);
  const attempts = requests + merged.socket.connected + socketConnectErrors;
  const errors = graphqlErrors + transportErrors + socketConnectErrors + socketDisconnects;
  const reads = summarize(readLatencies);
  const deliveries = merged.deliveries.summary();
  const errorRate = attempts ? errors / attempts : 0;
  const holds = {
    reads: reads.count > 0 && reads.p99 < THRESHOLDS.readsP99Ms,
    // A step without a post (a very short one) says nothing about delivery: not held against it.
    delivery: deliveries.count === 0 || deliveries.p99 < THRESHOLDS.deliveryP99Ms,
    errors: errorRate < THRESHOLDS.errorRate,
    signedIn: status !== undefined && (people - status.states.active) / people < THRESHOLDS.errorRate,
    restarts: !apiExit,
  };
  return {
    people,
    active: status,
    reads,
    deliveries,
    requests,
    errors: {
      rate: errorRate,
      graphql: graphqlErrors,
      transport: transportErrors,
      socketConnectErrors,
      socketDisconnects,
    },
    socket: merged.socket,
    unmatchedReceipts: merged.unmatchedReceipts,
    clientFailures: merged.clientFailures,
    clientLoopDelay: merged.loops,
    cpu: use.cpu,
    cpuWait: use.cpuWait,
    seconds: use.seconds,
    ...inside,
    perOperation,
    holds,
    held: Object.values(holds).every(Boolean),
  };
}

const TABLE_HEADER = [
  'people',
  'active',
  'reads p99',
  'delivery p99',
  'errors',
  'api CPU',
  'PG CPU',
  'clients CPU',
  'api RSS',
  'PG PSS',
  'CPU wait',
  'reads<1s',
  'delivery<2s',
  'errors<0.1%',
  'signed in',
  'no restart',
];
const yesNo = (value) => (value ? 'yes' : 'NO');
const tableRow = (r) => [
  r.people.toLocaleString('en'),
  (r.active?.states.active ?? NaN).toLocaleString('en'),
  `${ms(r.reads.p99)} ms`,
  `${ms(r.deliveries.p99)} ms`,
  percent(r.errors.rate, 3),
  percent(r.cpu.api),
  percent(r.cpu.postgres),
  percent(r.cpu.clients),
  mib(r.apiRssMiB),
  mib(r.postgresPssMiB),
  percent(r.cpuWait),
  yesNo(r.holds.reads),
  yesNo(r.holds.delivery),
  yesNo(r.holds.errors),
  yesNo(r.holds.signedIn),
  yesNo(r.holds.restarts),
];

function printOperations(result) {
  const rows = Object.entries(result.perOperation)
    .sort((a, b) => b[1].p99 - a[1].p99)
    .map(([name, op]) => [
      `${name}${op.read ? '' : ' (write)'}`,
      op.count.toLocaleString('en'),
      ms(op.p50),
      ms(op.p95),
      ms(op.p99),
      ms(op.max),
      ms(op.serverMeanMs),
      String(total(op.graphqlErrors) + total(op.transportErrors)),
    ]);
  printColumns(['operation', 'count', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'api mean ms', 'errors'], rows);
}

// ---- the run ----

let exitCode = 0;
const started = now();
const samples = [];
const results = [];
const rampResults = [];
let census;
let seeding;
let apiExit;
let stopping = false;
try {
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : await scratchDir('ctcp-bench-load-');
  if (opts.dataDir) mkdirSync(dataDir, { recursive: true });
  const metricsToken = randomBytes(32).toString('base64url');
  const apis = await startApiInstances({
    main: opts.api,
    dataDir,
    count: opts.instances,
    redisUrl: opts.instances > 1 ? opts.redisUrl : undefined,
    env: {
      METRICS_TOKEN: metricsToken, // GET /metrics: the api's pool waits, event-loop lag and own timings
      ...givenDatabaseEnv(opts.databaseUrl),
    },
  });
  for (const api of apis)
    api.child.once('exit', (code, signal) => {
      if (!stopping)
        apiExit = { url: api.url, code, signal, at: new Date().toISOString(), stderr: api.stderr.slice(-4000) };
    });
  onCleanup(async () => {
    stopping = true;
  });
  for (const api of apis) log(`api ready in ${(api.readyMs / 1000).toFixed(1)} s (${api.url}, pid ${api.child.pid})`);
  const apiPids = apis.map((api) => api.child.pid);
  const databaseUrl = opts.databaseUrl ?? embeddedDatabaseUrl(dataDir);

  // ---- people in the database ----
  const existing = await seededPeople(databaseUrl);
  if (existing === 0) {
    log(`seeding ${opts.seedPeople.toLocaleString('en')} people`);
    seeding = await seed(databaseUrl, { people: opts.seedPeople }, log);
    census = seeding.census;
    log(`seeded in ${seeding.seconds.toFixed(0)} s: ${JSON.stringify(census)}`);
  } else if (existing < peopleSteps.at(-1)) {
    throw new Error(
      `${dataDir} has ${existing} people @${LOAD_DOMAIN}, fewer than the largest step: use another --data-dir`,
    );
  } else {
    log(`reusing the ${existing.toLocaleString('en')} people @${LOAD_DOMAIN} of the database`);
  }
  const renderSeconds = await renderPostsKeptWithoutHtml(databaseUrl, log);
  if (renderSeconds > 0) log(`posts' HTML rendered by the api in ${renderSeconds.toFixed(0)} s`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const everyone = (
    await client.query(
      `SELECT email, role, substring(email from '^person([0-9]+)@')::int AS n FROM users
        WHERE email LIKE $1 ORDER BY n`,
      [`%@${LOAD_DOMAIN}`],
    )
  ).rows;
  const database = (
    await client.query(
      `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM workspaces)::int AS workspaces,
              (SELECT count(*) FROM threads)::int AS threads, (SELECT count(*) FROM posts)::int AS posts,
              (SELECT count(*) FROM notifications)::int AS notifications,
              (SELECT count(*) FROM assistance_requests)::int AS requests,
              pg_size_pretty(pg_database_size(current_database())) AS size, version() AS postgres`,
    )
  ).rows[0];
  await client.end();
  log(`database: ${JSON.stringify(database)}`);
  // The bench's password opens the generated accounts (the api was started with the same DEMO_PASSWORD).
  await signIn(apis[0].url, emailOf(0)).catch((error) => {
    throw new Error(`${emailOf(0)} cannot sign in with the bench's password (${error.message})`);
  });

  // ---- the people processes ----
  const documents = webDocuments(ROOT, LOAD_DOCUMENTS);
  const shards = [];
  for (let i = 0; i < opts.clientProcesses; i++) {
    const child = forkPeople();
    child.send({
      type: 'init',
      urls: apis.map((api) => api.url),
      documents,
      options: {
        password: PEOPLE_PASSWORD,
        readSeconds: opts.readSeconds,
        postSeconds: opts.postSeconds,
        openSeconds: opts.openSeconds,
        triageSeconds: opts.triageSeconds,
        requestTimeoutMs: opts.requestTimeoutSeconds * 1000,
        signInTimeoutMs: opts.signInTimeoutSeconds * 1000,
      },
    });
    shards.push({ child, clock: await clockOffset(child) });
  }
  log(`${shards.length} people processes, clock offsets ${shards.map((s) => s.clock.offset.toFixed(3)).join(', ')} ms`);
  // A post's send time goes to the other processes, in their clock, so they can match their receipts.
  for (const from of shards)
    from.child.on('message', (message) => {
      if (message?.type !== 'sent') return;
      const at = message.at - from.clock.offset;
      for (const to of shards)
        if (to !== from && to.child.connected)
          to.child.send({ type: 'sent', postId: message.postId, at: at + to.clock.offset, bucket: message.bucket });
    });

  // ---- sampling: CPU, memory, pressure, the api's metrics ----
  const pgPid = opts.databaseUrl ? undefined : postmasterPid(dataDir);
  const processes = {
    ...Object.fromEntries(apis.map((api, i) => [`api${i + 1}`, { pid: api.child.pid }])),
    postgres: { pid: pgPid, tree: true },
    orchestrator: { pid: process.pid },
    ...Object.fromEntries(shards.map((s, i) => [`people${i + 1}`, { pid: s.child.pid }])),
  };
  const measure = () => {
    const taken = snapshot(processes);
    taken.cpu.clients = shards.reduce((sum, _s, i) => sum + (taken.cpu[`people${i + 1}`] ?? NaN), 0);
    taken.cpu.api = apis.reduce((sum, _a, i) => sum + (taken.cpu[`api${i + 1}`] ?? NaN), 0);
    return taken;
  };
  // What the api's database connections are doing: by state and wait event, and the longest-running statements.
  const activity = new pg.Client({ connectionString: databaseUrl, application_name: 'ctcp-bench-load' });
  await activity.connect();
  onCleanup(() => activity.end());
  const databaseActivity = async () => {
    const { rows } = await activity.query(
      `SELECT state, wait_event_type, wait_event, extract(epoch FROM now() - query_start) * 1000 AS ms,
              left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query
         FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    );
    const byState = {};
    for (const row of rows) {
      const key =
        row.state === 'active'
          ? `active ${row.wait_event_type ? `${row.wait_event_type}:${row.wait_event}` : 'on CPU'}`
          : row.state;
      byState[key] = (byState[key] ?? 0) + 1;
    }
    const longest = rows
      .filter((row) => row.state !== 'idle')
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((row) => ({ ms: Math.round(row.ms), state: row.state, query: row.query }));
    return { connections: rows.length, byState, longest };
  };
  let bucket = 'start';
  const sampler = setInterval(async () => {
    const sample = {
      at: now(),
      bucket,
      memory: {
        api: memoryOf(apiPids),
        postgres: pgPid ? memoryOf(processTree(pgPid)) : undefined,
        clients: memoryOf(shards.map((s) => s.child.pid)),
      },
      loadavg: loadavg()[0],
    };
    sample.database = await databaseActivity().catch((error) => ({ error: error.message }));
    // Every instance's figures, or none (a partial sum would read as a drop): counts and sums add up,
    // the event-loop lag is the worst instance's.
    const scraped = await Promise.all(apis.map((api) => scrapeMetrics(api.url, metricsToken)));
    if (scraped.every(Boolean)) {
      const sum = (pick) => scraped.reduce((total, metrics) => total + pick(metrics), 0);
      sample.api = {
        poolWaiting: sum((metrics) => metrics['ctcp_db_pool_connections{state="waiting"}']),
        loopLagP99Ms: Math.max(...scraped.map((metrics) => metrics.ctcp_nodejs_eventloop_lag_p99_seconds * 1000)),
        socketsConnected: sum((metrics) => metrics.ctcp_sockets_connected),
        heapMiB: sum((metrics) => metrics.ctcp_nodejs_heap_size_used_bytes) / 2 ** 20,
      };
      sample.operations = {};
      for (const metrics of scraped)
        for (const [key, value] of Object.entries(metrics)) {
          const found = key.match(/^ctcp_graphql_operation_duration_seconds_(sum|count)\{(.*)\}$/);
          if (!found) continue;
          const name = found[2].match(/(?:operation|name)="([^"]*)"/)?.[1] ?? found[2];
          (sample.operations[name] ??= { sum: 0, count: 0 })[found[1]] += value;
        }
    }
    samples.push(sample);
  }, opts.sampleSeconds * 1000);
  onCleanup(async () => clearInterval(sampler));
  const setBucket = (name) => {
    bucket = name;
    for (const shard of shards) if (shard.child.connected) shard.child.send({ type: 'bucket', bucket: name });
  };
  const collect = async (name) => merge(await ask(shards, { type: 'collect', bucket: name }, 'collected'));
  const statusOf = async () => {
    const answers = await ask(shards, { type: 'status' }, 'status', 10_000);
    return {
      people: answers.reduce((sum, a) => sum + a.people, 0),
      states: answers.reduce((states, a) => add(states, a.states), {}),
      socketsConnected: answers.reduce((sum, a) => sum + a.socketsConnected, 0),
    };
  };
  const waitOrApiExit = async (seconds) => {
    const until = now() + seconds * 1000;
    while (now() < until && !apiExit) await sleep(Math.min(1000, until - now()));
  };

  // ---- the steps ----
  log(
    `steps ${peopleSteps.join(', ')}; each a ramp (at least ${opts.rampSeconds} s, at most ${opts.signInRate} sign-ins/s) + ${opts.steadySeconds} s steady + ${opts.drainSeconds} s drain`,
  );
  let connected = 0;
  for (const [index, people] of peopleSteps.entries()) {
    const joining = everyone.slice(connected, people);
    connected = people;
    const rampSeconds = rampSecondsOf(joining.length);
    setBucket(`${index}:ramp`);
    const rampFrom = measure();
    shards.forEach((shard, i) =>
      shard.child.send({
        type: 'add',
        people: joining.filter((_, k) => k % shards.length === i),
        rampMs: rampSeconds * 1000,
      }),
    );
    log(
      `step ${index + 1}: ${people.toLocaleString('en')} people (${joining.length} signing in over ${Math.round(rampSeconds)} s)`,
    );
    await waitOrApiExit(rampSeconds);
    // Sign-ins the api could not keep up with stay in the ramp: the steady period measures people at work.
    const settleUntil = now() + opts.settleSeconds * 1000;
    let settled = await statusOf();
    while (now() < settleUntil && !apiExit && (settled.states['signing in'] ?? 0) + (settled.states.waiting ?? 0) > 0) {
      await sleep(2000);
      settled = await statusOf();
    }
    const settleSeconds = (now() - settleUntil) / 1000 + opts.settleSeconds;
    await waitOrApiExit(opts.warmupSeconds);
    const warmupUntil = now() + opts.settleSeconds * 1000;
    while (now() < warmupUntil && !apiExit && samples.slice(-2).some((sample) => sample.api?.poolWaiting !== 0))
      await sleep(1000);
    const warmupSeconds = opts.warmupSeconds + (now() - warmupUntil) / 1000 + opts.settleSeconds;
    setBucket(`${index}:steady`);
    const steadyFrom = measure();
    const rampUse = windowUse(rampFrom, steadyFrom);
    log(
      `  ramp over (${settleSeconds.toFixed(0)} s more for sign-ins to finish, then ${warmupSeconds.toFixed(0)} s for the api's queue): ${JSON.stringify(settled)}`,
    );
    await waitOrApiExit(opts.steadySeconds);
    const steadyTo = measure();
    const status = await statusOf().catch(() => undefined);
    setBucket(`${index}:drain`);
    log(`  steady over; draining ${opts.drainSeconds} s`);
    await waitOrApiExit(opts.drainSeconds);
    if (index > 0) await collect(`${index - 1}:drain`); // free it; not reported
    const ramp = await collect(`${index}:ramp`);
    const steady = await collect(`${index}:steady`);
    const signIns = summarize(ramp.ops.SignIn?.ms ?? []);
    rampResults.push({
      people,
      rampSeconds,
      signIn: { ...signIns, graphqlErrors: ramp.ops.SignIn?.graphql, transportErrors: ramp.ops.SignIn?.transport },
      settleSeconds,
      warmupSeconds,
      cpu: rampUse.cpu,
      cpuWait: rampUse.cpuWait,
    });
    const result = stepResult({
      people,
      merged: steady,
      use: windowUse(steadyFrom, steadyTo),
      inside: windowSamples(samples, steadyFrom.at, steadyTo.at),
      status,
      apiExit,
    });
    results.push(result);
    log(`  sign-in during the ramp: p50 ${ms(signIns.p50)} ms, p99 ${ms(signIns.p99)} ms (${signIns.count})`);
    printColumns(TABLE_HEADER, [tableRow(result)]);
    if (!result.held) {
      log(`step ${index + 1} (${people} people) breaks: ${JSON.stringify(result.holds)}`);
      break;
    }
  }

  // ---- report ----
  const leftovers = (await ask(shards, { type: 'collectAll' }, 'collectedAll').catch(() => [])).flatMap(
    (a) => a.buckets,
  );
  const late = {};
  for (const part of leftovers)
    for (const [name, op] of Object.entries(part.ops))
      if (!part.bucket.endsWith(':drain')) late[`${part.bucket} ${name}`] = op.ms.length + total(op.transport);
  stopping = true;
  await cleanup();
  clearInterval(sampler);

  // Stepping stops at the first step that breaks: the steps that held are the first ones.
  const largestHeld = results.filter((r) => r.held).at(-1);
  console.log(
    `\nLoad: ${results.length} steps, thresholds: reads p99 < 1 s, delivery p99 < 2 s, errors < 0.1 %, fewer than 0.1 % of people not signed in, no restart`,
  );
  console.log('CPU in % of one core (2 cores = 200%); PG PSS: PostgreSQL processes, shared memory counted once\n');
  printColumns(TABLE_HEADER, results.map(tableRow));
  console.log(
    `\nlargest number of people that held: ${largestHeld ? largestHeld.people.toLocaleString('en') : 'none'}` +
      (results.length && !results.at(-1).held
        ? ` (broke at ${results.at(-1).people.toLocaleString('en')})`
        : ' (every step held)'),
  );
  if (apiExit) console.log(`the api exited: ${JSON.stringify(apiExit)}`);
  for (const result of results.slice(-2)) {
    console.log(`\n${result.people.toLocaleString('en')} people, steady ${Math.round(result.seconds)} s: by operation`);
    printOperations(result);
    console.log(
      `deliveries ${result.deliveries.count.toLocaleString('en')} (p50 ${ms(result.deliveries.p50)} / p95 ${ms(result.deliveries.p95)} / p99 ${ms(result.deliveries.p99)} / max ${ms(result.deliveries.max)} ms); ` +
        `errors ${JSON.stringify(result.errors)}; api pool waiting max ${result.poolWaitingMax}, api event-loop lag p99 up to ${ms(result.apiLoopLagP99MaxMs)} ms; ` +
        `clients' event-loop delay p99 ${result.clientLoopDelay.map((l) => ms(l.p99)).join(' / ')} ms`,
    );
    console.log(
      `database connections (mean): ${Object.entries(result.databaseConnections)
        .map(([state, count]) => `${state} ${count.toFixed(1)}`)
        .join(', ')}`,
    );
  }

  const file = join(RESULTS, `load-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  if (!existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify({
      at: new Date().toISOString(),
      options: { ...opts, databaseUrl: opts.databaseUrl ? '(given)' : undefined },
      thresholds: THRESHOLDS,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGiB: totalmem() / 2 ** 30,
        node: process.version,
      },
      git: gitInfo(repositoryOf(opts.api)),
      database,
      seeding,
      steps: results,
      ramps: rampResults,
      largestHeld: largestHeld?.people ?? null,
      apiExit,
      lateAnswers: late,
      samples,
      totalSeconds: (now() - started) / 1000,
    }),
  );
  console.log(`\nwrote ${file}`);
} catch (error) {
  console.error(`load benchmark failed: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  stopping = true;
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);
