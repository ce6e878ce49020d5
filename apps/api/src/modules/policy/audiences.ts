import type { Actor } from '../../common/actor.js';
import {
  ENTITIES_ROOM,
  OBSERVERS_ROOM,
  organizationRoom,
  sessionRoom,
  STAFF_ROOM,
  userRoom,
  workspaceRoom,
} from '../realtime/realtime.service.js';
import { isStaff } from './actors.js';
import type { AssistanceRequestFacts } from './assistance-requests.js';

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
    ...(actor.role === 'OBSERVER' ? [OBSERVERS_ROOM] : []),
    ...readableWorkspaceIds.map(workspaceRoom),
  ];
}

/**
 * Everyone who may read the request now (mayReadAssistanceRequest), where its `assistanceRequest.updated`
 * goes: `rooms` but the sockets also in `except` (people whose platform role is OBSERVER, for a marked one).
 */
export function assistanceRequestAudience(facts: AssistanceRequestFacts): { rooms: string[]; except: string[] } {
  const except = facts.classification === 'UNCLASSIFIED' ? [] : [OBSERVERS_ROOM];
  if (facts.classification === 'STRICTLY_CONFIDENTIAL') {
    const named = facts.participants.filter(
      (person) => facts.status !== 'DRAFT' || person.organizationId === facts.requestingStateId,
    );
    return { rooms: [...new Set([facts.authorId, ...named.map((person) => person.userId)])].map(userRoom), except };
  }
  const rooms = [organizationRoom(facts.requestingStateId)];
  if (facts.status !== 'DRAFT') {
    rooms.push(STAFF_ROOM);
    const related = [
      ...(facts.leadEntityId ? [facts.leadEntityId] : []),
      ...facts.partnerEntityIds,
      ...facts.offeringEntityIds,
    ];
    rooms.push(...related.map(organizationRoom));
    if (facts.opened && facts.sharingScope === 'ALL_ENTITIES') rooms.push(ENTITIES_ROOM);
    if (facts.opened && facts.sharingScope === 'NAMED_ENTITIES')
      rooms.push(...facts.sharedEntityIds.map(organizationRoom));
  }
  return { rooms: [...new Set(rooms)], except };
}
