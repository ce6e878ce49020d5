import type { GovernanceBodyRole, MeetingStatus, WorkspaceOrganizationRole } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { isStaff, type SqlCondition } from './actors.js';
import { readableWorkspacesWhere, type WorkspaceAccess } from './workspaces.js';

/**
 * Governance bodies and their meetings. Who sits on a body is public reference data, kept by platform
 * admins. A body's meetings (times, agenda, documents, outcome) are read by whoever reads its workspace:
 * its member organizations' people (guests read only) and, in an OPEN workspace, everyone. Pure functions
 * of the actor, what the body's workspace allows them and their organization's role on the body, used by
 * the service before it touches data and by the viewer capability fields; tested as tables
 * (governance.test.ts).
 */

/** Platform admins add bodies and decide who sits on them. */
export function mayEditGovernanceBodies(actor: Actor): boolean {
  return actor.role === 'ADMIN';
}

/** How a body's member organization takes part in its workspace: guests attend and read, without a say. */
export function workspaceRoleOfBodyMember(role: GovernanceBodyRole): WorkspaceOrganizationRole {
  return role === 'GUEST' ? 'OBSERVER' : 'MEMBER';
}

/** Meetings are read with the body's workspace, and only with it: their documents are its files. */
export function mayReadMeetings(access: WorkspaceAccess): boolean {
  return access.read;
}

/**
 * Who schedules and keeps a body's meetings: among those who write in its workspace, its moderators,
 * coordinators and admins, and the people of the chair's and the secretariat's organizations.
 */
export function mayManageMeetings(
  actor: Actor,
  access: WorkspaceAccess,
  organizationRole: GovernanceBodyRole | null,
): boolean {
  return (
    access.post &&
    (access.moderate || isStaff(actor) || organizationRole === 'CHAIR' || organizationRole === 'SECRETARIAT')
  );
}

/** A cancelled meeting is kept as it was; a held one may still be corrected, but not cancelled. */
export function mayChangeMeeting(status: MeetingStatus): boolean {
  return status !== 'CANCELLED';
}

/** Reports are the coordinators' work: they publish them to bodies whose workspace they write in. */
export function mayPublishQuarterlyReport(actor: Actor, access: WorkspaceAccess): boolean {
  return isStaff(actor) && access.post;
}

/** SQL twin of mayReadMeetings for a meeting `m`: its body's workspace is readable by the actor. */
export function readableMeetingsWhere(actor: Actor): SqlCondition {
  const readable = readableWorkspacesWhere(actor);
  return {
    sql: `m.body_id IN (SELECT b.id FROM governance_bodies b JOIN workspaces w ON w.id = b.workspace_id
                         WHERE ${readable.sql})`,
    params: readable.params,
  };
}
