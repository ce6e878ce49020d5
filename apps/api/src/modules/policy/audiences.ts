import type { Actor } from '../../common/actor.js';
import {
  ENTITIES_ROOM,
  organizationRoom,
  sessionRoom,
  STAFF_ROOM,
  userRoom,
  workspaceRoom,
} from '../realtime/realtime.service.js';
import { isStaff } from './actors.js';

/**
 * The rooms a socket is in: who receives which live events. Recomputed whenever a socket connects;
 * role changes, disabling and sign-out close the socket, and workspace changes move it (workspace.readers).
 */
export function roomsFor(actor: Actor, readableWorkspaceIds: readonly string[]): string[] {
  return [
    userRoom(actor.userId),
    sessionRoom(actor.sessionId),
    organizationRoom(actor.organizationId),
    ...(isStaff(actor) ? [STAFF_ROOM] : []),
    ...(actor.organizationKind === 'COMPACT_ENTITY' ? [ENTITIES_ROOM] : []),
    ...readableWorkspaceIds.map(workspaceRoom),
  ];
}
