// The built api (apps/api/dist/main.js) as the benchmarks under bench/contention and bench/fanout run it:
// refusing a missing or stale build, starting it on loopback and stopping it, and talking to it over
// HTTP and GraphQL.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { exited, freePort, now, onCleanup, sleep } from './process.mjs';

/** The demo accounts' password on the benched api (production refuses the published one). */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'bench-demo-password-2026';

/**
 * The flags of Node that `npm start` gives the api (the root package.json's start script), so that the
 * benchmarks measure it as it runs.
 */
export const API_NODE_FLAGS = (() => {
  const start = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).scripts.start;
  const flags = start.match(/node ((?:--\S+ )*)apps\/api\/dist\/main\.js/)?.[1];
  if (flags === undefined)
    throw new Error(`package.json's start script does not run node [flags] apps/api/dist/main.js`);
  return flags.split(' ').filter(Boolean);
})();

/** Node's flags to write a CPU profile of the whole run into `directory` when the process ends; none without one. */
export const cpuProfileFlags = (directory) => (directory ? ['--cpu-prof', `--cpu-prof-dir=${directory}`] : []);

// ---- the build ----

/** The repository that `main` (<root>/apps/api/dist/main.js) was built in. */
export const repositoryOf = (main) => resolve(dirname(main), '../../..');

function newestMtime(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Exits with 66 when `main` is missing, or older than the api's or libs/shared's sources (unless allowStale). */
export function checkBuild(main, { allowStale }) {
  if (!existsSync(main)) {
    console.error(`${main} is missing: run \`npm run build\` first.`);
    process.exit(66);
  }
  const root = repositoryOf(main);
  const sources = [join(root, 'apps/api/src'), join(root, 'libs/shared/src')].filter(existsSync);
  const newest = Math.max(0, ...sources.map(newestMtime));
  if (newest > statSync(main).mtimeMs && !allowStale) {
    console.error(
      `${main} is older than the api's or libs/shared's sources: run \`npm run build\` first ` +
        '(or pass --allow-stale to measure the build as it is).',
    );
    process.exit(66);
  }
}

/** The commit of `root` and whether the api's or libs/shared's sources differ from it; undefined without git. */
export function gitInfo(root) {
  const git = (...args) => {
    try {
      return execFileSync('git', ['-C', root, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return undefined;
    }
  };
  return {
    commit: git('rev-parse', 'HEAD'),
    apiSourcesChanged: Boolean(git('status', '--porcelain', 'apps/api/src', 'libs/shared/src')),
  };
}

// ---- starting and stopping ----

/**
 * Starts `node [nodeFlags] [execArgv] main` (nodeFlags: `npm start`'s by default) on a free loopback port
 * with DATA_DIR=`dataDir` (embedded PostgreSQL and the demo data unless `env` names a database), production
 * mode, warnings only, and waits up to 180 s for /health/ready. stopApi() is registered for cleanup(). Returns
 * { child, dataDir, url, readyMs, stderr (its last 20 KB), spawnedAt, exitedAt, stopGraceMs, ownsDatabase }.
 */
export async function startApi({
  main,
  dataDir,
  env = {},
  nodeFlags = API_NODE_FLAGS,
  execArgv = [],
  stopGraceMs = 20_000,
}) {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, ...execArgv, main], {
    cwd: dataDir, // no stray .env is read
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      COOKIE_SECURE: 'false',
      DEMO_PASSWORD,
      // The demo coordinator and admin sign in with a password alone here.
      REQUIRE_MFA_ROLES: '',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const api = {
    child,
    dataDir,
    url: `http://127.0.0.1:${port}`,
    readyMs: 0,
    stderr: '',
    spawnedAt: now(),
    exitedAt: undefined,
    stopGraceMs,
    // An api given a DATABASE_URL uses that server; only one without starts (and stops) the embedded one.
    ownsDatabase: !env.DATABASE_URL,
  };
  child.once('exit', () => (api.exitedAt = now()));
  child.stderr.on('data', (chunk) => {
    api.stderr = (api.stderr + chunk).slice(-20_000);
  });
  onCleanup(() => stopApi(api));
  const started = now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the api exited with ${child.exitCode}:\n${api.stderr}`);
    if (now() - started > 180_000) throw new Error(`the api was not ready within 180 s:\n${api.stderr}`);
    if ((await probe(api.url, '/health/ready', 5000)).ok) break;
    await sleep(100);
  }
  api.readyMs = now() - started;
  return api;
}

/**
 * Stops the api: SIGTERM (it stops its embedded PostgreSQL), SIGKILL after `stopGraceMs`. Then, if the
 * api could not stop its PostgreSQL (a frozen or killed api may not get through its shutdown), the
 * postmaster by its pid file.
 */
export async function stopApi({ child, dataDir, stopGraceMs, ownsDatabase }) {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    if (!(await exited(child, stopGraceMs))) {
      child.kill('SIGKILL');
      await exited(child, 5000);
    }
  }
  if (!ownsDatabase) return;
  const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid, 'SIGINT'); // fast shutdown: ends the sessions left by a killed api
        for (let i = 0; i < 100 && existsSync(pidFile); i++) await sleep(100);
      } catch {
        // already gone
      }
    }
  }
}

/**
 * `count` instances of the api on one database, as several processes behind a balancer run it: the first
 * as startApi() starts it (the embedded PostgreSQL of `dataDir` unless `env` names a DATABASE_URL, the
 * migrations and demo data), the others once it is ready, on its database; all share `redisUrl` (the
 * Socket.IO adapter: an event raised on one reaches the sockets of all), one JWT secret and `dataDir`
 * (uploads). With count 1 and no `redisUrl`, exactly startApi(). Returns the instances, first first.
 */
export async function startApiInstances({ count = 1, redisUrl, env = {}, ...options }) {
  if (count > 1 && !redisUrl) throw new Error('several api instances need a Redis (redisUrl)');
  const shared = {
    ...env,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    ...(count > 1 ? { JWT_SECRET: env.JWT_SECRET ?? randomBytes(32).toString('base64url') } : {}),
  };
  const first = await startApi({ ...options, env: shared });
  const databaseUrl = shared.DATABASE_URL ?? embeddedDatabaseUrl(first.dataDir);
  const others = await Promise.all(
    Array.from({ length: count - 1 }, () =>
      startApi({
        ...options,
        env: { ...shared, DATABASE_URL: databaseUrl, MIGRATE_ON_START: 'false', DEMO_DATA: 'false' },
      }),
    ),
  );
  return [first, ...others];
}

/** The connection string of the embedded PostgreSQL of a running api on `dataDir` (secret and port under it). */
/**
 * The api's environment for a given PostgreSQL (none: the embedded one): it migrates the database and adds
 * the demo data, as it does on the embedded one.
 */
export function givenDatabaseEnv(databaseUrl, jwtSecret = randomBytes(32).toString('base64url')) {
  if (!databaseUrl) return {};
  return { DATABASE_URL: databaseUrl, MIGRATE_ON_START: 'true', DEMO_DATA: 'true', JWT_SECRET: jwtSecret };
}

export function embeddedDatabaseUrl(dataDir) {
  const password = readFileSync(join(dataDir, 'embedded-postgres.secret'), 'utf8').trim();
  const port = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]);
  return `postgresql://ctcp:${encodeURIComponent(password)}@127.0.0.1:${port}/ctcp`;
}

/**
 * Posts inserted by SQL (the generators') are kept without their HTML until the api's job renders them, as
 * after an upgrade: queues that job (through the job queue's own SQL function) and waits until none is
 * left, so that what is measured next does not share the CPU with it. Then vacuums and analyzes the posts
 * and threads, as autovacuum would soon after a job that wrote every post again (and the generators, every
 * thread's counters): what is measured is the settled tables, not whichever part autovacuum had reached.
 * Returns the seconds it took.
 */
export async function renderPostsKeptWithoutHtml(databaseUrl, log = () => {}) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = now();
  try {
    const left = async () =>
      (await client.query(`SELECT count(*)::int AS n FROM posts WHERE body_html IS NULL AND deleted_at IS NULL`))
        .rows[0].n;
    if ((await left()) === 0) return 0;
    await client.query(
      `SELECT graphile_worker.add_job('render_post_bodies', '{}'::json, job_key := 'render_post_bodies')`,
    );
    for (let last = 0; ;) {
      const count = await left();
      if (count === 0) break;
      if (now() - last > 30_000) {
        log(`rendering the HTML of ${count.toLocaleString('en')} posts (the api's job)`);
        last = now();
      }
      await sleep(1000);
    }
    await client.query('VACUUM (ANALYZE) posts, threads');
    return (now() - started) / 1000;
  } finally {
    await client.end();
  }
}

// ---- HTTP and GraphQL ----

/** One GET with a bound: { ok, status, ms, body } or { ok: false, error }. */
export async function probe(url, path, timeoutMs) {
  const started = now();
  try {
    const response = await fetch(`${url}${path}`, { signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = text.slice(0, 200);
    }
    return { ok: response.ok, status: response.status, ms: now() - started, body };
  } catch (error) {
    return { ok: false, error: error?.name === 'TimeoutError' ? `no answer in ${timeoutMs} ms` : String(error) };
  }
}

/** A GraphQL request (30 s at most): its data, or an error carrying the GraphQL errors. */
export async function gql(url, query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { accessToken } }`;
const WORKSPACES = `query { workspaces(first: 100) { edges { node { id name workingGroup { key } } } } }`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
export const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;

/** Signs `email` in with the demo password: the access token. */
export async function signIn(url, email) {
  return (await gql(url, SIGN_IN, { email, password: DEMO_PASSWORD })).signIn.accessToken;
}

/** The workspace of the working group `key` (e.g. CC, BMLE): { id, name, workingGroup }. */
export async function workingGroupWorkspace(url, token, key) {
  const workspaces = (await gql(url, WORKSPACES, {}, token)).workspaces.edges.map((e) => e.node);
  const workspace = workspaces.find((w) => w.workingGroup?.key === key);
  if (!workspace) throw new Error(`no ${key} workspace among ${workspaces.map((w) => w.name).join(', ')}`);
  return workspace;
}

/** Opens a thread (`input`: workspaceId, title, body) as `token`: its id. */
export async function createThread(url, token, input) {
  return (await gql(url, CREATE_THREAD, { input }, token)).createThread.id;
}
