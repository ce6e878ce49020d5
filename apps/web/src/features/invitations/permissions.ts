import { PLATFORM_ROLES, STATE_KINDS, type OrganizationKind, type PlatformRole } from '@ctcp/shared';

/** What the web needs to know about the signed-in user to offer (not enforce) an action. */
export interface Actor {
  id: string;
  role: PlatformRole;
  isOrganizationAdmin: boolean;
  organization: { id: string; kind: OrganizationKind };
}

/** Mirrors the api's policy, so the UI only offers what the api will allow. */
export function mayManageInvitations(actor: Actor): boolean {
  return actor.role === 'ADMIN' || actor.role === 'COORDINATOR' || actor.isOrganizationAdmin;
}

/** Platform staff may invite to any organization; organization admins to their own only. */
export function mayInviteToAnyOrganization(actor: Actor): boolean {
  return actor.role === 'ADMIN' || actor.role === 'COORDINATOR';
}

/** Roles an organization admin may hand out in their own organization. */
export function rolesForOrganizationKind(kind: OrganizationKind): PlatformRole[] {
  return STATE_KINDS.includes(kind) ? ['FOCAL_POINT', 'OBSERVER'] : ['ENTITY_MEMBER', 'OBSERVER'];
}

/** The roles `actor` may give someone they invite to an organization of `kind`. */
export function invitableRoles(actor: Actor, kind: OrganizationKind): PlatformRole[] {
  if (actor.role === 'ADMIN') return [...PLATFORM_ROLES];
  // Only admins create admins and coordinators.
  if (actor.role === 'COORDINATOR') return PLATFORM_ROLES.filter((role) => role !== 'ADMIN' && role !== 'COORDINATOR');
  return rolesForOrganizationKind(kind);
}
