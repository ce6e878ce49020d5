import type { OrganizationKind, PlatformRole } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { isStaff } from './actors.js';
import { rolesForOrganizationKind } from './people.js';

/** Invitations: who brings whom into which organization. */

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

/** Who may see the invitations of an organization (and so manage them). */
export function mayManageInvitationsOf(actor: Actor, organizationId: string): boolean {
  return isStaff(actor) || (actor.isOrganizationAdmin && actor.organizationId === organizationId);
}

/** Coordinators and admins see every organization's pending invitations at once. */
export function mayManageAllInvitations(actor: Actor): boolean {
  return isStaff(actor);
}
