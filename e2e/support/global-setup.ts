import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startMailServer } from './mail-server.js';
import { PASSWORD } from './accounts.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the test SMTP server writes the messages it receives (support/mailbox.ts reads them). */
    mailDir: string;
  }
}

const ROOT = new URL('../../', import.meta.url).pathname;
const MAIN = join(ROOT, 'apps/api/dist/main.js');
export const ARTIFACTS = join(ROOT, 'e2e/artifacts');

/**
 * Starts the built product as `npm start` runs it (api + web on one port, demo data): on a fresh
 * embedded PostgreSQL, or on a fresh database of the TEST_DATABASE_URL server.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(MAIN) || !existsSync(join(ROOT, 'apps/web/dist/index.html'))) {
    throw new Error('Build the product first: npm run build');
  }
  await mkdir(ARTIFACTS, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'ctcp-e2e-'));
  const mailDir = join(dataDir, 'received-mail');
  const mailServer = await startMailServer(mailDir);
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'info',
    SMTP_URL: mailServer.url,
    DEMO_PASSWORD: PASSWORD,
    // Production requires two-factor sign-in of admins and coordinators; here only of the admin, whose
    // journey (two-factor.e2e.test.ts) is turning it on: the coordinator's journeys are about other things.
    REQUIRE_MFA_ROLES: 'ADMIN',
  };

  const serverUrl = process.env.TEST_DATABASE_URL;
  const database = `ctcp_e2e_${process.pid}`;
  if (serverUrl) {
    await admin(serverUrl, `CREATE DATABASE ${database}`);
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    Object.assign(env, {
      DATABASE_URL: url.toString(),
      MIGRATE_ON_START: 'true',
      DEMO_DATA: 'true',
      JWT_SECRET: randomBytes(32).toString('hex'),
    });
  }

  const api: ChildProcess = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(join(ARTIFACTS, 'api.log'));
  api.stdout!.pipe(log);
  api.stderr!.pipe(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(baseUrl, api);
  project.provide('baseUrl', baseUrl);
  project.provide('mailDir', mailDir);

  return async () => {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await exited;
    await mailServer.stop();
    if (serverUrl) await admin(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await rm(dataDir, { recursive: true, force: true });
  };
}

async function waitUntilReady(baseUrl: string, api: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the api exited (${api.exitCode}); see e2e/artifacts/api.log`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the api did not become ready within 180 s; see e2e/artifacts/api.log');
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
