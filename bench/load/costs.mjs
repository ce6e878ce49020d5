#!/usr/bin/env node
// What one request of each kind costs the api and PostgreSQL in CPU, on the load suite's database: the
// operations of bench/load/run.mjs, one at a time (no concurrency, so no waiting), for an entity member,
// a focal point and a coordinator. Explains where run.mjs's CPU goes. Needs a seeded DATA_DIR (run.mjs
// or seed.mjs made it); writes bench/results/load-costs-<timestamp>.json.
// Usage: node bench/load/costs.mjs --data-dir=/tmp/load [--runs=40] [--allow-stale]
//        [--only=AssistanceRequests,Thread] [--roles=ENTITY_MEMBER] [--profile=/tmp/prof]
// --profile runs the api with --cpu-prof: a .cpuprofile of the whole run is written there when it stops
// (read it with bench/lib/profile-summary.mjs, or in Chromium's DevTools).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { io } from 'socket.io-client';
import {
  checkBuild,
  cpuProfileFlags,
  embeddedDatabaseUrl,
  gitInfo,
  gql,
  repositoryOf,
  signIn,
  startApi,
} from '../lib/api.mjs';
import { cleanup, cpuSeconds, exitGuards, fail, now, optionReader, pressure } from '../lib/process.mjs';
import { printColumns, summarize } from '../lib/report.mjs';
import { LOAD_DOCUMENTS, webDocuments } from './documents.mjs';
import { postmasterPid } from './resources.mjs';
import { LOAD_DOMAIN, seededPeople } from './seed.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const option = optionReader('LOAD');
const opts = {
  api: resolve(option('api', join(ROOT, 'apps/api/dist/main.js'))),
  dataDir: option('data-dir'),
  runs: Number(option('runs', 40)),
  warmup: Number(option('warmup', 3)),
  allowStale: option('allow-stale', 'false') === 'true',
  maxMinutes: Number(option('max-minutes', 20)),
  only: option('only', '').split(',').filter(Boolean),
  roles: option('roles', 'ENTITY_MEMBER,FOCAL_POINT,COORDINATOR').split(','),
  profile: option('profile', ''),
};
if (!opts.dataDir)
  fail('--data-dir of a seeded database is required (node bench/load/run.mjs --data-dir=... makes one)');
if (!(opts.runs > 0)) fail('--runs must be positive');
checkBuild(opts.api, { allowStale: opts.allowStale });
const watchdog = exitGuards('load costs', opts.maxMinutes);

const documents = webDocuments(ROOT, LOAD_DOCUMENTS);

/** Runs `work` warmup + runs times, one at a time: wall time of each, and CPU of the api and PostgreSQL per run. */
async function cost(api, pgPid, work) {
  for (let i = 0; i < opts.warmup; i++) await work();
  const wall = [];
  const before = { api: cpuSeconds(api.child.pid).own, postgres: cpuSeconds(pgPid).tree, pressure: pressure() };
  const started = now();
  for (let i = 0; i < opts.runs; i++) {
    const t = now();
    await work();
    wall.push(now() - t);
  }
  const seconds = (now() - started) / 1000;
  return {
    wall: summarize(wall),
    apiCpuMs: ((cpuSeconds(api.child.pid).own - before.api) / opts.runs) * 1000,
    postgresCpuMs: ((cpuSeconds(pgPid).tree - before.postgres) / opts.runs) * 1000,
    cpuWait: (pressure().cpuSome - before.pressure.cpuSome) / 1e6 / seconds,
  };
}

const connectSocket = (url, token) =>
  new Promise((done, reject) => {
    const socket = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token },
      reconnection: false,
      forceNew: true,
    });
    socket.once('connect', () => done(socket));
    socket.once('connect_error', reject);
  });

let exitCode = 0;
try {
  const dataDir = resolve(opts.dataDir);
  const execArgv = cpuProfileFlags(opts.profile && resolve(opts.profile));
  const api = await startApi({ main: opts.api, dataDir, execArgv });
  const databaseUrl = embeddedDatabaseUrl(dataDir);
  if ((await seededPeople(databaseUrl)) === 0)
    throw new Error(`${dataDir} has no people @${LOAD_DOMAIN}: seed it first`);
  const pgPid = postmasterPid(dataDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const viewers = {};
  for (const role of opts.roles)
    viewers[role] = (
      await client.query(`SELECT email FROM users WHERE email LIKE $1 AND role = $2 ORDER BY created_at LIMIT 1`, [
        `%@${LOAD_DOMAIN}`,
        role,
      ])
    ).rows[0].email;
  await client.end();

  const rows = [];
  const results = [];
  const today = new Date();
  for (const [role, email] of Object.entries(viewers)) {
    const token = await signIn(api.url, email);
    const call = (document, variables) => gql(api.url, document, variables, token);
    const me = await call(documents.Me, {});
    const language = me.me.preferredLanguage;
    const workspaces = (await call(documents.Workspaces, { language })).workspaces.edges.map((e) => e.node);
    const postable = workspaces.filter((w) => ['OWNER', 'MODERATOR', 'MEMBER'].includes(w.viewerRole));
    const firstThread = async (workspace) =>
      workspace &&
      (await call(documents.WorkspaceDetail, { id: workspace.id, language })).workspace.threads.edges[0]?.node.id;
    const byKind = (kind) => postable.find((w) => w.kind === kind);
    const mine = postable.find((w) => w.kind === 'AD_HOC') ?? postable[0] ?? workspaces[0];
    const threadId = await firstThread(mine);
    const postId = (await call(documents.Thread, { id: threadId, language })).thread.posts.edges[0]?.node.id;
    const requests = (await call(documents.AssistanceRequests, { language, filter: {} })).assistanceRequests.edges;
    const cases = [
      ['Me', () => call(documents.Me, {})],
      ['Workspaces', () => call(documents.Workspaces, { language })],
      ['WorkspaceDetail', () => call(documents.WorkspaceDetail, { id: mine.id, language })],
      ['Thread', () => call(documents.Thread, { id: threadId, language })],
      ['Notifications', () => call(documents.Notifications, { first: 30, unreadOnly: false })],
      ['UnreadNotificationCount', () => call(documents.UnreadNotificationCount, {})],
      ['AssistanceRequests', () => call(documents.AssistanceRequests, { language, filter: {} })],
      requests.length && [
        'AssistanceRequest',
        () => call(documents.AssistanceRequest, { id: requests[0].node.id, language }),
      ],
      ['HomeOverview', () => call(documents.HomeOverview, { organizationId: me.me.organization.id, language })],
      me.viewerCan.readReports && [
        'Dashboard',
        () =>
          call(documents.Dashboard, {
            year: today.getUTCFullYear(),
            quarter: Math.floor(today.getUTCMonth() / 3) + 1,
            language,
          }),
      ],
      ['MarkThreadRead', () => call(documents.MarkThreadRead, { threadId })],
      postId && ['ToggleReaction', () => call(documents.ToggleReaction, { input: { postId, emoji: '👍' } })],
      ['socket connect (handshake)', async () => (await connectSocket(api.url, token)).close()],
    ].filter(Boolean);
    // A reply, in each kind of workspace the person may post in: who is notified is found differently.
    for (const kind of ['AD_HOC', 'WORKING_GROUP', 'ASSISTANCE_REQUEST']) {
      const thread = await firstThread(byKind(kind));
      if (thread)
        cases.push([
          `CreatePost (${kind.toLowerCase().replace('_', ' ')})`,
          () =>
            call(documents.CreatePost, { input: { threadId: thread, body: `Cost check ${now()}`, attachmentIds: [] } }),
        ]);
    }
    const measured = cases.filter(([name]) => opts.only.length === 0 || opts.only.includes(name));
    for (const [name, work] of measured) {
      const result = await cost(api, pgPid, work);
      results.push({ role, email, operation: name, ...result });
      rows.push([
        `${name}, ${role.toLowerCase().replace('_', ' ')}`,
        result.wall.p50.toFixed(1),
        result.apiCpuMs.toFixed(1),
        result.postgresCpuMs.toFixed(1),
        (result.apiCpuMs + result.postgresCpuMs).toFixed(1),
        `${Math.round(result.cpuWait * 100)}%`,
      ]);
      console.log(`  ${rows.at(-1).join(' | ')}`);
    }
  }
  console.log(
    `\nCPU per request, one at a time (${opts.runs} runs each after ${opts.warmup}; CPU in ms, 10 ms ticks / runs)`,
  );
  printColumns(['operation, viewer', 'wall p50 ms', 'api CPU', 'PG CPU', 'total CPU', 'CPU wait'], rows);
  const file = join(ROOT, 'bench/results', `load-costs-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  if (!existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify(
      { at: new Date().toISOString(), options: opts, git: gitInfo(repositoryOf(opts.api)), viewers, results },
      null,
      2,
    ),
  );
  console.log(`\nwrote ${file}`);
} catch (error) {
  console.error(`load costs failed: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);
