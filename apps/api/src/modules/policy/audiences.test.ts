import { ASSISTANCE_REQUEST_STATUSES, CLASSIFICATIONS, SHARING_SCOPES } from '@ctcp/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorOf } from './actors.fixtures.js';
import { type AssistanceRequestFacts, mayReadAssistanceRequest } from './assistance-requests.js';
import { assistanceRequestAudience, roomsFor } from './audiences.js';

/** One of each kind of person, of the organizations the generated requests draw on. */
const PEOPLE = [
  actorOf('ADMIN', 'unoct', 'COMPACT_ENTITY'),
  actorOf('COORDINATOR', 'unoct', 'COMPACT_ENTITY'),
  actorOf('ENTITY_MEMBER', 'unodc', 'COMPACT_ENTITY'),
  actorOf('ENTITY_MEMBER', 'interpol', 'COMPACT_ENTITY'),
  actorOf('OBSERVER', 'undp', 'COMPACT_ENTITY'),
  actorOf('FOCAL_POINT', 'ph', 'MEMBER_STATE'),
  actorOf('FOCAL_POINT', 'mv', 'MEMBER_STATE'),
  actorOf('OBSERVER', 'ph', 'MEMBER_STATE'),
];
const ENTITIES = ['unoct', 'unodc', 'interpol', 'undp'];

const entities = fc.uniqueArray(fc.constantFrom(...ENTITIES), { maxLength: 3 });
const requestFacts: fc.Arbitrary<AssistanceRequestFacts> = fc
  .record({
    status: fc.constantFrom(...ASSISTANCE_REQUEST_STATUSES),
    requestingStateId: fc.constantFrom('ph', 'mv'),
    sharingScope: fc.constantFrom(...SHARING_SCOPES),
    sharedEntityIds: entities,
    leadEntityId: fc.option(fc.constantFrom(...ENTITIES), { nil: null }),
    partnerEntityIds: entities,
    offeringEntityIds: entities,
    opened: fc.boolean(),
    classification: fc.constantFrom(...CLASSIFICATIONS),
    // Anyone may have been named once: the rule, not the naming, decides who reads it now.
    participants: fc
      .uniqueArray(fc.constantFrom(...PEOPLE), { maxLength: 4 })
      .map((named) => named.map((someone) => ({ userId: someone.userId, organizationId: someone.organizationId }))),
  })
  .map((facts) => ({ ...facts, authorId: `FOCAL_POINT@${facts.requestingStateId}` }));

describe('the audience of assistanceRequest.updated', () => {
  it('reaches exactly the people who may read the request (the socket twin of the rule)', () => {
    fc.assert(
      fc.property(requestFacts, (facts) => {
        const audience = assistanceRequestAudience(facts);
        for (const actor of PEOPLE) {
          const rooms = roomsFor(actor, []);
          const reached =
            rooms.some((room) => audience.rooms.includes(room)) &&
            !rooms.some((room) => audience.except.includes(room));
          expect(reached, `${actor.userId} on ${JSON.stringify(facts)}`).toBe(mayReadAssistanceRequest(actor, facts));
        }
      }),
      { numRuns: 600, seed: 20201 },
    );
  });
});
