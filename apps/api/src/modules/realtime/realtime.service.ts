import { Injectable, Optional } from '@nestjs/common';
import {
  type AssistanceRequestUpdatedEvent,
  type DecisionUpdatedEvent,
  type NotificationEvent,
  type PostCreatedEvent,
  SERVER_EVENTS,
  type ThreadCreatedEvent,
  type ThreadUpdatedEvent,
} from '@ctcp/shared';
import type { Server } from 'socket.io';
import { MetricsService } from '../metrics/metrics.service.js';

export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const workspaceRoom = (workspaceId: string) => `workspace:${workspaceId}`;
/** Every person of one organization. */
export const organizationRoom = (organizationId: string) => `organization:${organizationId}`;
/** Coordinators and platform admins. */
export const STAFF_ROOM = 'staff';
/** A room no socket joins. */
const NOBODY_ROOM = 'nobody';
/** Every person of a Compact entity. */
export const ENTITIES_ROOM = 'entities';
/** People whose platform role is OBSERVER: kept out of what is marked. */
export const OBSERVERS_ROOM = 'observers';

/** Something to tell connected clients once the transaction that caused it has committed. */
export type RealtimeEvent =
  /** `rooms`, when given, in place of the workspace's room: the readers of a classified thread. */
  | { kind: 'thread.created'; payload: ThreadCreatedEvent; rooms?: string[] }
  | { kind: 'thread.updated'; payload: ThreadUpdatedEvent; rooms?: string[] }
  | { kind: 'post.created'; payload: PostCreatedEvent; rooms?: string[] }
  | { kind: 'post.updated'; payload: PostCreatedEvent; rooms?: string[] }
  | { kind: 'notification'; userId: string; payload: NotificationEvent }
  /** These people now read the workspace: their open sockets join its room. */
  | { kind: 'workspace.joined'; workspaceId: string; userIds: string[] }
  /** Exactly these people read the workspace now: their sockets join its room, everyone else's leave it. */
  | { kind: 'workspace.readers'; workspaceId: string; userIds: string[] }
  /** To everyone who may read the request: `rooms` but `except` (see policy/audiences.ts). */
  | { kind: 'assistanceRequest.updated'; rooms: string[]; except: string[]; payload: AssistanceRequestUpdatedEvent }
  /** To the decision's workspace room: those who may read the workspace read its decisions. */
  | { kind: 'decision.updated'; payload: DecisionUpdatedEvent };

/**
 * The one way services reach connected clients. The server decides rooms: `user:{id}`, `session:{id}`,
 * `workspace:{id}` for each workspace the user may read. With REDIS_URL these calls reach the sockets of
 * every api instance. Services call `publish` only after their transaction has committed.
 */
@Injectable()
export class RealtimeService {
  private server?: Server;

  constructor(@Optional() private readonly metrics?: MetricsService) {}

  attach(server: Server): void {
    this.server = server;
  }

  /** Sockets connected to this instance (with REDIS_URL, other instances have their own). */
  get connectedSockets(): number {
    return this.server?.sockets.sockets.size ?? 0;
  }

  /** The workspace's room, or the rooms given for a classified thread (an empty list reaches nobody, not everyone). */
  private toThreadAudience(event: { payload: { workspaceId: string }; rooms?: string[] }) {
    const server = this.server!;
    if (!event.rooms) return server.to(workspaceRoom(event.payload.workspaceId));
    return event.rooms.length > 0 ? server.to(event.rooms) : server.to(NOBODY_ROOM);
  }

  publish(events: RealtimeEvent[]): void {
    if (!this.server) return;
    for (const event of events) {
      this.metrics?.recordRealtimeEvent(event.kind);
      switch (event.kind) {
        case 'notification':
          this.server.to(userRoom(event.userId)).emit(SERVER_EVENTS.notification, event.payload);
          break;
        case 'thread.created':
          this.toThreadAudience(event).emit(SERVER_EVENTS.threadCreated, event.payload);
          break;
        case 'thread.updated':
          this.toThreadAudience(event).emit(SERVER_EVENTS.threadUpdated, event.payload);
          break;
        case 'post.created':
          this.toThreadAudience(event).emit(SERVER_EVENTS.postCreated, event.payload);
          break;
        case 'post.updated':
          this.toThreadAudience(event).emit(SERVER_EVENTS.postUpdated, event.payload);
          break;
        case 'workspace.joined':
          this.joinWorkspace(event.workspaceId, event.userIds);
          break;
        case 'workspace.readers':
          this.joinWorkspace(event.workspaceId, event.userIds);
          this.server
            .in(workspaceRoom(event.workspaceId))
            .except(event.userIds.map(userRoom))
            .socketsLeave(workspaceRoom(event.workspaceId));
          break;
        case 'assistanceRequest.updated':
          this.server.to(event.rooms).except(event.except).emit(SERVER_EVENTS.assistanceRequestUpdated, event.payload);
          break;
        case 'decision.updated':
          this.server.to(workspaceRoom(event.payload.workspaceId)).emit(SERVER_EVENTS.decisionUpdated, event.payload);
          break;
      }
    }
  }

  /** Puts the open sockets of these users (or of everyone, for an OPEN workspace) in the workspace's room. */
  joinWorkspace(workspaceId: string, userIds: readonly string[] | 'everyone'): void {
    if (!this.server) return;
    if (userIds === 'everyone') this.server.socketsJoin(workspaceRoom(workspaceId));
    else if (userIds.length > 0) this.server.in(userIds.map(userRoom)).socketsJoin(workspaceRoom(workspaceId));
  }

  /** Takes these users' sockets out of the room at once: no further events of that workspace reach them. */
  leaveWorkspace(workspaceId: string, userIds: readonly string[]): void {
    if (!this.server || userIds.length === 0) return;
    this.server.in(userIds.map(userRoom)).socketsLeave(workspaceRoom(workspaceId));
  }

  disconnectSession(sessionId: string): void {
    this.server?.in(sessionRoom(sessionId)).disconnectSockets(true);
  }

  disconnectUser(userId: string): void {
    this.server?.in(userRoom(userId)).disconnectSockets(true);
  }
}
