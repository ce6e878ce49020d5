import { DataSource, type QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorCode, type TestApp, startTestApp } from './harness.js';

/** Long enough for a readiness check to see a request still waiting, even on a loaded machine. */
const POOL_WAIT_MS = 5000;

let api: TestApp;
let token: string;

beforeAll(async () => {
  api = await startTestApp({
    databasePool: { size: 2, timeoutMs: POOL_WAIT_MS, statementTimeoutMs: 30_000, preparedStatements: true },
  });
  token = await api.signIn('coordinator@unoct.example');
});
afterAll(() => api.close());

/** Takes every connection of the api's pool until the returned function gives them back. */
async function holdEveryConnection(app = api): Promise<() => Promise<void>> {
  const dataSource = app.app.get(DataSource);
  const runners: QueryRunner[] = [];
  for (let index = 0; index < 2; index++) {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    runners.push(runner);
  }
  return async () => {
    for (const runner of runners) await runner.release();
  };
}

describe('a saturated pool', () => {
  it('answers GraphQL with UNAVAILABLE and HTTP 503 after the bounded wait, then serves again', async () => {
    const release = await holdEveryConnection();
    try {
      const response = await api.gql(`{ workingGroups { id } }`, {}, token);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(errorCode(response)).toBe('UNAVAILABLE');
      expect(response.errors?.[0].message).toBe('The service is busy. Try again in a moment.');
    } finally {
      await release();
    }
    expect((await api.gql(`{ workingGroups { id } }`, {}, token)).data?.workingGroups.length).toBeGreaterThan(0);
  });

  it('answers file routes with 503 and the same code', async () => {
    const release = await holdEveryConnection();
    try {
      const response = await fetch(`${api.url}/attachments/00000000-0000-4000-8000-000000000000`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ code: 'UNAVAILABLE' });
    } finally {
      await release();
    }
  });

  it('still lets /health/ready answer, on its own connection, and report the saturation', async () => {
    const release = await holdEveryConnection();
    try {
      // Queued behind the held connections until the pool's wait runs out.
      const waiting = api.app
        .get(DataSource)
        .query('SELECT 1')
        .catch((error: Error) => error.message);
      const response = await fetch(`${api.url}/health/ready`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        status: 'ok',
        database: 'ok',
        pool: { open: 2, max: 2, idle: 0, waiting: 1, saturated: true },
      });
      expect(await waiting).toMatch(/timeout exceeded when trying to connect/);
    } finally {
      await release();
    }
    expect(await fetch(`${api.url}/health/ready`).then((response) => response.json())).toMatchObject({
      pool: { saturated: false, waiting: 0 },
    });
  });
});

describe('the request gate, when more requests come than MAX_CONCURRENT_REQUESTS', () => {
  let gated: TestApp;
  beforeAll(async () => {
    gated = await startTestApp({
      databasePool: { size: 2, timeoutMs: 60_000, statementTimeoutMs: 30_000, preparedStatements: true },
      requestGate: { maxInFlight: 1, maxWaitMs: 500 },
    });
  });
  afterAll(() => gated.close());

  it('refuses one that waited its turn too long with UNAVAILABLE, serves the one let through, then serves again', async () => {
    const coordinator = await gated.signIn('coordinator@unoct.example');
    const workingGroups = () => gated.gql(`{ workingGroups { id } }`, {}, coordinator);
    const release = await holdEveryConnection(gated);
    let letThrough: ReturnType<typeof workingGroups>;
    try {
      letThrough = workingGroups();
      // Through the gate once it waits for a connection: in the pool's queue, not the gate's (its sign-in
      // check asks for two at once).
      await vi.waitFor(
        async () => {
          const ready = (await fetch(`${gated.url}/health/ready`).then((response) => response.json())) as {
            pool: { waiting: number };
          };
          expect(ready.pool.waiting).toBeGreaterThan(0);
        },
        { timeout: 30_000, interval: 50 },
      );
      const refused = await workingGroups();
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(errorCode(refused)).toBe('UNAVAILABLE');
    } finally {
      await release();
    }
    expect((await letThrough).data?.workingGroups.length).toBeGreaterThan(0);
    expect((await workingGroups()).data?.workingGroups.length).toBeGreaterThan(0);
  });
});
