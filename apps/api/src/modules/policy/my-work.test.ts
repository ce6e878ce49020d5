import { ASSISTANCE_REQUEST_STATUSES, NEXT_REQUEST_STEPS, type RequestStepTaker } from '@ctcp/shared';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../common/actor.js';
import { actorOf } from './actors.fixtures.js';
import { allowedTransitions, type AssistanceRequestFacts, mayMatchAssistanceRequest } from './assistance-requests.js';
import { hasMyWorkBlock, MY_WORK_BLOCKS, type MyWorkBlock, myWorkSideOf, unreadThreadKindsOf } from './my-work.js';

const admin = actorOf('ADMIN', 'unoct', 'COMPACT_ENTITY');
const coordinator = actorOf('COORDINATOR', 'unoct', 'COMPACT_ENTITY');
const unodc = actorOf('ENTITY_MEMBER', 'unodc', 'COMPACT_ENTITY');
const undpObserver = actorOf('OBSERVER', 'undp', 'COMPACT_ENTITY');
const partnerMember = actorOf('ENTITY_MEMBER', 'eu', 'REGIONAL_ORGANIZATION');
const philippines = actorOf('FOCAL_POINT', 'ph', 'MEMBER_STATE');
const phObserver = actorOf('OBSERVER', 'ph', 'MEMBER_STATE');

describe('the home page’s sides', () => {
  it.each([
    ['admin', admin, 'COORDINATION'],
    ['coordinator', coordinator, 'COORDINATION'],
    ['entity member', unodc, 'ENTITY'],
    ['entity observer', undpObserver, null],
    ['partner organization member', partnerMember, null],
    ['State focal point', philippines, 'STATE'],
    ['State observer', phObserver, null],
  ] as const)('%s: %s', (_name, actor, side) => {
    expect(myWorkSideOf(actor)).toBe(side);
  });

  it('gives every block to at least one side, and none to those without one', () => {
    for (const block of Object.keys(MY_WORK_BLOCKS) as MyWorkBlock[]) {
      expect([admin, philippines, unodc].some((actor) => hasMyWorkBlock(actor, block))).toBe(true);
      expect(hasMyWorkBlock(undpObserver, block)).toBe(false);
    }
    expect(hasMyWorkBlock(unodc, 'requestsToTriage')).toBe(false);
    expect(hasMyWorkBlock(philippines, 'openForOffer')).toBe(false);
  });

  it('lists a State’s request discussions, an entity’s working groups, a coordinator’s workspaces but requests’', () => {
    expect(unreadThreadKindsOf(philippines)).toEqual(['ASSISTANCE_REQUEST']);
    expect(unreadThreadKindsOf(unodc)).toEqual(['WORKING_GROUP']);
    expect(unreadThreadKindsOf(coordinator)).toEqual(['WORKING_GROUP', 'PROJECT', 'AD_HOC', 'GOVERNANCE_BODY']);
    expect(unreadThreadKindsOf(undpObserver)).toBe('ALL');
  });
});

describe('the next step of a request', () => {
  const facts = (status: AssistanceRequestFacts['status']): AssistanceRequestFacts => ({
    status,
    requestingStateId: 'ph',
    sharingScope: 'ALL_ENTITIES',
    sharedEntityIds: [],
    leadEntityId: 'unodc',
    partnerEntityIds: [],
    offeringEntityIds: [],
    opened: status !== 'DRAFT' && status !== 'SUBMITTED',
    classification: 'UNCLASSIFIED',
    authorId: philippines.userId,
    participants: [],
  });
  const takers: Record<RequestStepTaker, Actor> = { STATE: philippines, COORDINATORS: coordinator, LEAD_ENTITY: unodc };

  it.each(ASSISTANCE_REQUEST_STATUSES.map((status) => [status, NEXT_REQUEST_STEPS[status]] as const))(
    'from %s, is a move its taker may make',
    (status, next) => {
      if (!next) {
        expect(['CLOSED', 'DECLINED', 'WITHDRAWN']).toContain(status);
        return;
      }
      const taker = takers[next.by];
      if (next.to === 'MATCHED') expect(mayMatchAssistanceRequest(taker, facts(status))).toBe(true);
      else expect(allowedTransitions(taker, facts(status))).toContain(next.to);
    },
  );
});
