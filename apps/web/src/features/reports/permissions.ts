import { type OrganizationKind, STATE_KINDS } from '@ctcp/shared';

/**
 * The dashboard, reports and the funding pages draw on every State's records: they are the Compact
 * side's (entities, coordinators, partner organizations), not a State's people's.
 */
export function isCompactSide(user: { organization: { kind: OrganizationKind } }): boolean {
  return !STATE_KINDS.includes(user.organization.kind);
}
