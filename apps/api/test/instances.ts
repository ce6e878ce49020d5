import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { inject } from 'vitest';
import { withDatabase } from './database-url.js';
import { withAdminClient } from './global-setup.js';
import { until } from './sockets.js';

/**
 * Built api processes (dist/main.js) and the real servers around them, for the tests of several
 * instances and of faults: each started here is killed by `stopAll`.
 */
const MAIN = new URL('../dist/main.js', import.meta.url).pathname;
const children: ChildProcess[] = [];

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export function hasRedisServer(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
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

/** A Redis server of the test's own on `port` (a free one if not given), answering when this resolves. */
export async function startRedis(port?: number): Promise<{ port: number; url: string; child: ChildProcess }> {
  const redisPort = port ?? (await freePort());
  const child = spawn(
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  children.push(child);
  await until('redis-server answers', () => redisAnswers(redisPort), 30_000, 100);
  return { port: redisPort, url: `redis://127.0.0.1:${redisPort}`, child };
}

/** A copy of the seeded template database, for processes of the api (which cannot take the harness's). */
export async function cloneDatabase(suffix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('adminDatabaseUrl');
  const database = `${inject('templateDatabase').replace('template', 'test')}_${suffix}`;
  await withAdminClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${database} TEMPLATE ${inject('templateDatabase')}`),
  );
  return {
    url: withDatabase(adminUrl, database),
    drop: async () => {
      await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    },
  };
}

export interface Instance {
  port: number;
  child: ChildProcess;
  /** Set once the process has exited, by itself or killed. */
  exited: () => boolean;
}

/** Until `url` answers 200: the instance has no other signal of being ready. */
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

/** The built api on a free port, ready to serve; `extraEnv` adds variables (OTEL_*, for example). */
export async function startInstance(
  env: {
    databaseUrl: string;
    redisUrl?: string;
    jwtSecret: string;
  },
  extraEnv: Record<string, string> = {},
): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: env.databaseUrl,
      ...(env.redisUrl ? { REDIS_URL: env.redisUrl } : {}),
      JWT_SECRET: env.jwtSecret,
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(child);
  await waitForHttp(`http://127.0.0.1:${port}/health/ready`, child);
  return { port, child, exited: () => child.exitCode !== null || child.signalCode !== null };
}

export const newJwtSecret = () => randomBytes(32).toString('hex');

/** A minimal load balancer: each connection goes to the first instance that accepts it. */
export function startBalancer(ports: number[]): Promise<{ server: Server; port: number }> {
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
  return listen(server);
}

/**
 * A TCP relay to `target` that can cut every connection and refuse new ones, as a database server
 * that restarts or a network that drops does, and then let them through again.
 */
export async function startCuttableRelay(target: { host: string; port: number }) {
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection(target.port, target.host);
    open.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    for (const socket of [client, upstream]) {
      socket.once('close', () => {
        open.delete(socket);
        client.destroy();
        upstream.destroy();
      });
      socket.on('error', () => socket.destroy());
    }
  });
  const { port } = await listen(server);
  return {
    port,
    /** Every connection dropped, new ones refused. */
    cut: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of open) socket.destroy();
      }),
    /** Connections accepted again, on the same port. */
    restore: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve())),
    close: () => {
      for (const socket of open) socket.destroy();
      server.close();
    },
  };
}

function listen(server: Server, port = 0): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })),
  );
}

export async function gql(port: number, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** Kills every process started here. */
export function stopAll(): void {
  for (const child of children) child.kill('SIGKILL');
  children.length = 0;
}
