import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { withDatabase } from './database-url.js';
import { withAdminClient } from './global-setup.js';
import { DEMO, SIGN_IN } from './harness.js';
import { freePort } from './instances.js';

const PRODUCTION_DEMO_PASSWORD = 'a-demo-password-of-the-test';

/**
 * The built api (`dist/`), started as `npm start` starts it: compiled output can fail where tests on
 * the sources pass (decorator metadata, circular imports between entities, files tsc did not copy).
 */
const MAIN = new URL('../dist/main.js', import.meta.url).pathname;
const started: ChildProcess[] = [];
const directories: string[] = [];

afterAll(async () => {
  for (const child of started) child.kill('SIGKILL');
  for (const directory of directories) await rm(directory, { recursive: true, force: true });
});

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  /** Until `text` is printed; fails if the process exits first or after `timeoutMs`. */
  const waitFor = (text: string, timeoutMs = 120_000) =>
    new Promise<void>((resolve, reject) => {
      const fail = () => {
        stop();
        reject(new Error(`never saw "${text}" in:\n${output}`));
      };
      const timer = setTimeout(fail, timeoutMs);
      const check = () => {
        if (!output.includes(text)) return;
        stop();
        resolve();
      };
      const stop = () => {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        child.stderr!.off('data', check);
        child.off('exit', fail);
      };
      child.stdout!.on('data', check);
      child.stderr!.on('data', check);
      child.once('exit', fail);
      check();
      if (child.exitCode !== null) fail();
    });
  return { child, exited, waitFor, output: () => output };
}

describe('the built api', () => {
  it('starts on a fresh DATA_DIR with the embedded database and demo data, serves, and stops cleanly', async () => {
    expect(existsSync(MAIN), 'build the api first (npm run build)').toBe(true);
    const dataDir = await mkdtemp(join(tmpdir(), 'ctcp-dist-'));
    directories.push(dataDir);
    const port = await freePort();
    // Production refuses the published demo password: the demo accounts get one of the test's own.
    const api = run({
      DATA_DIR: dataDir,
      PORT: String(port),
      NODE_ENV: 'production',
      DEMO_PASSWORD: PRODUCTION_DEMO_PASSWORD,
    });
    await api.waitFor('CTCP is ready');

    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(ready.status).toBe(200);
    const signIn = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { email: DEMO.philippines, password: PRODUCTION_DEMO_PASSWORD },
      }),
    });
    expect(((await signIn.json()) as any).data.signIn.user.email).toBe(DEMO.philippines);

    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    // The embedded PostgreSQL stopped with it.
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 180_000); // a first boot: initdb, migrations and demo data, on a machine that may be busy

  it('refuses to create demo accounts with the published password in production', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ctcp-dist-'));
    directories.push(dataDir);
    const api = run({ DATA_DIR: dataDir, PORT: String(await freePort()), NODE_ENV: 'production' });
    expect(await api.exited).toBe(78);
    expect(api.output()).toMatch(/DEMO_PASSWORD: demo accounts with the published password are refused in production/);
    expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
  });

  it('stops at once with a message naming a bad variable', async () => {
    const api = run({ PORT: 'not-a-port', DATABASE_URL: 'mysql://nope' });
    expect(await api.exited).toBe(78);
    expect(api.output()).toMatch(/PORT/);
    expect(api.output()).toMatch(/DATABASE_URL: must be a postgres/);
  });

  it('leaves the exit code of a process that loads the embedded database alone (a failed test run must fail)', async () => {
    const module = new URL('../dist/database/embedded-postgres.js', import.meta.url).href;
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', `await import('${module}'); process.exitCode = 3;`],
      {
        stdio: 'ignore',
      },
    );
    started.push(child);
    expect(await new Promise((resolve) => child.on('exit', (code) => resolve(code)))).toBe(3);
  });

  it('refuses to start on an unmigrated PostgreSQL server, saying how to migrate', async () => {
    const adminUrl = inject('adminDatabaseUrl');
    const database = `${inject('templateDatabase').replace('template', 'test')}_unmigrated`;
    await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${database}`));
    try {
      const api = run({ DATABASE_URL: withDatabase(adminUrl, database), PORT: String(await freePort()) });
      expect(await api.exited).toBe(1);
      expect(api.output()).toMatch(/pending migrations.*npm run db:migrate/);
    } finally {
      await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    }
  });
});
