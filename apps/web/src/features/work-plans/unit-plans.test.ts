import { describe, expect, it } from 'vitest';
import type { PlatformRole } from '@ctcp/shared';
import { unitPlanScope } from './unit-plans';

const viewer = (role: PlatformRole, isOrganizationAdmin: boolean) => ({
  role,
  isOrganizationAdmin,
  organization: { id: 'org-1' },
});

describe('unitPlanScope', () => {
  it('follows the api’s rule on who makes a unit’s plan', () => {
    expect(unitPlanScope(viewer('ADMIN', false))).toEqual({ kind: 'any' });
    expect(unitPlanScope(viewer('COORDINATOR', false))).toEqual({ kind: 'any' });
    expect(unitPlanScope(viewer('ENTITY_MEMBER', true))).toEqual({ kind: 'own', organizationId: 'org-1' });
    expect(unitPlanScope(viewer('FOCAL_POINT', true))).toEqual({ kind: 'own', organizationId: 'org-1' });
    expect(unitPlanScope(viewer('ENTITY_MEMBER', false))).toBeNull();
    // People with the OBSERVER role only read, even as their organization's admins.
    expect(unitPlanScope(viewer('OBSERVER', true))).toBeNull();
    expect(unitPlanScope(null)).toBeNull();
  });
});
