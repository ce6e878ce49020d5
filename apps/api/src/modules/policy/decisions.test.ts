import type { OrganizationKind, PlatformRole, WorkspaceRole, WorkspaceVisibility } from '@ctcp/shared';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../common/actor.js';
import { actorOf } from './actors.fixtures.js';
import {
  type DecisionFacts,
  latestSilenceUntil,
  mayBreakSilence,
  mayObjectTo,
  mayProposeDecision,
  mayWithdrawDecision,
  takesObjections,
} from './decisions.js';
import { workspaceAccess } from './workspaces.js';

const actor = (role: PlatformRole, organizationKind: OrganizationKind, organizationId: string) =>
  actorOf(role, organizationId, organizationKind);

const coordinator = actor('COORDINATOR', 'COMPACT_ENTITY', 'unoct');
const admin = actor('ADMIN', 'COMPACT_ENTITY', 'unoct');
const unodc = actor('ENTITY_MEMBER', 'COMPACT_ENTITY', 'unodc');
const undpObserver = actor('OBSERVER', 'COMPACT_ENTITY', 'undp');
const philippines = actor('FOCAL_POINT', 'MEMBER_STATE', 'ph');

const access = (a: Actor, role: WorkspaceRole | null, visibility: WorkspaceVisibility = 'PRIVATE') =>
  workspaceAccess({ visibility, kind: 'AD_HOC', role }, a.role);

const NOW = new Date('2026-12-05T10:00:00Z');
const facts = (overrides: Partial<DecisionFacts> = {}): DecisionFacts => ({
  status: 'OPEN',
  silenceUntil: new Date('2026-12-12T10:00:00Z'),
  proposedById: coordinator.userId,
  proposerOrganizationId: 'unoct',
  ...overrides,
});

describe('mayProposeDecision', () => {
  it.each([
    ['an owner', unodc, access(unodc, 'OWNER'), true],
    ['a moderator', unodc, access(unodc, 'MODERATOR'), true],
    ['a member', unodc, access(unodc, 'MEMBER'), false],
    ['a coordinator who reads an open workspace', coordinator, access(coordinator, null, 'OPEN'), true],
    ['an admin who may not read a private workspace', admin, access(admin, null), false],
    ['a State’s member', philippines, access(philippines, 'MEMBER'), false],
    ['a platform observer made moderator', undpObserver, access(undpObserver, 'MODERATOR'), false],
  ])('%s: %s', (_name, who, workspace, expected) => {
    expect(mayProposeDecision(who, workspace)).toBe(expected);
  });
});

describe('mayBreakSilence', () => {
  it.each([
    ['a member of another organization', unodc, access(unodc, 'MEMBER'), facts(), false, true],
    ['a State that takes part', philippines, access(philippines, 'MEMBER'), facts(), false, true],
    [
      'a State that only reads an open workspace',
      philippines,
      access(philippines, null, 'OPEN'),
      facts(),
      false,
      false,
    ],
    ['a workspace observer', unodc, access(unodc, 'OBSERVER'), facts(), false, false],
    ['a platform observer', undpObserver, access(undpObserver, 'MEMBER'), facts(), false, false],
    ['the proposer’s organization', coordinator, access(coordinator, 'OWNER'), facts(), false, false],
    ['an organization that objected', unodc, access(unodc, 'MEMBER'), facts(), true, false],
    ['after another objection', unodc, access(unodc, 'MEMBER'), facts({ status: 'SILENCE_BROKEN' }), false, true],
    ['once adopted', unodc, access(unodc, 'MEMBER'), facts({ status: 'ADOPTED' }), false, false],
    ['once withdrawn', unodc, access(unodc, 'MEMBER'), facts({ status: 'WITHDRAWN' }), false, false],
    [
      'after the deadline',
      unodc,
      access(unodc, 'MEMBER'),
      facts({ silenceUntil: new Date(NOW.getTime() - 1) }),
      false,
      false,
    ],
  ])('%s', (_name, who, workspace, decision, objected, expected) => {
    expect(mayBreakSilence(who, workspace, decision, NOW, objected)).toBe(expected);
    if (expected) expect(mayObjectTo(who, workspace, decision) && takesObjections(decision, NOW)).toBe(true);
  });
});

describe('mayWithdrawDecision', () => {
  it.each([
    ['the proposer', coordinator, access(coordinator, 'OWNER'), facts(), true],
    ['a moderator', unodc, access(unodc, 'MODERATOR'), facts(), true],
    [
      'a coordinator who reads it',
      { ...coordinator, userId: 'other' },
      access(coordinator, null, 'OPEN'),
      facts(),
      true,
    ],
    ['a member', unodc, access(unodc, 'MEMBER'), facts(), false],
    [
      'the proposer, once silence is broken',
      coordinator,
      access(coordinator, 'OWNER'),
      facts({ status: 'SILENCE_BROKEN' }),
      false,
    ],
    ['the proposer, once adopted', coordinator, access(coordinator, 'OWNER'), facts({ status: 'ADOPTED' }), false],
  ])('%s', (_name, who, workspace, decision, expected) => {
    expect(mayWithdrawDecision(who, workspace, decision)).toBe(expected);
  });
});

describe('latestSilenceUntil', () => {
  it('is 90 days ahead', () => {
    expect(latestSilenceUntil(NOW).toISOString()).toBe('2027-03-05T10:00:00.000Z');
  });
});
