import type { SessionUser } from '../../session';

/** Only platform admins verify the hash chain (and choose the organization to read). */
export function mayVerifyAuditChain(user: Pick<SessionUser, 'role'>): boolean {
  return user.role === 'ADMIN';
}
