import type { PlatformRole } from '@ctcp/shared';

/** Coordinators (and admins) record contributions and agreements. */
export function mayRecordFunding(user: { role: PlatformRole }): boolean {
  return user.role === 'COORDINATOR' || user.role === 'ADMIN';
}
