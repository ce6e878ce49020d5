import type { PlatformRole } from '@ctcp/shared';

/**
 * Whose units the viewer may make plans for, as the api's rule on a unit's plan says (`mayEditWorkPlan`):
 * coordinators and platform admins, any organization's; an organization's admins, their own organization's
 * (not with the read-only OBSERVER role); anyone else, none. The api checks it again on creation.
 */
export type UnitPlanScope = { kind: 'any' } | { kind: 'own'; organizationId: string } | null;

export function unitPlanScope(
  viewer: { role: PlatformRole; isOrganizationAdmin: boolean; organization: { id: string } } | null,
): UnitPlanScope {
  if (!viewer) return null;
  if (viewer.role === 'ADMIN' || viewer.role === 'COORDINATOR') return { kind: 'any' };
  if (viewer.role === 'OBSERVER' || !viewer.isOrganizationAdmin) return null;
  return { kind: 'own', organizationId: viewer.organization.id };
}
