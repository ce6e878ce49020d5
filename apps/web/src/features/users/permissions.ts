import type { PlatformRole } from '@ctcp/shared';
import type { Actor } from '../invitations/permissions';

export interface Person {
  id: string;
  role: PlatformRole;
  organization: { id: string };
}

/** Platform admins change roles and the organization-admin flag, never their own. */
export function mayChangeRole(actor: Actor, person: Person): boolean {
  return actor.role === 'ADMIN' && person.id !== actor.id;
}

/** Admins disable anyone but themselves; organization admins, the non-staff people of their organization. */
export function mayDisable(actor: Actor, person: Person): boolean {
  if (person.id === actor.id) return false;
  if (actor.role === 'ADMIN') return true;
  return (
    actor.isOrganizationAdmin &&
    person.organization.id === actor.organization.id &&
    person.role !== 'ADMIN' &&
    person.role !== 'COORDINATOR'
  );
}
