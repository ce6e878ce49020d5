import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { SOCKET_MAX_MESSAGE_BYTES, SOCKET_PATH } from '@ctcp/shared';
import { createClient } from 'redis';
import type { Server, ServerOptions } from 'socket.io';
import { isAllowedOrigin } from '../common/origins.js';

type RedisClient = ReturnType<typeof createClient>;

/**
 * Socket.IO at /socket.io with a message size limit. With REDIS_URL, rooms and broadcasts span every
 * api instance through @socket.io/redis-adapter, so an event raised on one reaches sockets on all.
 */
export class SocketAdapter extends IoAdapter {
  private clients: RedisClient[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly options: { redisUrl?: string; corsOrigin?: string; publicUrl: string },
  ) {
    super(app);
  }

  async connectRedis(): Promise<void> {
    if (!this.options.redisUrl) return;
    const publisher = createClient({ url: this.options.redisUrl });
    const subscriber = publisher.duplicate();
    this.clients = [publisher, subscriber];
    await Promise.all(this.clients.map((client) => client.connect()));
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
    if (this.clients.length === 2) server.adapter(createAdapter(this.clients[0], this.clients[1]));
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.map((client) => client.quit().catch(() => undefined)));
    this.clients = [];
  }
}
