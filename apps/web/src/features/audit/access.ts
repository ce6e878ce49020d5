import type { SessionUser } from '../../session';

/** Platform admins read the whole audit trail; an organization's admins read what its people did. */
export function mayReadAuditTrail(user: Pick<SessionUser, 'role' | 'isOrganizationAdmin'>): boolean {
  return user.role === 'ADMIN' || user.isOrganizationAdmin;
}

/** Only platform admins verify the hash chain (and choose the organization to read). */
export function mayVerifyAuditChain(user: Pick<SessionUser, 'role'>): boolean {
  return user.role === 'ADMIN';
}
