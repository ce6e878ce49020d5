import { Injectable } from '@nestjs/common';

export type RedisState = 'ok' | 'unreachable';

/**
 * Whether the Redis connections that carry live events between api instances are up (undefined
 * without REDIS_URL). Kept by the socket adapter, read by readiness: an instance without Redis still
 * serves, and its own sockets still get their events, so it stays ready and says so.
 */
@Injectable()
export class RedisStatus {
  state: RedisState | undefined;
}
