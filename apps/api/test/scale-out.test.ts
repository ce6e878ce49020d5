import { CLIENT_EVENTS, NOTIFICATION_SYNC_PAGE_SIZE, SERVER_EVENTS } from '@ctcp/shared';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAdminClient } from './global-setup.js';
import { DEMO, DEMO_PASSWORD, SIGN_IN } from './harness.js';
import {
  cloneDatabase,
  gql,
  hasRedisServer,
  newJwtSecret,
  startBalancer,
  startInstance,
  startRedis,
  stopAll,
} from './instances.js';
import { nextEvent, request } from './sockets.js';

/**
 * Two api processes share PostgreSQL and Redis: an event raised through one reaches sockets on the
 * other, and when one dies its clients reconnect to the survivor and, after a sync, miss nothing.
 */
let redisUrl = process.env.REDIS_URL;
let database: Awaited<ReturnType<typeof cloneDatabase>> | undefined;
const jwtSecret = newJwtSecret();
const startApi = () => startInstance({ databaseUrl: database!.url, redisUrl, jwtSecret });

const canRun = Boolean(redisUrl) || hasRedisServer();

beforeAll(async () => {
  if (!canRun) return;
  redisUrl ??= (await startRedis()).url;
  database = await cloneDatabase('scale_out');
});

afterAll(async () => {
  stopAll();
  await database?.drop();
});

describe.skipIf(!canRun)('several api instances with Redis', () => {
  it(
    'deliver across instances, and a client of a dead instance reconnects to the other and misses nothing',
    // Two instances to boot, 60 posts and a reconnect, on a machine that may be busy.
    { timeout: 180_000 },
    async () => {
      const first = await startApi();
      const second = await startApi();
      const balancer = await startBalancer([first.port, second.port]);

      const signIn = async (email: string) =>
        (await gql(second.port, SIGN_IN, { email, password: DEMO_PASSWORD })).data.signIn.accessToken as string;
      const unodc = await signIn(DEMO.unodc);
      const interpol = await signIn(DEMO.interpol);
      const [{ id: bmle }] = await withAdminClient(
        database!.url,
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
