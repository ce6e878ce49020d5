import type { ViewerCapabilities } from '../../session';

/** Whose units the viewer may make plans for, as the api says (`viewerCan`); it checks again on creation. */
export type UnitPlanScope = { kind: 'any' } | { kind: 'own'; organizationId: string } | null;

export function unitPlanScope(
  can: Pick<ViewerCapabilities, 'planForAnyUnit' | 'planForOwnUnits'>,
  viewer: { organization: { id: string } } | null,
): UnitPlanScope {
  if (can.planForAnyUnit) return { kind: 'any' };
  if (can.planForOwnUnits && viewer) return { kind: 'own', organizationId: viewer.organization.id };
  return null;
}
