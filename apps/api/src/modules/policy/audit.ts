import type { Actor } from '../../common/actor.js';
import type { SqlCondition } from './actors.js';

/**
 * The audit trail. Platform admins read all of it and verify its chain; an organization's admins read what
 * their own organization's people did (sign-ins, changes, downloads), nothing of other organizations'.
 */

export function mayReadAuditTrail(actor: Actor): boolean {
  return actor.role === 'ADMIN' || actor.isOrganizationAdmin;
}

export function mayVerifyAuditChain(actor: Actor): boolean {
  return actor.role === 'ADMIN';
}

/** SQL twin of reading an event `e`. */
export function readableAuditEventsWhere(actor: Actor): SqlCondition {
  if (actor.role === 'ADMIN') return { sql: 'TRUE', params: {} };
  if (actor.isOrganizationAdmin) {
    return { sql: 'e.organization_id = :auditOrganizationId', params: { auditOrganizationId: actor.organizationId } };
  }
  return { sql: 'FALSE', params: {} };
}
