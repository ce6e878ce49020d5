import type { Actor } from '../../common/actor.js';
import type { SqlCondition } from './actors.js';

/**
 * Reference data (organizations, their units, working-group memberships): read by every signed-in
 * person, corrected by platform admins; an organization's admins also keep its own units up to date
 * (the delegated administration of people.ts, applied to the organization's structure).
 */

/** Names, status, dates and the confirmed flag of an organization: platform admins only. */
export function mayEditOrganization(actor: Actor): boolean {
  return actor.role === 'ADMIN';
}

/** Who takes part in a working group, and who chairs it: platform admins only. */
export function mayEditWorkingGroupMemberships(actor: Actor): boolean {
  return actor.role === 'ADMIN';
}

/** Platform admins manage any organization's units; organization admins, their own organization's. */
export function mayManageUnitsOf(actor: Actor, organizationId: string): boolean {
  if (actor.role === 'ADMIN') return true;
  return actor.isOrganizationAdmin && actor.organizationId === organizationId;
}

/** mayManageUnitsOf as SQL on the organization `o`. */
export function unitsManagedWhere(actor: Actor): SqlCondition {
  if (actor.role === 'ADMIN') return { sql: 'TRUE', params: {} };
  if (!actor.isOrganizationAdmin) return { sql: 'FALSE', params: {} };
  return { sql: 'o.id = :managerOrganizationId', params: { managerOrganizationId: actor.organizationId } };
}

/**
 * Placing a person (or a record of their organization) in a unit is part of managing the organization's
 * people and structure: the same people as mayManageUnitsOf.
 */
export const mayPlaceInUnitOf = mayManageUnitsOf;

/**
 * Whether giving the unit `unitId` the parent `parentId` would close a loop, given every unit's current
 * parent (`parents`). A unit cannot be its own ancestor.
 */
export function wouldMakeCycle(
  unitId: string,
  parentId: string | null,
  parents: ReadonlyMap<string, string | null>,
): boolean {
  const seen = new Set<string>();
  for (let at = parentId; at !== null && at !== undefined; at = parents.get(at) ?? null) {
    if (at === unitId) return true;
    // A loop already in the data (which this rule keeps out) must not hang the check.
    if (seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}
