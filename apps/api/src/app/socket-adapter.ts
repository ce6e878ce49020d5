import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { createAdapter } from '@socket.io/redis-adapter';
import { SOCKET_MAX_MESSAGE_BYTES, SOCKET_PATH } from '@ctcp/shared';
import type { Logger } from 'pino';
import type { createClient } from 'redis';
import type { Server, ServerOptions } from 'socket.io';
import { isAllowedOrigin } from '../common/origins.js';
import type { RedisStatus } from '../modules/health/redis-status.js';

type RedisClient = ReturnType<typeof createClient>;

/**
 * Socket.IO at /socket.io with a message size limit. With REDIS_URL, rooms and broadcasts span every
 * api instance through @socket.io/redis-adapter, so an event raised on one reaches sockets on all.
 * When Redis is away the instance goes on serving, its own sockets still get their events, and the Redis
 * clients reconnect by themselves; sockets of other instances catch up with `notifications.sync`.
 */
export class SocketAdapter extends IoAdapter {
  private clients: RedisClient[] = [];
  /** @socket.io/redis-adapter's, once Redis is used. */
  private createRedisAdapter?: typeof createAdapter;

  constructor(
    app: INestApplicationContext,
    private readonly options: { redisUrl?: string; corsOrigin?: string; publicUrl: string },
  ) {
    super(app);
  }

  async connectRedis(status: RedisStatus, logger: Logger): Promise<void> {
    if (!this.options.redisUrl) return;
    // Loaded only when Redis is used: the client and the adapter take a tenth of a second or more to load.
    const [{ createClient }, { createAdapter }] = await Promise.all([
      import('redis'),
      import('@socket.io/redis-adapter'),
    ]);
    this.createRedisAdapter = createAdapter;
    const publisher = createClient({ url: this.options.redisUrl });
    const subscriber = publisher.duplicate();
    this.clients = [publisher, subscriber];
    // Every reconnection attempt raises an error: said once when Redis goes away and once when it is back.
    const update = () => {
      const state = this.clients.every((client) => client.isReady) ? 'ok' : 'unreachable';
      if (state === status.state) return;
      if (state === 'ok') logger.info('Redis reachable: live events reach every api instance');
      else logger.warn('Redis unreachable: live events reach only the sockets of this instance until it is back');
      status.state = state;
    };
    for (const client of this.clients) {
      client.on('error', update).on('reconnecting', update).on('ready', update);
    }
    await Promise.all(this.clients.map((client) => client.connect()));
    update();
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
    const server: Server = super.createIOServer(port, {
      ...options,
      path: SOCKET_PATH,
      maxHttpBufferSize: SOCKET_MAX_MESSAGE_BYTES,
      serveClient: false,
      cors: this.options.corsOrigin ? { origin: this.options.corsOrigin, credentials: true } : undefined,
      // The handshake carries the session cookie: a page of another site may not open a socket with it.
      allowRequest: (req, callback) =>
        callback(null, isAllowedOrigin(req, [this.options.publicUrl, this.options.corsOrigin])),
    } as ServerOptions);
    if (this.createRedisAdapter && this.clients.length === 2) {
      server.adapter(this.createRedisAdapter(this.clients[0], this.clients[1]));
    }
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.map((client) => client.quit().catch(() => undefined)));
    this.clients = [];
  }
}
