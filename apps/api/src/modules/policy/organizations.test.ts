import type { OrganizationKind, PlatformRole } from '@ctcp/shared';
import { describe, expect, it } from 'vitest';
import { actorOf } from './actors.fixtures.js';
import {
  mayEditOrganization,
  mayEditWorkingGroupMemberships,
  mayManageUnitsOf,
  unitsManagedWhere,
  wouldMakeCycle,
} from './organizations.js';

const actor = (role: PlatformRole, organizationKind: OrganizationKind, organizationId: string, orgAdmin = false) =>
  actorOf(role, organizationId, organizationKind, { isOrganizationAdmin: orgAdmin });

const admin = actor('ADMIN', 'COMPACT_ENTITY', 'unoct');
const coordinator = actor('COORDINATOR', 'COMPACT_ENTITY', 'unoct');
const unodcAdmin = actor('ENTITY_MEMBER', 'COMPACT_ENTITY', 'unodc', true);
const unodcMember = actor('ENTITY_MEMBER', 'COMPACT_ENTITY', 'unodc');
const philippinesAdmin = actor('FOCAL_POINT', 'MEMBER_STATE', 'ph', true);

describe('mayManageUnitsOf', () => {
  it.each([
    ['a platform admin, any organization', admin, 'unodc', true],
    ['a coordinator, their own organization', coordinator, 'unoct', false],
    ['an organization admin, their own organization', unodcAdmin, 'unodc', true],
    ['an organization admin, another organization', unodcAdmin, 'unoct', false],
    ['a member, their own organization', unodcMember, 'unodc', false],
    ["a State's organization admin, their State", philippinesAdmin, 'ph', true],
  ])('%s -> %s', (_label, who, organizationId, expected) => {
    expect(mayManageUnitsOf(who, organizationId)).toBe(expected);
  });

  it('has a SQL twin that says the same', () => {
    expect(unitsManagedWhere(admin).sql).toBe('TRUE');
    expect(unitsManagedWhere(unodcMember).sql).toBe('FALSE');
    expect(unitsManagedWhere(unodcAdmin).params).toEqual({ managerOrganizationId: 'unodc' });
  });
});

describe('reference data', () => {
  it.each([
    [admin, true],
    [coordinator, false],
    [unodcAdmin, false],
    [philippinesAdmin, false],
  ])('only platform admins edit organizations and working-group memberships (%#)', (who, expected) => {
    expect(mayEditOrganization(who)).toBe(expected);
    expect(mayEditWorkingGroupMemberships(who)).toBe(expected);
  });
});

describe('wouldMakeCycle', () => {
  // a <- b <- c (c's parent is b, b's is a); d stands alone.
  const parents = new Map<string, string | null>([
    ['a', null],
    ['b', 'a'],
    ['c', 'b'],
    ['d', null],
  ]);
  it.each([
    ['a top-level unit', 'c', null, false],
    ['under an unrelated unit', 'a', 'd', false],
    ['moving a leaf up', 'c', 'a', false],
    ['itself', 'a', 'a', true],
    ['under its own child', 'a', 'b', true],
    ['under its grandchild', 'a', 'c', true],
  ])('%s', (_label, unit, parent, expected) => {
    expect(wouldMakeCycle(unit, parent, parents)).toBe(expected);
  });

  it('stops on a loop already in the data', () => {
    const looped = new Map<string, string | null>([
      ['x', 'y'],
      ['y', 'x'],
    ]);
    expect(wouldMakeCycle('z', 'x', looped)).toBe(true);
  });
});
