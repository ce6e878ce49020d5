import { STATE_KINDS, type OrganizationKind, type PlatformRole } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { isState, isStatePerson, type SqlCondition } from './actors.js';

/** People: who sees whom, and who changes whose account. */

export interface PersonFacts {
  id: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  role: PlatformRole;
}

/**
 * Need-to-know on people: the people of a State are seen by their own State and by the Compact side,
 * never by another State.
 */
export function maySeePeopleOf(actor: Actor, organization: { id: string; kind: OrganizationKind }): boolean {
  if (!isStatePerson(actor)) return true;
  return organization.id === actor.organizationId || !isState(organization.kind);
}

/** maySeePeopleOf as SQL on the user `u`. */
export function visiblePeopleWhere(actor: Actor): SqlCondition {
  if (!isStatePerson(actor)) return { sql: 'TRUE', params: {} };
  return {
    sql: `(u.organization_id = :viewerOrganizationId
      OR u.organization_id IN (SELECT id FROM organizations WHERE kind NOT IN (:...stateKinds)))`,
    params: { viewerOrganizationId: actor.organizationId, stateKinds: STATE_KINDS },
  };
}

/** Roles an organization admin may hand out in their own organization. */
export function rolesForOrganizationKind(kind: OrganizationKind): PlatformRole[] {
  if (isState(kind)) return ['FOCAL_POINT', 'OBSERVER'];
  return ['ENTITY_MEMBER', 'OBSERVER'];
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
