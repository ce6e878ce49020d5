import type { PlatformRole } from '@ctcp/shared';

/** Coordinators (and admins) create joint projects; the lead entity's members then edit theirs. */
export function mayCreateProject(user: { role: PlatformRole }): boolean {
  return user.role === 'COORDINATOR' || user.role === 'ADMIN';
}
