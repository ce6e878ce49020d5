import type { OrganizationKind, PlatformRole } from '@ctcp/shared';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../common/actor.js';
import { actorOf } from './actors.fixtures.js';
import {
  dueDateFits,
  type GroupStanding,
  mayEditWorkPlan,
  mayEditWorkPlanItem,
  mayReadWorkPlan,
  periodBounds,
  standingIn,
} from './work-plans.js';

const actor = (
  role: PlatformRole,
  organizationKind: OrganizationKind = 'COMPACT_ENTITY',
  organizationId = 'org',
  isOrganizationAdmin = false,
) => actorOf(role, organizationId, organizationKind, { userId: 'me', isOrganizationAdmin });

const GROUP = { workingGroupId: 'group', organizationId: null };
const UNIT_OF_PH = { workingGroupId: null, organizationId: 'ph' };

describe('work plans policy', () => {
  it.each([
    ['coordinator', actor('COORDINATOR'), null, true, true],
    ['a chair’s member', actor('ENTITY_MEMBER'), 'CHAIR', true, true],
    ['a vice-chair’s member', actor('ENTITY_MEMBER'), 'VICE_CHAIR', true, true],
    ['a vice-chair’s observer', actor('OBSERVER'), 'VICE_CHAIR', true, false],
    ['a member organization’s member', actor('ENTITY_MEMBER'), 'MEMBER', true, false],
    ['an entity outside the group', actor('ENTITY_MEMBER'), null, true, false],
    ['a State in the group', actor('FOCAL_POINT', 'MEMBER_STATE', 'ph'), 'MEMBER', true, false],
    ['a State outside the group', actor('FOCAL_POINT', 'MEMBER_STATE', 'ph'), null, false, false],
  ] as [string, Actor, GroupStanding, boolean, boolean][])(
    'a working group’s plan: %s reads %s, edits %s',
    (_who, who, standing, read, edit) => {
      expect(mayReadWorkPlan(who, GROUP, standing)).toBe(read);
      expect(mayEditWorkPlan(who, GROUP, standing)).toBe(edit);
    },
  );

  it.each([
    ['its organization’s admin', actor('FOCAL_POINT', 'MEMBER_STATE', 'ph', true), true, true],
    ['its organization’s person', actor('FOCAL_POINT', 'MEMBER_STATE', 'ph'), true, false],
    ['another State’s admin', actor('FOCAL_POINT', 'MEMBER_STATE', 'mv', true), false, false],
    ['the Compact side', actor('ENTITY_MEMBER'), true, false],
    ['a coordinator', actor('COORDINATOR'), true, true],
  ] as [string, Actor, boolean, boolean][])('a unit’s plan: %s reads %s, edits %s', (_who, who, read, edit) => {
    expect(mayReadWorkPlan(who, UNIT_OF_PH, null)).toBe(read);
    expect(mayEditWorkPlan(who, UNIT_OF_PH, null)).toBe(edit);
  });

  it('lets an item’s leads of its owner organization edit it, and no other lead', () => {
    const member = actor('ENTITY_MEMBER', 'COMPACT_ENTITY', 'unodc');
    expect(mayEditWorkPlanItem(member, GROUP, 'MEMBER', { ownerOrganizationId: 'unodc', leadIds: ['me'] })).toBe(true);
    expect(mayEditWorkPlanItem(member, GROUP, 'MEMBER', { ownerOrganizationId: 'interpol', leadIds: ['me'] })).toBe(
      false,
    );
    expect(mayEditWorkPlanItem(member, GROUP, 'MEMBER', { ownerOrganizationId: 'unodc', leadIds: ['other'] })).toBe(
      false,
    );
  });

  it('bounds the half years, and takes due dates within a month of them', () => {
    expect(periodBounds(2020, 1)).toEqual({ from: '2020-01-01', to: '2020-06-30' });
    expect(periodBounds(2020, 2)).toEqual({ from: '2020-07-01', to: '2020-12-31' });
    expect(dueDateFits('2020-06-30', 2020, 1)).toBe(true);
    expect(dueDateFits('2020-07-31', 2020, 1)).toBe(true);
    expect(dueDateFits('2020-08-15', 2020, 1)).toBe(false);
    expect(dueDateFits('2019-12-01', 2020, 1)).toBe(true);
    expect(dueDateFits('2019-11-01', 2020, 1)).toBe(false);
  });

  it('counts only the memberships that last', () => {
    const memberships = [
      { workingGroupId: 'group', role: 'CHAIR' as const, toDate: '2020-01-01' },
      { workingGroupId: 'other', role: 'MEMBER' as const, toDate: null },
    ];
    expect(standingIn('group', memberships, '2026-01-01')).toBeNull();
    expect(standingIn('other', memberships, '2026-01-01')).toBe('MEMBER');
    expect(standingIn(null, memberships, '2026-01-01')).toBeNull();
  });
});
