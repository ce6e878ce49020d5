#!/usr/bin/env node
// What a read costs the api when it is busy: a closed loop keeps `--concurrency` requests under way at
// once (the web app's documents, in turn, for a few entity members of the load suite's database) until
// the api's thread is full, and reports requests a second and the api's CPU per request. Unlike
// costs.mjs (one request at a time), it includes what concurrency adds: garbage collection of the
// objects of requests in flight, longer event-loop turns. Needs a seeded DATA_DIR (run.mjs made it).
// Usage: node bench/load/saturation.mjs --data-dir=/tmp/load [--seconds=30] [--concurrency=12]
//        [--only=Thread,Workspaces,WorkspaceDetail,Notifications,UnreadNotificationCount]
//        [--node-flags="--max-semi-space-size=16"] [--profile=/tmp/prof] [--allow-stale]
// --node-flags replace `npm start`'s flags of Node (API_NODE_FLAGS), to compare settings in turn.
import { join, resolve } from 'node:path';
import pg from 'pg';
import {
  API_NODE_FLAGS,
  checkBuild,
  cpuProfileFlags,
  embeddedDatabaseUrl,
  gql,
  signIn,
  startApi,
} from '../lib/api.mjs';
import { cleanup, cpuSeconds, exitGuards, fail, now, optionReader } from '../lib/process.mjs';
import { LOAD_DOCUMENTS, webDocuments } from './documents.mjs';
import { LOAD_DOMAIN } from './seed.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const option = optionReader('SATURATION');
const opts = {
  api: resolve(option('api', join(ROOT, 'apps/api/dist/main.js'))),
  dataDir: option('data-dir'),
  seconds: Number(option('seconds', 30)),
  warmupSeconds: Number(option('warmup-seconds', 5)),
  concurrency: Number(option('concurrency', 12)),
  people: Number(option('people', 8)),
  only: option('only', 'Thread,Workspaces,WorkspaceDetail,Notifications,UnreadNotificationCount').split(','),
  nodeFlags: option('node-flags', API_NODE_FLAGS.join(' ')).split(' ').filter(Boolean),
  profile: option('profile', ''),
  allowStale: option('allow-stale', 'false') === 'true',
};
if (!opts.dataDir)
  fail('--data-dir of a seeded database is required (node bench/load/run.mjs --data-dir=... makes one)');
if (!(opts.seconds > 0 && opts.concurrency > 0 && opts.people > 0)) fail('--seconds, --concurrency, --people > 0');
checkBuild(opts.api, { allowStale: opts.allowStale });
const watchdog = exitGuards('saturation', 10);
const documents = webDocuments(ROOT, LOAD_DOCUMENTS);

let exitCode = 0;
try {
  const dataDir = resolve(opts.dataDir);
  const execArgv = cpuProfileFlags(opts.profile && resolve(opts.profile));
  const api = await startApi({ main: opts.api, dataDir, execArgv, nodeFlags: opts.nodeFlags });
  const client = new pg.Client({ connectionString: embeddedDatabaseUrl(dataDir) });
  await client.connect();
  const emails = (
    await client.query(
      `SELECT email FROM users WHERE email LIKE $1 AND role = 'ENTITY_MEMBER' ORDER BY created_at LIMIT $2`,
      [`%@${LOAD_DOMAIN}`, opts.people],
    )
  ).rows.map((row) => row.email);
  await client.end();
  if (emails.length === 0) throw new Error(`${dataDir} has no people @${LOAD_DOMAIN}: seed it first`);

  const language = 'en';
  const readers = [];
  for (const email of emails) {
    const token = await signIn(api.url, email);
    const call = (name, variables) => gql(api.url, documents[name], variables, token);
    const workspace = (await call('Workspaces', { language })).workspaces.edges[0]?.node;
    const threadId =
      workspace && (await call('WorkspaceDetail', { id: workspace.id, language })).workspace.threads.edges[0]?.node.id;
    if (!threadId) continue;
    const reads = {
      Thread: () => call('Thread', { id: threadId, language }),
      Workspaces: () => call('Workspaces', { language }),
      WorkspaceDetail: () => call('WorkspaceDetail', { id: workspace.id, language }),
      Notifications: () => call('Notifications', { first: 30, unreadOnly: false }),
      UnreadNotificationCount: () => call('UnreadNotificationCount', {}),
      AssistanceRequests: () => call('AssistanceRequests', { language, filter: {} }),
    };
    readers.push(
      opts.only.map((name) => {
        if (!reads[name]) throw new Error(`--only: no read ${name} (${Object.keys(reads).join(', ')})`);
        return reads[name];
      }),
    );
  }

  /** Keeps `concurrency` reads under way for `ms`, each loop taking the next person's next read. */
  const loop = async (ms) => {
    let count = 0;
    let turn = 0;
    const end = now() + ms;
    await Promise.all(
      Array.from({ length: opts.concurrency }, async () => {
        while (now() < end) {
          const reads = readers[turn % readers.length];
          await reads[Math.floor(turn / readers.length) % reads.length]();
          turn++;
          count++;
        }
      }),
    );
    return count;
  };
  await loop(opts.warmupSeconds * 1000);
  const cpuBefore = cpuSeconds(api.child.pid).own;
  const started = now();
  const count = await loop(opts.seconds * 1000);
  const seconds = (now() - started) / 1000;
  const cpu = cpuSeconds(api.child.pid).own - cpuBefore;
  console.log(
    `node ${opts.nodeFlags.join(' ') || '(no flags)'}: ${count} reads in ${seconds.toFixed(1)} s, ` +
      `${(count / seconds).toFixed(0)} a second, api CPU ${((cpu / seconds) * 100).toFixed(0)}% of a core, ` +
      `${((cpu * 1000) / count).toFixed(2)} ms a read`,
  );
} catch (error) {
  console.error(`saturation failed: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);
