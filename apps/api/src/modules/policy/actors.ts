import { STATE_KINDS, type OrganizationKind, type PlatformRole } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';

/**
 * Someone other than the signed-in person, as the rules read them: to decide whom a notification, a live
 * event or a naming may reach. Only their id, role and organization matter to those rules.
 */
export function personActor(person: {
  id: string;
  role: PlatformRole;
  organizationId: string;
  organizationKind: OrganizationKind;
}): Actor {
  return {
    userId: person.id,
    role: person.role,
    organizationId: person.organizationId,
    organizationKind: person.organizationKind,
    isOrganizationAdmin: false,
    language: 'en',
    sessionId: '',
  };
}

/** Coordinators and platform admins: the Compact's secretariat, who see and steer everything submitted. */
export const isStaff = (actor: Pick<Actor, 'role'>) => actor.role === 'ADMIN' || actor.role === 'COORDINATOR';

/** SQL twin of isStaff on a platform role expression (for example `u.role`). */
export const isStaffSql = (role: string) => `${role} IN ('ADMIN', 'COORDINATOR')`;

export const isState = (kind: OrganizationKind) => STATE_KINDS.includes(kind);

/** A person of a Member or observer State (not of the Compact side). */
export const isStatePerson = (actor: Pick<Actor, 'organizationKind'>) => isState(actor.organizationKind);

/** A SQL condition with its named parameters, to pass to a query builder's `where`: a rule's SQL twin. */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}
