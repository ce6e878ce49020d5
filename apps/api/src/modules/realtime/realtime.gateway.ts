import { Inject } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import {
  ACCESS_COOKIE,
  CLIENT_EVENTS,
  NOTIFICATION_SYNC_PAGE_SIZE,
  type NotificationEvent,
  SOCKET_MESSAGES_PER_WINDOW,
  SOCKET_WINDOW_SECONDS,
} from '@ctcp/shared';
import { parse as parseCookies } from 'cookie';
import type { Logger } from 'pino';
import type { Server, Socket } from 'socket.io';
import type { Actor } from '../../common/actor.js';
import { LOGGER } from '../../config/runtime-config.js';
import { databaseError } from '../../database/database-errors.js';
import { AuthService, type AccessTokenClaims } from '../auth/auth.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import { roomsFor } from '../policy/audiences.js';
import { RealtimeService } from './realtime.service.js';

interface SocketData {
  actor: Actor;
  claims: AccessTokenClaims;
  /** Timestamps of recent messages, for the per-socket rate limit. */
  recent: number[];
  /** Closes the socket when its session ends. */
  sessionTimer?: NodeJS.Timeout;
}

/** Longest single wait of a session timer (setTimeout holds at most about 24 days). */
const MAX_TIMER_MS = 24 * 60 * 60 * 1000;

type AuthedSocket = Socket<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>;

/**
 * Live events. The handshake is checked like an HTTP request (bearer token in `auth.token`, or the
 * session cookie); the server alone decides which rooms a socket is in.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly auth: AuthService,
    private readonly jwt: JwtService,
    private readonly workspaces: WorkspacesService,
    private readonly notifications: NotificationsService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  afterInit(server: Server): void {
    this.realtime.attach(server);
    server.use((socket, next) => {
      this.authenticate(socket)
        .then(async (session) => {
          if (!session) return next(new Error('UNAUTHENTICATED'));
          (socket.data as SocketData) = { actor: session.actor, claims: session.claims, recent: [] };
          // In its rooms before the handshake completes: a connected client misses no event.
          await socket.join(roomsFor(session.actor, await this.workspaces.readableIds(session.actor)));
          this.closeWhenSessionEnds(socket as AuthedSocket, session.expiresAt);
          next();
        })
        .catch((error: unknown) => {
          this.logger.warn({ err: error }, 'socket handshake failed');
          next(new Error('UNAUTHENTICATED'));
        });
    });
  }

  handleConnection(socket: AuthedSocket): void {
    if (!socket.data.actor) return void socket.disconnect(true);
    socket.use((packet, next) => {
      if (this.withinRateLimit(socket.data)) return next();
      const ack = packet[packet.length - 1];
      if (typeof ack === 'function') ack({ error: 'RATE_LIMITED' });
    });
  }

  /** The client showed these notifications live in a visible tab: they are not mailed. Answers `true`. */
  @SubscribeMessage(CLIENT_EVENTS.notificationsSeen)
  async seen(@ConnectedSocket() socket: AuthedSocket, @MessageBody() body: unknown): Promise<true | { error: string }> {
    const seqs = (body as { seqs?: unknown } | null)?.seqs;
    const valid =
      Array.isArray(seqs) &&
      seqs.length <= NOTIFICATION_SYNC_PAGE_SIZE &&
      seqs.every((seq) => typeof seq === 'number' && Number.isInteger(seq) && seq > 0);
    if (!valid) return { error: 'BAD_USER_INPUT' };
    return answeringDatabaseErrors(async () => {
      await this.notifications.markSeen(socket.data.actor.userId, seqs as number[]);
      return true as const;
    });
  }

  /** Every notification of the user after `afterSeq`, oldest first, one page at a time. */
  @SubscribeMessage(CLIENT_EVENTS.notificationsSync)
  async sync(
    @ConnectedSocket() socket: AuthedSocket,
    @MessageBody() body: unknown,
  ): Promise<NotificationEvent[] | { error: string }> {
    const afterSeq = (body as { afterSeq?: unknown } | null)?.afterSeq;
    if (typeof afterSeq !== 'number' || !Number.isInteger(afterSeq) || afterSeq < 0) return { error: 'BAD_USER_INPUT' };
    return answeringDatabaseErrors(async () => {
      const rows = await this.notifications.since(socket.data.actor.userId, afterSeq);
      return rows.map((row) => ({
        id: row.id,
        seq: row.seq,
        type: row.type,
        title: row.title,
        link: row.link,
        createdAt: row.createdAt.toISOString(),
      }));
    });
  }

  /**
   * At the session's end the socket is closed, unless the session was extended meanwhile. Role changes,
   * sign-out and disabling close sockets as they happen.
   */
  private closeWhenSessionEnds(socket: AuthedSocket, expiresAt: Date): void {
    clearTimeout(socket.data.sessionTimer);
    const delay = Math.min(Math.max(expiresAt.getTime() - Date.now(), 0), MAX_TIMER_MS);
    socket.data.sessionTimer = setTimeout(() => {
      this.auth
        .sessionOf(socket.data.claims)
        .then((session) => {
          if (session) this.closeWhenSessionEnds(socket, session.expiresAt);
          else socket.disconnect(true);
        })
        .catch((error: unknown) => {
          this.logger.warn({ err: error }, 'socket session check failed; closing the socket');
          socket.disconnect(true);
        });
    }, delay).unref();
    socket.once('disconnect', () => clearTimeout(socket.data.sessionTimer));
  }

  private async authenticate(
    socket: Socket,
  ): Promise<{ actor: Actor; claims: AccessTokenClaims; expiresAt: Date } | null> {
    const fromAuth = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    const cookieHeader = socket.handshake.headers.cookie;
    const token =
      typeof fromAuth === 'string' ? fromAuth : cookieHeader ? parseCookies(cookieHeader)[ACCESS_COOKIE] : undefined;
    if (!token) return null;
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
      const session = await this.auth.sessionOf(claims);
      // Nothing live before a required second factor is on.
      if (!session || session.actor.mustEnrolTwoFactor) return null;
      return { ...session, claims: { sub: claims.sub, sid: claims.sid } };
    } catch (error) {
      this.logger.debug({ err: error }, 'socket handshake refused');
      return null;
    }
  }

  private withinRateLimit(data: SocketData): boolean {
    const now = Date.now();
    data.recent = data.recent.filter((at) => now - at < SOCKET_WINDOW_SECONDS * 1000);
    if (data.recent.length >= SOCKET_MESSAGES_PER_WINDOW) return false;
    data.recent.push(now);
    return true;
  }
}

/**
 * Runs a socket request's work. A database that is busy or down is answered `{ error: code }`: the client
 * keeps what it asked and asks again, since it is not its fault. Anything else is thrown.
 */
async function answeringDatabaseErrors<T>(work: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await work();
  } catch (error) {
    const code = databaseError(error)?.extensions.code;
    if (!code) throw error;
    return { error: code as string };
  }
}
