#!/usr/bin/env node
// Fan-out of `post.created`: N Socket.IO clients (members of one workspace) and M posts made through
// GraphQL `createPost`; latency from the moment the mutation is sent to each socket's receipt, p50/p95/
// p99/max. In the same run, the baseline: a bare Socket.IO server emitting the same payload to the same
// number of clients, triggered by an HTTP POST at the same rate. The posts go in interleaved rounds
// (CTCP, baseline, baseline, CTCP, ...) so both see the same background load. Prints both and the p99
// ratio, and writes bench/results/fanout-<timestamp>.json. See the "Fan-out" section of bench/README.md.
// With --instances=N, N api processes on one database and a Redis (the Socket.IO adapter) against N bare
// servers with the same adapter: the sockets spread evenly over the N, the posts sent to each in turn.
//
// Usage (after `npm run build`, which produces apps/api/dist/main.js):
//   node bench/fanout/run.mjs [--sockets=1000] [--posts=50] [--rate=5] [--rounds=5] [--warmup=10]
//                             [--batch=50] [--sessions=4] [--timeout=10] [--only=ctcp|baseline] [--profile]
//                             [--instances=1] [--redis-url=redis://127.0.0.1:6379] [--clients=1]
//                             [--allow-stale] [--max-minutes=15]
// Each option can also be given as an environment variable: FANOUT_SOCKETS=1000, FANOUT_POSTS=50, ...
// Loopback only; every wait is bounded and the whole run stops itself after --max-minutes (default 15).
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  CREATE_POST,
  checkBuild,
  cpuProfileFlags,
  createThread,
  gitInfo,
  gql,
  signIn,
  startApiInstances,
  workingGroupWorkspace,
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

const ROOT = new URL('../../', import.meta.url).pathname;
const MAIN = join(ROOT, 'apps/api/dist/main.js');
const CLIENTS = new URL('./clients.mjs', import.meta.url).pathname;
const BARE_SERVER = new URL('./bare-server.mjs', import.meta.url).pathname;
const RESULTS = join(ROOT, 'bench/results');
const MEMBERS = ['member@unodc.example', 'member@interpol.example']; // both organizations are in BMLE
const WORKING_GROUP = 'BMLE';

// ---- options ----

const option = optionReader('FANOUT');
function positive(name, fallback, { max = Infinity, integer = true } = {}) {
  const value = Number(option(name, fallback));
  if (!Number.isFinite(value) || value <= 0 || value > max || (integer && !Number.isInteger(value)))
    fail(`--${name} must be a positive ${integer ? 'integer' : 'number'} (at most ${max})`);
  return value;
}
const opts = {
  sockets: positive('sockets', 1000, { max: 20_000 }),
  posts: positive('posts', 50, { max: 10_000 }),
  rate: positive('rate', 5, { max: 1000, integer: false }), // posts per second
  warmup: Number(option('warmup', 10)), // posts per target before measuring, not counted (0 allowed)
  rounds: positive('rounds', 5, { max: 1000 }), // the posts are split in rounds, CTCP and baseline in turn
  batch: positive('batch', 50, { max: 1000 }), // sockets opened at a time
  sessions: positive('sessions', 4, { max: 20 }), // sign-ins per demo member, sockets spread over them
  timeout: positive('timeout', 10, { max: 120, integer: false }), // s to wait for receipts after the last send
  only: option('only', 'both'),
  profile: option('profile', 'false') === 'true', // --cpu-prof the api during the CTCP phase
  instances: positive('instances', 1, { max: 8 }), // api processes, and bare servers, sockets spread over them
  clients: positive('clients', 1, { max: 8 }), // client processes per target, sockets split among them
  allowStale: option('allow-stale', 'false') === 'true',
  maxMinutes: positive('max-minutes', 15, { max: 120, integer: false }),
};
if (!Number.isInteger(opts.warmup) || opts.warmup < 0 || opts.warmup > 100)
  fail('--warmup must be an integer from 0 to 100');
if (opts.sockets * opts.posts > 5_000_000)
  fail('--sockets x --posts must stay at most 5,000,000 (every latency is kept in memory)');
if (!['both', 'ctcp', 'baseline'].includes(opts.only)) fail('--only must be ctcp or baseline');
// Several servers share their rooms through Redis; one server uses it only if asked.
opts.redisUrl = option('redis-url', opts.instances > 1 ? 'redis://127.0.0.1:6379' : undefined);
if (opts.profile && opts.instances > 1) fail('--profile takes one instance');
// The goals: within 1.25x of bare Socket.IO on one instance, 1.5x spread over several.
const GOAL = opts.instances > 1 ? 1.5 : 1.25;

const watchdog = exitGuards('fan-out benchmark', opts.maxMinutes);

// ---- forked children: the clients and the bare server ----

/** Next IPC message of `type` from a forked child, bounded. */
function nextMessage(child, type, ms) {
  return new Promise((resolve, reject) => {
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
      else resolve(message);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

function forkChild(path, env = {}, execArgv = []) {
  const child = fork(path, [], {
    execArgv,
    env: { PATH: process.env.PATH ?? '', FANOUT_CHILD_MAX_MS: String(opts.maxMinutes * 60_000 + 60_000), ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  onCleanup(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (child.connected) child.send({ type: 'close' });
    if (!(await exited(child, 5000))) {
      child.kill('SIGKILL');
      await exited(child, 2000);
    }
  });
  return child;
}

// ---- measurement, common to both targets ----

/** CPU seconds of each group of processes (name -> pids), summed over the group. */
const cpuSample = (pids) =>
  Object.fromEntries(
    Object.entries(pids).map(([name, group]) => {
      const samples = group.map(cpuSeconds);
      if (samples.some((sample) => !sample)) return [name, undefined];
      return [name, { own: samples.reduce((n, c) => n + c.own, 0), tree: samples.reduce((n, c) => n + c.tree, 0) }];
    }),
  );
function addCpu(into, before, after) {
  for (const name of Object.keys(after)) {
    if (!before[name] || !after[name]) continue;
    into[name] ??= { own: 0, children: 0 };
    into[name].own += after[name].own - before[name].own;
    // The orchestrator's children are the other processes: count only its own time.
    if (name !== 'orchestrator')
      into[name].children += after[name].tree - after[name].own - (before[name].tree - before[name].own);
  }
}

const pressureDelta = (before, after) =>
  Object.fromEntries(Object.keys(after).map((key) => [`${key}Ms`, +((after[key] - before[key]) / 1000).toFixed(0)]));

/** Offset of the child's clock from ours (child - parent), from the IPC round trip with the least delay. */
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

/** Forks the --clients processes of `target`; they open its sockets, numbered across them, at once. */
async function openClients(target) {
  const shares = split(opts.sockets, opts.clients);
  target.clients = shares.map(() => forkChild(CLIENTS));
  target.clocks = [];
  for (const child of target.clients) target.clocks.push(await clockOffset(child));
  const connectTimeout = 60_000 + Math.ceil(Math.max(...shares) / opts.batch) * 25_000;
  const results = await Promise.all(
    target.clients.map((child, index) => {
      child.send({
        type: 'connect',
        urls: target.urls,
        tokens: target.tokens,
        first: shares.slice(0, index).reduce((n, share) => n + share, 0),
        sockets: shares[index],
        batch: opts.batch,
        timeoutMs: 20_000,
      });
      return nextMessage(child, 'connected', connectTimeout);
    }),
  );
  target.connectedBy = results.map((result) => result.ok);
  const connected = {
    ok: results.reduce((n, r) => n + r.ok, 0),
    failed: results.reduce((n, r) => n + r.failed, 0),
    errors: {},
    ms: Math.max(...results.map((r) => r.ms)),
  };
  for (const result of results)
    for (const [error, count] of Object.entries(result.errors))
      connected.errors[error] = (connected.errors[error] ?? 0) + count;
  if (connected.failed > 0)
    console.warn(
      `  ${target.name}: ${connected.failed} sockets failed to connect: ${JSON.stringify(connected.errors)}`,
    );
  if (connected.ok === 0) throw new Error(`${target.name}: no socket connected`);
  console.log(
    `  ${target.name}: ${connected.ok} sockets connected to ${target.urls.length} server(s) ` +
      `from ${target.clients.length} client process(es) in ${(connected.ms / 1000).toFixed(1)} s`,
  );
  target.connected = connected;
}

/**
 * Sends `count` triggers at `rate` per second (open loop: the schedule does not wait for answers),
 * each through `trigger(label)`, which resolves to the postId. Records send and answer times.
 */
async function drive(target, count, labelPrefix) {
  const interval = 1000 / opts.rate;
  const sends = [];
  const start = now() + 20;
  for (let i = 0; i < count; i++) {
    const wait = start + i * interval - now();
    if (wait > 0) await sleep(wait);
    const record = { sentAt: now() };
    record.done = target.trigger(`${labelPrefix}-${i}`).then(
      (postId) => {
        record.answeredAt = now();
        record.postId = postId;
      },
      (error) => {
        record.answeredAt = now();
        record.error = String(error?.message ?? error);
      },
    );
    sends.push(record);
  }
  await Promise.race([Promise.all(sends.map((s) => s.done)), sleep(30_000)]);
  const failed = sends.filter((s) => s.error || !s.postId);
  if (failed.length)
    throw new Error(`${target.name}: ${failed.length} triggers failed, e.g. ${failed[0].error ?? 'no answer in 30 s'}`);
  return sends;
}

/** One burst of `count` triggers on `target`, then a bounded wait for every socket's receipt. */
async function round(target, count, labelPrefix, measured) {
  const pids = {
    server: target.serverPids,
    clients: target.clients.map((child) => child.pid),
    orchestrator: [process.pid],
  };
  const cpuBefore = cpuSample(pids);
  const pressureBefore = pressure();
  const load1 = loadavg()[0];
  const wallBefore = now();
  const window = [wallBefore];
  const sends = await drive(target, count, labelPrefix);
  // Each client process hands over the receipts of its sockets, on its clock: put them on ours and merge.
  const results = await Promise.all(
    target.clients.map((child, index) => {
      child.send({
        type: 'await',
        postIds: sends.map((s) => s.postId),
        expected: target.connectedBy[index],
        timeoutMs: opts.timeout * 1000,
      });
      return nextMessage(child, 'receipts', opts.timeout * 1000 + 30_000);
    }),
  );
  const result = { receipts: {}, duplicates: 0, disconnects: 0 };
  for (const [index, part] of results.entries()) {
    result.duplicates += part.duplicates;
    result.disconnects += part.disconnects;
    for (const [postId, times] of Object.entries(part.receipts))
      (result.receipts[postId] ??= []).push(...times.map((t) => t - target.clocks[index].offset));
  }
  window.push(now());
  const stalls = pressureDelta(pressureBefore, pressure());
  if (!measured) return;
  target.windows.push(window);
  addCpu(target.cpu, cpuBefore, cpuSample(pids));
  target.wallSeconds += (now() - wallBefore) / 1000;
  target.duplicates += result.duplicates;
  target.disconnects = result.disconnects;
  let lastReceipt = -Infinity;
  for (const send of sends) {
    const times = result.receipts[send.postId];
    let first = Infinity;
    let last = -Infinity;
    for (const t of times) {
      target.latencies.push(t - send.sentAt);
      if (t < first) first = t;
      if (t > last) last = t;
    }
    lastReceipt = Math.max(lastReceipt, last);
    target.perPost.push({
      round: target.rounds,
      sentAt: send.sentAt,
      answerMs: send.answeredAt - send.sentAt,
      received: times.length,
      firstMs: times.length ? first - send.sentAt : null,
      lastMs: times.length ? last - send.sentAt : null,
      spreadMs: times.length ? last - first : null,
    });
  }
  target.spanMs += lastReceipt - sends[0].sentAt;
  const mine = target.perPost.filter((p) => p.round === target.rounds);
  const roundLatencies = target.latencies.slice(target.latencies.length - mine.reduce((n, p) => n + p.received, 0));
  target.roundStats.push({
    round: target.rounds,
    posts: sends.length,
    wallMs: +(window[1] - window[0]).toFixed(0),
    load1,
    ...stalls,
    latencyP99: +summarize(roundLatencies).p99.toFixed(1),
    answerMax: +Math.max(...mine.map((p) => p.answerMs)).toFixed(1),
    firstReceiptMax: +Math.max(...mine.map((p) => p.firstMs ?? NaN)).toFixed(1),
  });
  target.rounds++;
}

function report(target) {
  const posts = target.perPost.length;
  const expected = posts * target.connected.ok;
  const pick = (key) => target.perPost.filter((p) => p[key] !== null).map((p) => p[key]);
  return {
    name: target.name,
    instances: target.urls.length,
    clientProcesses: target.clients.length,
    sockets: target.connected.ok,
    socketsFailed: target.connected.failed,
    connectMs: target.connected.ms,
    clocks: target.clocks,
    posts,
    expected,
    deliveries: target.latencies.length,
    losses: expected - target.latencies.length,
    duplicates: target.duplicates,
    disconnects: target.disconnects,
    // Sustained: all deliveries over the measured time (bounded by --rate x sockets). Burst: sockets
    // over the median time from a post's first receipt to its last, i.e. the speed of one fan-out.
    deliveriesPerSecond: target.latencies.length / (target.spanMs / 1000),
    burstDeliveriesPerSecond: target.connected.ok / (summarize(pick('spreadMs')).p50 / 1000),
    latencyMs: summarize(target.latencies),
    answerMs: summarize(pick('answerMs')),
    firstReceiptMs: summarize(pick('firstMs')),
    lastReceiptMs: summarize(pick('lastMs')),
    spreadMs: summarize(pick('spreadMs')),
    // Share of the measured time during which some task on the machine waited for a CPU (Linux PSI):
    // near 0 on a quiet machine; the benchmark itself accounts for a few percent.
    cpuPressure: target.roundStats.some((r) => r.cpuSomeMs !== undefined)
      ? +(
          target.roundStats.reduce((n, r) => n + r.cpuSomeMs, 0) / target.roundStats.reduce((n, r) => n + r.wallMs, 0)
        ).toFixed(3)
      : undefined,
    cpu: {
      wallSeconds: +target.wallSeconds.toFixed(2),
      ...Object.fromEntries(
        Object.entries(target.cpu).map(([name, { own, children }]) => [
          name,
          {
            own: +own.toFixed(2),
            children: +children.toFixed(2),
            perPostMs: +(((own + children) / posts) * 1000).toFixed(1),
          },
        ]),
      ),
    },
    ...target.info,
    measuredWindows: target.windows,
    rounds: target.roundStats,
    perPost: target.perPost,
  };
}

// ---- the two targets ----

function newTarget(name, fields) {
  return {
    name,
    latencies: [],
    perPost: [],
    windows: [],
    roundStats: [],
    cpu: {},
    wallSeconds: 0,
    spanMs: 0,
    duplicates: 0,
    disconnects: 0,
    rounds: 0,
    info: {},
    ...fields,
  };
}

async function ctcpTarget() {
  console.log(
    `CTCP: starting ${opts.instances} instance(s) of the built api on a fresh DATA_DIR (embedded PostgreSQL, ` +
      `demo data)${opts.redisUrl ? `, Redis ${opts.redisUrl}` : ''}...`,
  );
  const profileDir = opts.profile ? join(RESULTS, `fanout-cpuprof-${stamp}`, 'ctcp') : undefined;
  if (profileDir) await mkdir(profileDir, { recursive: true });
  const instances = await startApiInstances({
    main: MAIN,
    dataDir: await scratchDir('ctcp-fanout-'),
    count: opts.instances,
    redisUrl: opts.redisUrl,
    execArgv: cpuProfileFlags(profileDir),
    stopGraceMs: 30_000,
  });
  const [api] = instances;
  api.profileDir = profileDir;
  for (const instance of instances)
    console.log(`  ready in ${(instance.readyMs / 1000).toFixed(1)} s at ${instance.url}`);
  const poster = await signIn(api.url, MEMBERS[0]);
  const tokens = [];
  for (let s = 0; s < opts.sessions; s++) for (const email of MEMBERS) tokens.push(await signIn(api.url, email));
  const workspace = await workingGroupWorkspace(api.url, poster, WORKING_GROUP);
  // The poster opens the thread, so it is its only follower: its own posts notify nobody (see README).
  const threadId = await createThread(api.url, poster, {
    workspaceId: workspace.id,
    title: `Fan-out benchmark ${stamp}`,
    body: 'Posts follow.',
  });
  console.log(
    `  ${tokens.length} sessions (${opts.sessions} each of ${MEMBERS.join(', ')}); workspace ${workspace.name}`,
  );
  let sent = 0;
  return newTarget('ctcp', {
    urls: instances.map((instance) => instance.url),
    tokens,
    serverPids: instances.map((instance) => instance.child.pid),
    profile: api,
    info: {
      apiReadyMs: instances.map((instance) => instance.readyMs),
      workspaceId: workspace.id,
      threadId,
      sessions: tokens.length,
    },
    // The instances in turn, as a balancer would.
    trigger: async (label) => {
      const data = await gql(
        instances[sent++ % instances.length].url,
        CREATE_POST,
        { input: { threadId, body: `Fan-out ${stamp} ${label} ${randomUUID()}` } },
        poster,
      );
      return data.createPost.id;
    },
  });
}

async function baselineTarget(ids) {
  console.log(
    `Baseline: starting ${opts.instances} bare Socket.IO server(s)${opts.redisUrl ? ` with the Redis adapter` : ''}...`,
  );
  const profileDir = opts.profile ? join(RESULTS, `fanout-cpuprof-${stamp}`, 'baseline') : undefined;
  if (profileDir) await mkdir(profileDir, { recursive: true });
  const servers = Array.from({ length: opts.instances }, () =>
    forkChild(
      BARE_SERVER,
      {
        FANOUT_WORKSPACE_ID: ids.workspaceId,
        // A key of their own: the api's instances (Socket.IO's default key) do not hear these broadcasts.
        ...(opts.redisUrl ? { FANOUT_REDIS_URL: opts.redisUrl, FANOUT_REDIS_KEY: `fanout-baseline-${stamp}` } : {}),
      },
      cpuProfileFlags(profileDir),
    ),
  );
  const profile = { profileDir, spawnedAt: now(), exitedAt: undefined };
  servers[0].once('exit', () => (profile.exitedAt = now()));
  const urls = [];
  for (const server of servers) urls.push(`http://127.0.0.1:${(await nextMessage(server, 'listening', 10_000)).port}`);
  let sent = 0;
  return newTarget('baseline', {
    urls,
    // The bare server ignores auth; as many distinct token strings as CTCP sessions keeps handshakes alike.
    tokens: Array.from({ length: opts.sessions * MEMBERS.length }, () => `bare-${randomUUID()}`),
    serverPids: servers.map((server) => server.pid),
    profile,
    trigger: async () => {
      const postId = randomUUID();
      const response = await fetch(`${urls[sent++ % urls.length]}/emit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ workspaceId: ids.workspaceId, threadId: ids.threadId, postId }),
        signal: AbortSignal.timeout(30_000),
      });
      if (!response.ok) throw new Error(`bare server answered ${response.status}`);
      await response.json();
      return postId;
    },
  });
}

// ---- main ----

const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : '-');
function printTable(phases) {
  const header = [
    '',
    'sockets',
    'posts',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'deliveries',
    'losses',
    'deliv/s',
    'burst/s',
  ];
  const rows = phases.map((p) => [
    p.name,
    String(p.sockets),
    String(p.posts),
    fmt(p.latencyMs.p50),
    fmt(p.latencyMs.p95),
    fmt(p.latencyMs.p99),
    fmt(p.latencyMs.max),
    String(p.deliveries),
    String(p.losses),
    p.deliveriesPerSecond.toFixed(0),
    p.burstDeliveriesPerSecond.toFixed(0),
  ]);
  printColumns(header, rows);
  console.log(
    '\nper post (ms from send):      answer p50/p99   first receipt p50/p99   last receipt p50/p99   spread p50/p99',
  );
  for (const p of phases) {
    console.log(
      `${p.name.padEnd(30)} ${fmt(p.answerMs.p50)}/${fmt(p.answerMs.p99)}`.padEnd(47) +
        `${fmt(p.firstReceiptMs.p50)}/${fmt(p.firstReceiptMs.p99)}`.padEnd(24) +
        `${fmt(p.lastReceiptMs.p50)}/${fmt(p.lastReceiptMs.p99)}`.padEnd(23) +
        `${fmt(p.spreadMs.p50)}/${fmt(p.spreadMs.p99)}`,
    );
  }
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');

/** Splits `total` posts into `rounds` nearly equal counts. */
const split = (total, rounds) =>
  Array.from({ length: rounds }, (_, r) => Math.floor(total / rounds) + (r < total % rounds ? 1 : 0));

/** Each socket is a file descriptor in the clients process and in the server: warn if the limit is near. */
function checkFileLimit() {
  try {
    const soft = Number(readFileSync('/proc/self/limits', 'utf8').match(/Max open files\s+(\d+)/)?.[1]);
    if (soft && soft < opts.sockets + 200)
      console.warn(
        `warning: ulimit -n is ${soft}, below ${opts.sockets + 200}: raise it (ulimit -n 4096) or sockets will fail`,
      );
  } catch {
    // not Linux
  }
}

let exitCode = 0;
try {
  if (opts.only !== 'baseline') checkBuild(MAIN, opts);
  checkFileLimit();
  const build = {
    ...gitInfo(ROOT),
    distBuiltAt: existsSync(MAIN) ? statSync(MAIN).mtime.toISOString() : undefined,
  };
  const rounds = Math.min(opts.rounds, opts.posts);
  console.log(
    `fan-out: ${opts.sockets} sockets over ${opts.instances} instance(s)${opts.redisUrl ? ' (Redis adapter)' : ''} ` +
      `from ${opts.clients} client process(es), ${opts.posts} posts at ${opts.rate}/s in ${rounds} interleaved rounds ` +
      `(+${opts.warmup} warm-up), Node ${process.version}, ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  const loadBefore = loadavg();
  const targets = [];
  let ids = { workspaceId: randomUUID(), threadId: randomUUID() };
  if (opts.only !== 'baseline') {
    const ctcp = await ctcpTarget();
    ids = { workspaceId: ctcp.info.workspaceId, threadId: ctcp.info.threadId };
    targets.push(ctcp);
  }
  if (opts.only !== 'ctcp') targets.push(await baselineTarget(ids));

  for (const target of targets) await openClients(target);
  await sleep(1000); // let the handshakes' after-work (room joins) settle
  if (opts.warmup > 0) {
    console.log(`warm-up: ${opts.warmup} posts each`);
    for (const target of targets) await round(target, opts.warmup, 'warmup', false);
  }
  // Interleaved rounds, alternating which target goes first, so that both see the same background load.
  for (const [r, count] of split(opts.posts, rounds).entries()) {
    const order = r % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) {
      await round(target, count, `r${r}`, true);
    }
    const line = order
      .map((t) => {
        const last = t.roundStats.at(-1);
        const psi = last.cpuSomeMs === undefined ? '' : `, cpu/io stall ${last.cpuSomeMs}/${last.ioSomeMs} ms`;
        return `${t.name} p99 ${last.latencyP99} ms${psi}`;
      })
      .join('; ');
    console.log(`  round ${r + 1}/${rounds}: ${line}`);
  }

  // Everything measured: stop the clients and servers (SIGTERM to the api stops its PostgreSQL).
  await cleanup();
  const phases = targets.map(report);
  for (const [index, target] of targets.entries()) {
    const { profileDir, spawnedAt, exitedAt } = target.profile ?? {};
    if (!profileDir) continue;
    const files = readdirSync(profileDir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(profileDir, f));
    // The profile's startTime is (within some tens of ms) the spawn, its endTime (within the time to
    // write the file) the exit: what maps its samples to wall time.
    phases[index].profile = { files, spawnedAt, exitedAt };
    console.log(`CPU profile of the ${target.name} server: ${files.join(', ') || '(none written)'}`);
  }
  if (opts.profile) console.log('  summarize with: node bench/lib/profile-summary.mjs <the results JSON below>');

  console.log('');
  printTable(phases);
  const ctcpPhase = phases.find((p) => p.name === 'ctcp');
  const baseline = phases.find((p) => p.name === 'baseline');
  const ratio = ctcpPhase && baseline ? ctcpPhase.latencyMs.p99 / baseline.latencyMs.p99 : undefined;
  if (ratio !== undefined) {
    const l = (key) => ctcpPhase.latencyMs[key] / baseline.latencyMs[key];
    const d = (key) => ctcpPhase.latencyMs[key] - baseline.latencyMs[key];
    console.log(
      `\nCTCP / baseline: p50 ${l('p50').toFixed(2)}x (+${d('p50').toFixed(1)} ms), ` +
        `p95 ${l('p95').toFixed(2)}x (+${d('p95').toFixed(1)} ms), p99 ${ratio.toFixed(2)}x (+${d('p99').toFixed(1)} ms); ` +
        `time to the first receipt, median: +${(ctcpPhase.firstReceiptMs.p50 - baseline.firstReceiptMs.p50).toFixed(1)} ms`,
    );
    console.log(
      `p99 ratio CTCP / baseline over ${opts.instances} instance(s): ${ratio.toFixed(2)}x ` +
        `(goal: at most ${GOAL}x) -> ${ratio <= GOAL ? 'met' : 'NOT met'}`,
    );
  }
  for (const p of phases) {
    const cpu = Object.entries(p.cpu)
      .filter(([key]) => key !== 'wallSeconds')
      .map(
        ([key, { own, children, perPostMs }]) =>
          `${key} ${own}${children ? ` +${children} children` : ''} (${perPostMs} ms/post)`,
      );
    console.log(`${p.name}: CPU s over ${p.cpu.wallSeconds} s measured: ${cpu.join(', ')}`);
    if (p.losses > 0 || p.socketsFailed > 0 || p.duplicates > 0)
      console.log(
        `${p.name}: ${p.losses} losses, ${p.duplicates} duplicates, ${p.socketsFailed} sockets failed to connect`,
      );
  }
  if (phases.every((p) => p.cpuPressure !== undefined)) {
    console.log(
      `CPU pressure during the measured rounds (share of time some task waited for a CPU): ` +
        phases.map((p) => `${p.name} ${(p.cpuPressure * 100).toFixed(0)}%`).join(', '),
    );
  }
  const loadAfter = loadavg();
  console.log(
    `load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
  );
  const pressures = phases.map((p) => p.cpuPressure).filter((p) => p !== undefined);
  const busy = pressures.length ? Math.max(...pressures) > 0.2 : Math.max(loadBefore[0], loadAfter[0]) > cpus().length;
  if (busy) console.log('note: the machine was busy with other work; figures are noisy, repeat when it is quiet.');

  await mkdir(RESULTS, { recursive: true });
  const file = join(RESULTS, `fanout-${stamp}.json`);
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
          platform: process.platform,
        },
        build, // as the run started
        options: { ...opts, rounds },
        load: { before: loadBefore, after: loadAfter },
        instances: opts.instances,
        p99Ratio: ratio,
        goal: GOAL,
        goalMet: ratio === undefined ? undefined : ratio <= GOAL,
        phases,
      },
      null,
      2,
    ),
  );
  console.log(`\nwrote ${file}`);
} catch (error) {
  console.error(`fan-out benchmark failed: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);
