import type { Classification, PlatformRole, WorkspaceRole } from '@ctcp/shared';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../common/actor.js';
import { actorOf } from './actors.fixtures.js';
import {
  type MarkedRecordFacts,
  mayEditParticipants,
  mayLowerMarking,
  mayRaiseMarking,
  mayReadMarked,
} from './classification.js';
import { workspaceAccess } from './workspaces.js';

const actor = (role: PlatformRole, userId = 'me') => actorOf(role, 'org', 'COMPACT_ENTITY', { userId });

const access = (who: Actor, role: WorkspaceRole | null) =>
  workspaceAccess({ visibility: 'PRIVATE', kind: 'AD_HOC', role }, who.role);

const record = (classification: Classification, facts: Partial<MarkedRecordFacts> = {}): MarkedRecordFacts => ({
  classification,
  authorId: 'author',
  participant: false,
  breakGlass: false,
  ...facts,
});

describe('who reads a marked record', () => {
  // Columns: UNCLASSIFIED, CONFIDENTIAL, STRICTLY_CONFIDENTIAL (not named), STRICTLY_CONFIDENTIAL (named).
  it.each([
    ['a member', actor('ENTITY_MEMBER'), 'MEMBER', [true, true, false, true]],
    ['a moderator', actor('ENTITY_MEMBER'), 'MODERATOR', [true, true, false, true]],
    ['a workspace observer', actor('ENTITY_MEMBER'), 'OBSERVER', [true, false, false, false]],
    ['a platform observer who is a member', actor('OBSERVER'), 'MEMBER', [true, false, false, false]],
    ['a coordinator taking part', actor('COORDINATOR'), 'OBSERVER', [true, true, false, true]],
    ['an admin taking part', actor('ADMIN'), 'MEMBER', [true, true, false, true]],
    ['someone taking no part', actor('ENTITY_MEMBER'), null, [false, false, false, false]],
  ] as [string, Actor, WorkspaceRole | null, boolean[]][])('%s', (_name, who, role, expected) => {
    const granted = access(who, role);
    expect([
      mayReadMarked(who, granted, record('UNCLASSIFIED')),
      mayReadMarked(who, granted, record('CONFIDENTIAL')),
      mayReadMarked(who, granted, record('STRICTLY_CONFIDENTIAL')),
      mayReadMarked(who, granted, record('STRICTLY_CONFIDENTIAL', { participant: true })),
    ]).toEqual(expected);
  });

  it('lets a platform admin in through break glass only, even outside the workspace', () => {
    const admin = actor('ADMIN');
    expect(mayReadMarked(admin, access(admin, null), record('STRICTLY_CONFIDENTIAL'))).toBe(false);
    expect(mayReadMarked(admin, access(admin, null), record('STRICTLY_CONFIDENTIAL', { breakGlass: true }))).toBe(true);
    const coordinator = actor('COORDINATOR');
    const grant = record('STRICTLY_CONFIDENTIAL', { breakGlass: true });
    expect(mayReadMarked(coordinator, access(coordinator, 'MEMBER'), grant)).toBe(false);
  });
});

describe('who changes a marking', () => {
  it.each([
    ['a member who reads it', actor('ENTITY_MEMBER'), 'MEMBER', true, false],
    ['a moderator who reads it', actor('ENTITY_MEMBER'), 'MODERATOR', true, true],
    ['a workspace observer', actor('ENTITY_MEMBER'), 'OBSERVER', false, false],
  ] as [string, Actor, WorkspaceRole, boolean, boolean][])('%s: raises %s, lowers %s', (_n, who, role, up, down) => {
    const granted = access(who, role);
    expect(mayRaiseMarking(who, granted, record('UNCLASSIFIED'))).toBe(up);
    expect(mayLowerMarking(who, granted, record('UNCLASSIFIED'))).toBe(down);
  });

  it('names participants: the author or a moderator, named on it themselves', () => {
    const author = actor('ENTITY_MEMBER', 'author');
    const named = record('STRICTLY_CONFIDENTIAL', { participant: true });
    expect(mayEditParticipants(author, access(author, 'MEMBER'), named)).toBe(true);
    expect(mayEditParticipants(actor('ENTITY_MEMBER'), access(author, 'MEMBER'), named)).toBe(false);
    expect(mayEditParticipants(actor('ENTITY_MEMBER'), access(author, 'MODERATOR'), named)).toBe(true);
    expect(mayEditParticipants(author, access(author, 'MEMBER'), record('CONFIDENTIAL', { participant: true }))).toBe(
      false,
    );
  });
});
