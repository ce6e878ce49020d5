import type { PlatformRole } from '@ctcp/shared';

/** Coordinators record any activity; entity members, those their organization organizes. */
export function mayRecordActivities(user: { role: PlatformRole }): boolean {
  return user.role === 'COORDINATOR' || user.role === 'ADMIN' || user.role === 'ENTITY_MEMBER';
}
