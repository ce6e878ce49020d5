import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createConnection, createServer, type Server } from 'node:net';
import { CLIENT_EVENTS, NOTIFICATION_SYNC_PAGE_SIZE, SERVER_EVENTS } from '@ctcp/shared';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withDatabase } from './database-url.js';
import { withAdminClient } from './global-setup.js';
import { DEMO, DEMO_PASSWORD, SIGN_IN } from './harness.js';
import { nextEvent, request, until } from './sockets.js';

/**
 * Two api processes share PostgreSQL and Redis: an event raised through one reaches sockets on the
 * other, and when one dies its clients reconnect to the survivor and, after a sync, miss nothing.
 */
const MAIN = new URL('../dist/main.js', import.meta.url).pathname;
const children: ChildProcess[] = [];
let redisUrl = process.env.REDIS_URL;
let database: string;
let databaseUrl: string;
const jwtSecret = randomBytes(32).toString('hex');

function hasRedisServer(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Until the instance answers `url`: it has no other signal of being ready. */
async function waitForHttp(url: string, child: ChildProcess) {
  await until(
    `${url} ready`,
    async () => {
      if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
      try {
        return (await fetch(url)).ok;
      } catch {
        return false; // not listening yet
      }
    },
    60_000,
    100,
  );
}

/** Whether a Redis server answers PING on `port`. */
function redisAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection(port, '127.0.0.1');
    socket.setTimeout(2000, () => socket.destroy());
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'));
      socket.destroy();
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });
}

async function startInstance(): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl!,
      JWT_SECRET: jwtSecret,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(child);
  await waitForHttp(`http://127.0.0.1:${port}/health/ready`, child);
  return { port, child };
}

/** A minimal load balancer: each connection goes to the first instance that accepts it. */
function startBalancer(ports: number[]): Promise<{ server: Server; port: number }> {
  const server = createServer((client) => {
    const tryInstance = (index: number) => {
      const upstream = createConnection(ports[index], '127.0.0.1');
      upstream.once('connect', () => {
        client.pipe(upstream).pipe(client);
        upstream.once('close', () => client.destroy());
        client.once('close', () => upstream.destroy());
      });
      upstream.once('error', () => (index + 1 < ports.length ? tryInstance(index + 1) : client.destroy()));
    };
    tryInstance(0);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })),
  );
}

async function gql(port: number, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

const canRun = Boolean(redisUrl) || hasRedisServer();

beforeAll(async () => {
  if (!canRun) return;
  if (!redisUrl) {
    const port = await freePort();
    children.push(
      spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: 'ignore',
      }),
    );
    redisUrl = `redis://127.0.0.1:${port}`;
    await until('redis-server answers', () => redisAnswers(port), 30_000, 100);
  }
  const adminUrl = inject('adminDatabaseUrl');
  database = `${inject('templateDatabase').replace('template', 'test')}_scale_out`;
  await withAdminClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${database} TEMPLATE ${inject('templateDatabase')}`),
  );
  databaseUrl = withDatabase(adminUrl, database);
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  if (database) {
    await withAdminClient(inject('adminDatabaseUrl'), (client) =>
      client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
    );
  }
});

describe.skipIf(!canRun)('several api instances with Redis', () => {
  it(
    'deliver across instances, and a client of a dead instance reconnects to the other and misses nothing',
    // Two instances to boot, 60 posts and a reconnect, on a machine that may be busy.
    { timeout: 180_000 },
    async () => {
      const first = await startInstance();
      const second = await startInstance();
      const balancer = await startBalancer([first.port, second.port]);

      const signIn = async (email: string) =>
        (await gql(second.port, SIGN_IN, { email, password: DEMO_PASSWORD })).data.signIn.accessToken as string;
      const unodc = await signIn(DEMO.unodc);
      const interpol = await signIn(DEMO.interpol);
      const [{ id: bmle }] = await withAdminClient(
        databaseUrl,
        async (client) =>
          (
            await client.query(
              `SELECT w.id FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id WHERE g.key = 'BMLE'`,
            )
          ).rows,
      );

      // INTERPOL is connected to instance 2 directly and, through the balancer, to instance 1.
      const direct = io(`http://127.0.0.1:${second.port}`, {
        transports: ['websocket'],
        auth: { token: interpol },
        reconnection: false,
      });
      const balanced: Socket = io(`http://127.0.0.1:${balancer.port}`, {
        transports: ['websocket'],
        auth: { token: interpol },
        reconnectionDelay: 100,
        reconnectionDelayMax: 500,
      });
      await Promise.all([nextEvent(direct, 'connect'), nextEvent(balanced, 'connect')]);

      // A post made through instance 1 reaches the socket held by instance 2.
      const thread = await gql(
        first.port,
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
        {
          input: { workspaceId: bmle, title: 'Across instances', body: 'Hello @member@interpol.example' },
        },
        unodc,
      );
      const threadId = thread.data.createThread.id;
      const seen = await nextEvent<{ seq: number }>(direct, SERVER_EVENTS.notification);

      // Instance 1 dies; while INTERPOL's balanced client is away, 60 mentions arrive through instance 2.
      const dropped = nextEvent(balanced, 'disconnect');
      first.child.kill('SIGKILL');
      await dropped;
      const reconnected = nextEvent(balanced, 'connect', () => true, 30_000);
      for (let reply = 0; reply < 60; reply++) {
        await gql(
          second.port,
          `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
          {
            input: { threadId, body: `@member@interpol.example update ${reply}` },
          },
          unodc,
        );
      }
      await reconnected;

      const missed: { seq: number }[] = [];
      for (let afterSeq = seen.seq; ;) {
        const page = await request<{ seq: number }[]>(balanced, CLIENT_EVENTS.notificationsSync, { afterSeq });
        missed.push(...page);
        if (page.length < NOTIFICATION_SYNC_PAGE_SIZE) break;
        afterSeq = page[page.length - 1].seq;
      }
      expect(missed.map((notification) => notification.seq)).toEqual(
        Array.from({ length: 60 }, (_, index) => seen.seq + 1 + index),
      );

      direct.close();
      balanced.close();
      balancer.server.close();
    },
  );
});
