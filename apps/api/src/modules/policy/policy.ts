import {
  STATE_KINDS,
  type OrganizationKind,
  type PlatformRole,
  type WorkspaceOrganizationRole,
  type WorkspaceRole,
  type WorkspaceVisibility,
} from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';

/**
 * The one place that answers "may this actor do this to that". Services call it before touching data;
 * each answer is a pure function of the actor and the facts the service looked up, so it is tested
 * as a table (policy.test.ts).
 */

export interface PersonFacts {
  id: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  role: PlatformRole;
}

const isState = (kind: OrganizationKind) => STATE_KINDS.includes(kind);
const isPlatformStaff = (actor: Actor) => actor.role === 'ADMIN' || actor.role === 'COORDINATOR';

/**
 * Need-to-know on people: the people of a State are seen by their own State and by the Compact side,
 * never by another State.
 */
export function maySeePeopleOf(actor: Actor, organization: { id: string; kind: OrganizationKind }): boolean {
  if (!isState(actor.organizationKind)) return true;
  return organization.id === actor.organizationId || !isState(organization.kind);
}

/** Roles an organization admin may hand out in their own organization. */
export function rolesForOrganizationKind(kind: OrganizationKind): PlatformRole[] {
  if (isState(kind)) return ['FOCAL_POINT', 'OBSERVER'];
  return ['ENTITY_MEMBER', 'OBSERVER'];
}

export function mayInvite(
  actor: Actor,
  invitation: {
    organizationId: string;
    organizationKind: OrganizationKind;
    role: PlatformRole;
    isOrganizationAdmin: boolean;
  },
): boolean {
  if (actor.role === 'ADMIN') return true;
  // Coordinators bring people in, but only admins create admins and coordinators.
  if (actor.role === 'COORDINATOR') return invitation.role !== 'ADMIN' && invitation.role !== 'COORDINATOR';
  return (
    actor.isOrganizationAdmin &&
    invitation.organizationId === actor.organizationId &&
    rolesForOrganizationKind(invitation.organizationKind).includes(invitation.role)
  );
}

/** Platform roles and the organization-admin flag are changed by platform admins only, never on themselves. */
export function mayChangeRole(actor: Actor, target: PersonFacts): boolean {
  return actor.role === 'ADMIN' && target.id !== actor.userId;
}

/** Admins disable anyone but themselves; organization admins, the non-staff people of their organization. */
export function mayDisable(actor: Actor, target: PersonFacts): boolean {
  if (target.id === actor.userId) return false;
  if (actor.role === 'ADMIN') return true;
  return (
    actor.isOrganizationAdmin &&
    target.organizationId === actor.organizationId &&
    target.role !== 'ADMIN' &&
    target.role !== 'COORDINATOR'
  );
}

/** Who may see the invitations of an organization (and so manage them). */
export function mayManageInvitationsOf(actor: Actor, organizationId: string): boolean {
  return isPlatformStaff(actor) || (actor.isOrganizationAdmin && actor.organizationId === organizationId);
}

// ---- workspaces ----

const WORKSPACE_ROLE_STRENGTH: Record<WorkspaceRole, number> = { OWNER: 4, MODERATOR: 3, MEMBER: 2, OBSERVER: 1 };

export interface WorkspaceFacts {
  visibility: WorkspaceVisibility;
  /** The actor's own membership role, if any. */
  userRole: WorkspaceRole | null;
  /** The role of the actor's organization in the workspace, if it is a member organization. */
  organizationRole: WorkspaceOrganizationRole | null;
}

export interface WorkspaceAccess {
  role: WorkspaceRole | null;
  read: boolean;
  post: boolean;
  moderate: boolean;
  manageMembers: boolean;
}

/**
 * A person takes part through their own membership or their organization's, whichever is stronger.
 * OPEN workspaces are readable by every signed-in user; posting always needs a membership.
 */
export function workspaceAccess(facts: WorkspaceFacts, platformRole?: PlatformRole): WorkspaceAccess {
  const candidates = [facts.userRole, facts.organizationRole].filter((role): role is WorkspaceRole => role !== null);
  const strongest = candidates.sort((a, b) => WORKSPACE_ROLE_STRENGTH[b] - WORKSPACE_ROLE_STRENGTH[a])[0] ?? null;
  // People with the platform role OBSERVER only ever read.
  const role = strongest && platformRole === 'OBSERVER' ? 'OBSERVER' : strongest;
  const strength = role ? WORKSPACE_ROLE_STRENGTH[role] : 0;
  return {
    role,
    read: role !== null || facts.visibility === 'OPEN',
    post: strength >= WORKSPACE_ROLE_STRENGTH.MEMBER,
    moderate: strength >= WORKSPACE_ROLE_STRENGTH.MODERATOR,
    // Platform admins assign people (e.g. the first owners) without reading the workspace themselves.
    manageMembers: strength >= WORKSPACE_ROLE_STRENGTH.MODERATOR || platformRole === 'ADMIN',
  };
}

/** Coordinators and admins open ad hoc workspaces. */
export function mayCreateWorkspace(actor: Actor): boolean {
  return isPlatformStaff(actor);
}

/** Only owners make owners; moderators manage members and observers. */
export function mayGrantWorkspaceRole(actor: Actor, access: WorkspaceAccess, role: WorkspaceRole): boolean {
  if (!access.manageMembers) return false;
  return actor.role === 'ADMIN' || access.role === 'OWNER' || role === 'MEMBER' || role === 'OBSERVER';
}

/**
 * In a PRIVATE workspace, a State's people see the members of their own State and of the Compact side,
 * never another State's; OPEN workspaces show everyone.
 */
export function maySeeWorkspaceMember(
  actor: Actor,
  visibility: WorkspaceVisibility,
  member: { organizationId: string; organizationKind: OrganizationKind },
): boolean {
  return visibility === 'OPEN' || maySeePeopleOf(actor, { id: member.organizationId, kind: member.organizationKind });
}
