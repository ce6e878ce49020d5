import type { GovernanceBodyRole, OrganizationKind, PlatformRole, WorkspaceRole } from '@ctcp/shared';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../common/actor.js';
import { actorOf } from './actors.fixtures.js';
import {
  mayChangeMeeting,
  mayEditGovernanceBodies,
  mayManageMeetings,
  mayPublishQuarterlyReport,
  mayReadMeetings,
  workspaceRoleOfBodyMember,
} from './governance.js';
import { workspaceAccess } from './workspaces.js';

const actor = (role: PlatformRole, organizationKind: OrganizationKind = 'COMPACT_ENTITY') =>
  actorOf(role, 'org', organizationKind, { userId: 'me' });

/** What a PRIVATE body workspace allows a person with this role in it (null: no part). */
const access = (who: Actor, role: WorkspaceRole | null) =>
  workspaceAccess({ visibility: 'PRIVATE', kind: 'GOVERNANCE_BODY', role }, who.role);

describe('governance policy', () => {
  it.each([
    ['a coordinator taking part', actor('COORDINATOR'), 'MEMBER', null, true, true, true],
    ['a coordinator taking no part', actor('COORDINATOR'), null, null, false, false, false],
    ['the chair State’s focal point', actor('FOCAL_POINT', 'MEMBER_STATE'), 'MEMBER', 'CHAIR', true, true, false],
    ['the secretariat’s member', actor('ENTITY_MEMBER'), 'MEMBER', 'SECRETARIAT', true, true, false],
    ['a member State’s focal point', actor('FOCAL_POINT', 'MEMBER_STATE'), 'MEMBER', 'MEMBER', true, false, false],
    ['the guest’s member', actor('ENTITY_MEMBER', 'REGIONAL_ORGANIZATION'), 'OBSERVER', 'GUEST', true, false, false],
    ['a moderator of the workspace', actor('ENTITY_MEMBER'), 'MODERATOR', null, true, true, false],
    ['a platform observer of the chair', actor('OBSERVER'), 'MEMBER', 'CHAIR', true, false, false],
    ['a State not on the body', actor('FOCAL_POINT', 'MEMBER_STATE'), null, null, false, false, false],
  ] as [string, Actor, WorkspaceRole | null, GovernanceBodyRole | null, boolean, boolean, boolean][])(
    '%s: reads meetings %s, manages them %s, publishes reports %s',
    (_who, who, workspaceRole, bodyRole, read, manage, publish) => {
      const allowed = access(who, workspaceRole);
      expect(mayReadMeetings(allowed)).toBe(read);
      expect(mayManageMeetings(who, allowed, bodyRole)).toBe(manage);
      expect(mayPublishQuarterlyReport(who, allowed)).toBe(publish);
    },
  );

  it('only platform admins edit bodies and who sits on them', () => {
    expect(mayEditGovernanceBodies(actor('ADMIN'))).toBe(true);
    for (const role of ['COORDINATOR', 'ENTITY_MEMBER', 'FOCAL_POINT', 'OBSERVER'] as const) {
      expect(mayEditGovernanceBodies(actor(role))).toBe(false);
    }
  });

  it('guests take part in the workspace as observers, every other role as members', () => {
    expect(workspaceRoleOfBodyMember('GUEST')).toBe('OBSERVER');
    expect(workspaceRoleOfBodyMember('CHAIR')).toBe('MEMBER');
    expect(workspaceRoleOfBodyMember('SECRETARIAT')).toBe('MEMBER');
    expect(workspaceRoleOfBodyMember('MEMBER')).toBe('MEMBER');
  });

  it('a cancelled meeting is kept as it was', () => {
    expect(mayChangeMeeting('SCHEDULED')).toBe(true);
    expect(mayChangeMeeting('HELD')).toBe(true);
    expect(mayChangeMeeting('CANCELLED')).toBe(false);
  });
});
