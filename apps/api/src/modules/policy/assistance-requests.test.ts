import type { Classification } from '@ctcp/shared';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../common/actor.js';
import { actorOf } from './actors.fixtures.js';
import {
  type AssistanceRequestFacts,
  isSharedAtLeastAsWidely,
  mayAcknowledgeAssistanceRequest,
  mayBeNamedOnAssistanceRequest,
  mayLowerAssistanceRequestMarking,
  mayRaiseAssistanceRequestMarking,
  mayWidenAssistanceRequestSharing,
  mayReadAssistanceRequest,
} from './assistance-requests.js';

const admin = actorOf('ADMIN', 'unoct', 'COMPACT_ENTITY');
const coordinator = actorOf('COORDINATOR', 'unoct', 'COMPACT_ENTITY');
const unodc = actorOf('ENTITY_MEMBER', 'unodc', 'COMPACT_ENTITY');
const undpObserver = actorOf('OBSERVER', 'undp', 'COMPACT_ENTITY');
const author = actorOf('FOCAL_POINT', 'ph', 'MEMBER_STATE');
const otherFocalPoint = { ...actorOf('FOCAL_POINT', 'ph', 'MEMBER_STATE'), userId: 'second@ph' };
const phObserver = actorOf('OBSERVER', 'ph', 'MEMBER_STATE');
const maldives = actorOf('FOCAL_POINT', 'mv', 'MEMBER_STATE');

/** A request of the Philippines open for offers to every Compact entity, naming the coordinator. */
const request = (classification: Classification, status: AssistanceRequestFacts['status'] = 'UNDER_REVIEW') => ({
  status,
  requestingStateId: 'ph',
  sharingScope: 'ALL_ENTITIES' as const,
  sharedEntityIds: [],
  leadEntityId: null,
  partnerEntityIds: [],
  offeringEntityIds: [],
  opened: status !== 'DRAFT' && status !== 'SUBMITTED',
  classification,
  authorId: author.userId,
  participants: [{ userId: coordinator.userId, organizationId: 'unoct' }],
});

describe('reading a marked request', () => {
  it.each([
    ['UNCLASSIFIED', [admin, coordinator, unodc, undpObserver, author, otherFocalPoint, phObserver]],
    ['CONFIDENTIAL', [admin, coordinator, unodc, author, otherFocalPoint]],
    ['STRICTLY_CONFIDENTIAL', [coordinator, author]],
  ] as const)('%s: its readers', (classification, readers) => {
    for (const someone of [admin, coordinator, unodc, undpObserver, author, otherFocalPoint, phObserver, maldives]) {
      expect(mayReadAssistanceRequest(someone, request(classification)), someone.userId).toBe(
        (readers as readonly Actor[]).includes(someone),
      );
    }
  });

  it('keeps a STRICTLY_CONFIDENTIAL draft from those named outside the State', () => {
    expect(mayReadAssistanceRequest(coordinator, request('STRICTLY_CONFIDENTIAL', 'DRAFT'))).toBe(false);
    expect(mayReadAssistanceRequest(author, request('STRICTLY_CONFIDENTIAL', 'DRAFT'))).toBe(true);
  });
});

describe('changing a request’s marking', () => {
  it('goes up by the State’s focal points and coordinators who read it', () => {
    expect(mayRaiseAssistanceRequestMarking(author, request('UNCLASSIFIED'))).toBe(true);
    expect(mayRaiseAssistanceRequestMarking(coordinator, request('CONFIDENTIAL'))).toBe(true);
    expect(mayRaiseAssistanceRequestMarking(unodc, request('UNCLASSIFIED'))).toBe(false);
    expect(mayRaiseAssistanceRequestMarking(phObserver, request('UNCLASSIFIED'))).toBe(false);
  });

  it('goes down, and names people, by the State’s focal points only', () => {
    expect(mayLowerAssistanceRequestMarking(author, request('STRICTLY_CONFIDENTIAL'))).toBe(true);
    expect(mayLowerAssistanceRequestMarking(otherFocalPoint, request('CONFIDENTIAL'))).toBe(true);
    // Not named on the STRICTLY_CONFIDENTIAL one: they do not read it.
    expect(mayLowerAssistanceRequestMarking(otherFocalPoint, request('STRICTLY_CONFIDENTIAL'))).toBe(false);
    expect(mayLowerAssistanceRequestMarking(coordinator, request('CONFIDENTIAL'))).toBe(false);
  });

  it('names only those who would read it were it CONFIDENTIAL', () => {
    const strict = request('STRICTLY_CONFIDENTIAL');
    expect(
      [admin, coordinator, unodc, author, otherFocalPoint].every((someone) =>
        mayBeNamedOnAssistanceRequest(someone, strict),
      ),
    ).toBe(true);
    expect([undpObserver, phObserver, maldives].some((someone) => mayBeNamedOnAssistanceRequest(someone, strict))).toBe(
      false,
    );
  });
});

describe('acknowledging a request', () => {
  const everyone = [admin, coordinator, unodc, undpObserver, author, otherFocalPoint, phObserver, maldives];

  it.each([
    ['SUBMITTED', []],
    ['UNDER_REVIEW', [unodc]],
    ['MATCHED', [unodc]],
    ['IN_PROGRESS', [unodc]],
    ['DELIVERED', []],
    ['CLOSED', []],
  ] as const)('%s: by the members of the Compact entities that read it', (status, acknowledgers) => {
    for (const someone of everyone) {
      expect(mayAcknowledgeAssistanceRequest(someone, request('UNCLASSIFIED', status)), someone.userId).toBe(
        (acknowledgers as readonly Actor[]).includes(someone),
      );
    }
  });

  it('by the matched entity before the request is opened to the others', () => {
    const matched = { ...request('UNCLASSIFIED', 'SUBMITTED'), leadEntityId: 'unodc' };
    expect(mayAcknowledgeAssistanceRequest(unodc, matched)).toBe(true);
  });

  it('not by an entity the marking keeps out', () => {
    expect(mayAcknowledgeAssistanceRequest(unodc, request('STRICTLY_CONFIDENTIAL'))).toBe(false);
  });
});

describe('sharing a submitted request more widely', () => {
  it.each([
    ['DRAFT', []],
    ['SUBMITTED', [author, otherFocalPoint]],
    ['IN_PROGRESS', [author, otherFocalPoint]],
    ['DELIVERED', []],
  ] as const)('%s: by the State’s focal points', (status, wideners) => {
    for (const someone of [admin, coordinator, unodc, undpObserver, author, otherFocalPoint, phObserver, maldives]) {
      expect(mayWidenAssistanceRequestSharing(someone, request('UNCLASSIFIED', status)), someone.userId).toBe(
        (wideners as readonly Actor[]).includes(someone),
      );
    }
  });

  const named = (...ids: string[]) => ({ sharingScope: 'NAMED_ENTITIES' as const, sharedEntityIds: ids });
  const all = { sharingScope: 'ALL_ENTITIES' as const, sharedEntityIds: [] };
  const none = { sharingScope: 'COORDINATORS_ONLY' as const, sharedEntityIds: [] };

  it.each([
    ['coordinators only to named entities', named('unodc'), none, true],
    ['named entities to more named entities', named('unodc', 'undp'), named('unodc'), true],
    ['named entities to all', all, named('unodc'), true],
    ['named entities to others', named('undp'), named('unodc'), false],
    ['all to named entities', named('unodc'), all, false],
    ['named entities to coordinators only', none, named('unodc'), false],
  ] as const)('%s: %s', (_name, to, from, wider) => {
    expect(isSharedAtLeastAsWidely(to, from)).toBe(wider);
  });
});
