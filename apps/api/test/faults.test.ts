import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { CLIENT_EVENTS, NOTIFICATION_SYNC_PAGE_SIZE, SERVER_EVENTS } from '@ctcp/shared';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAdminClient } from './global-setup.js';
import { DEMO, DEMO_PASSWORD, SIGN_IN } from './harness.js';
import {
  cloneDatabase,
  gql,
  hasRedisServer,
  type Instance,
  newJwtSecret,
  startCuttableRelay,
  startInstance,
  startRedis,
  stopAll,
} from './instances.js';
import { connectSocket, nextEvent, request, until } from './sockets.js';

/**
 * Faults under traffic, with the built api in processes of its own: Redis stopped for a minute under two
 * instances, and every connection to PostgreSQL cut. No process exits, answers stay clean and bounded,
 * nothing acknowledged is lost, and everything resumes by itself.
 */
const REDIS_OUTAGE_MS = 60_000;
/** A request during a database outage is answered within this (the pool waits DATABASE_POOL_TIMEOUT_MS). */
const FAIL_FAST_MS = 10_000;
/** Between two posts of the traffic kept up through a fault. */
const TRAFFIC_PACE_MS = { redis: 2000, database: 100 };

const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const MENTION = '@member@interpol.example';
const METRICS_TOKEN = randomBytes(32).toString('hex');
/** The job queue's scheduler needs the database at every minute's turn (the audit seal runs each minute). */
const MINUTE_TURN_MS = 75_000;

let database: Awaited<ReturnType<typeof cloneDatabase>>;
const jwtSecret = newJwtSecret();

beforeAll(async () => {
  database = await cloneDatabase('faults');
});

afterAll(async () => {
  stopAll();
  await database?.drop();
});

async function signIn(instance: Instance, email: string): Promise<string> {
  const answer = await gql(instance.port, SIGN_IN, { email, password: DEMO_PASSWORD });
  return answer.data.signIn.accessToken;
}

async function bmleWorkspace(): Promise<string> {
  const rows = await withAdminClient(
    database.url,
    async (client) =>
      (
        await client.query(
          `SELECT w.id FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id WHERE g.key = 'BMLE'`,
        )
      ).rows,
  );
  return rows[0].id;
}

/** How many times the instance's job queue stopped on an error and was started again. */
async function jobQueueRestarts(instance: Instance): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${instance.port}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  const line = (await response.text()).split('\n').find((text) => text.startsWith('ctcp_job_queue_restarts_total '));
  return Number(line?.split(' ')[1] ?? NaN);
}

async function readiness(instance: Instance): Promise<{ status: number; body: any }> {
  const response = await fetch(`http://127.0.0.1:${instance.port}/health/ready`);
  return { status: response.status, body: await response.json() };
}

/** Every notification after `afterSeq`, page by page, as a client back from being away asks for them. */
async function syncFrom(socket: Socket, afterSeq: number): Promise<number[]> {
  const seqs: number[] = [];
  for (let after = afterSeq; ;) {
    const page = await request<{ seq: number }[]>(socket, CLIENT_EVENTS.notificationsSync, { afterSeq: after });
    seqs.push(...page.map((notification) => notification.seq));
    if (page.length < NOTIFICATION_SYNC_PAGE_SIZE) return seqs;
    after = page[page.length - 1].seq;
  }
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

describe.skipIf(!hasRedisServer())('Redis stopped under two api instances', () => {
  it(
    'keeps both instances answering, resumes live events when Redis is back, and a sync misses nothing',
    // A minute of outage, two instances to boot and the traffic around it, on a machine that may be busy.
    { timeout: 300_000 },
    async () => {
      const redis = await startRedis();
      const first = await startInstance({ databaseUrl: database.url, redisUrl: redis.url, jwtSecret });
      const second = await startInstance({ databaseUrl: database.url, redisUrl: redis.url, jwtSecret });
      const unodc = await signIn(first, DEMO.unodc);
      const interpol = await signIn(first, DEMO.interpol);
      const post = async (threadId: string, body: string) => {
        const answer = await gql(first.port, CREATE_POST, { input: { threadId, body } }, unodc);
        expect(answer.errors).toBeUndefined();
      };

      // INTERPOL's socket is on instance 2; UNODC writes through instance 1.
      const socket = await connectSocket(`http://127.0.0.1:${second.port}`, { token: interpol });
      const firstNotification = nextEvent<{ seq: number }>(socket, SERVER_EVENTS.notification);
      const thread = await gql(
        first.port,
        CREATE_THREAD,
        { input: { workspaceId: await bmleWorkspace(), title: 'Through a Redis outage', body: `Hello ${MENTION}` } },
        unodc,
      );
      const threadId: string = thread.data.createThread.id;
      const { seq: seen } = await firstNotification;

      redis.child.kill('SIGKILL');
      await until('Redis is reported down', async () => (await readiness(first)).body.redis === 'unreachable');
      let posted = 0;
      for (const ends = Date.now() + REDIS_OUTAGE_MS; Date.now() < ends; posted++) {
        await post(threadId, `${MENTION} during the outage ${posted}`);
        await delay(TRAFFIC_PACE_MS.redis);
      }
      expect(first.exited() || second.exited()).toBe(false);
      expect((await readiness(second)).status).toBe(200); // the api serves without Redis

      await startRedis(redis.port);
      for (const instance of [first, second]) {
        await until('Redis is reported back', async () => (await readiness(instance)).body.redis === 'ok', 60_000);
      }
      const resumed = nextEvent<{ seq: number }>(
        socket,
        SERVER_EVENTS.notification,
        (notification) => notification.seq === seen + posted + 1,
      );
      await post(threadId, `${MENTION} after the outage`);
      await resumed;

      expect(await syncFrom(socket, seen)).toEqual(range(seen + 1, posted + 1));
      expect(first.exited() || second.exited()).toBe(false);
      socket.close();
    },
  );
});

describe('every connection to PostgreSQL cut under traffic', () => {
  it(
    'answers 503 on readiness and clean bounded errors meanwhile, then recovers with no acknowledged write lost',
    { timeout: 300_000 },
    async () => {
      const target = new URL(database.url);
      const relay = await startCuttableRelay({ host: target.hostname, port: Number(target.port || 5432) });
      const throughRelay = new URL(database.url);
      throughRelay.hostname = '127.0.0.1';
      throughRelay.port = String(relay.port);
      const api = await startInstance(
        { databaseUrl: throughRelay.toString(), jwtSecret },
        { METRICS_TOKEN: METRICS_TOKEN },
      );
      const unodc = await signIn(api, DEMO.unodc);
      const thread = await gql(
        api.port,
        CREATE_THREAD,
        { input: { workspaceId: await bmleWorkspace(), title: 'Through a database outage', body: 'Before' } },
        unodc,
      );
      const threadId: string = thread.data.createThread.id;

      // One writer keeps posting through it all, noting what was acknowledged and how the rest failed.
      const acknowledged: string[] = [];
      const failures: { code: string; ms: number }[] = [];
      let writing = true;
      const writer = (async () => {
        for (let n = 0; writing; n++) {
          const started = Date.now();
          const answer = await gql(api.port, CREATE_POST, { input: { threadId, body: `Write ${n}` } }, unodc).catch(
            () => ({ data: undefined, errors: [{ message: 'no answer', extensions: { code: 'NO_ANSWER' } }] }),
          );
          if (answer.data?.createPost) acknowledged.push(answer.data.createPost.id);
          else failures.push({ code: answer.errors?.[0]?.extensions?.code ?? 'NONE', ms: Date.now() - started });
          await delay(TRAFFIC_PACE_MS.database);
        }
      })();
      try {
        await until('writes are acknowledged', () => acknowledged.length >= 5);

        await relay.cut();
        await until('readiness answers 503', async () => (await readiness(api)).status === 503);
        const started = Date.now();
        const during = await gql(api.port, `{ me { id } }`, {}, unodc);
        expect(during.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
        expect(Date.now() - started).toBeLessThan(FAIL_FAST_MS);
        await until('writes fail while the database is away', () => failures.length >= 5);
        // The outage lasts through a minute's turn: the queue's scheduler fails, the queue stops, and it
        // must start again by itself instead of the process ending.
        await until(
          'the job queue stopped and started again',
          async () => (await jobQueueRestarts(api)) >= 1,
          MINUTE_TURN_MS,
          1000,
        );
        expect(api.exited()).toBe(false);

        await relay.restore();
        await until('readiness answers 200', async () => (await readiness(api)).status === 200, 30_000);
        const acknowledgedAtRestore = acknowledged.length;
        await until('writes are acknowledged again', () => acknowledged.length >= acknowledgedAtRestore + 5, 30_000);
      } finally {
        writing = false;
        await writer;
      }

      expect(new Set(failures.map((failure) => failure.code))).toEqual(new Set(['UNAVAILABLE']));
      expect(Math.max(...failures.map((failure) => failure.ms))).toBeLessThan(FAIL_FAST_MS);
      const stored = await withAdminClient(
        database.url,
        async (client) =>
          (await client.query(`SELECT count(*)::int AS n FROM posts WHERE id = ANY($1)`, [acknowledged])).rows[0].n,
      );
      expect(stored).toBe(acknowledged.length);

      // The job queue takes jobs again: one added now runs (and leaves the queue) without a restart.
      const [{ id: jobId }] = await withAdminClient(
        database.url,
        async (client) =>
          (await client.query(`SELECT id FROM graphile_worker.add_job('delete_unattached_uploads')`)).rows,
      );
      await until(
        'a job added after the outage runs',
        async () =>
          (
            await withAdminClient(database.url, (client) =>
              client.query(`SELECT 1 FROM graphile_worker.jobs WHERE id = $1`, [jobId]),
            )
          ).rowCount === 0,
        30_000,
      );
      expect(api.exited()).toBe(false);
      relay.close();
    },
  );
});
