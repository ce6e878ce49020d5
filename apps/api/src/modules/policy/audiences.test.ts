import {
  ASSISTANCE_REQUEST_STATUSES,
  CLASSIFICATIONS,
  type OrganizationKind,
  type PlatformRole,
  SHARING_SCOPES,
} from '@ctcp/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../common/actor.js';
import { type AssistanceRequestFacts, mayReadAssistanceRequest } from './assistance-requests.js';
import { assistanceRequestAudience, roomsFor } from './audiences.js';

const person = (role: PlatformRole, organizationId: string, organizationKind: OrganizationKind): Actor => ({
  userId: `${role}@${organizationId}`,
  organizationId,
  organizationKind,
  role,
  isOrganizationAdmin: false,
  language: 'en',
  sessionId: 's',
});

/** One of each kind of person, of the organizations the generated requests draw on. */
const PEOPLE = [
  person('ADMIN', 'unoct', 'COMPACT_ENTITY'),
  person('COORDINATOR', 'unoct', 'COMPACT_ENTITY'),
  person('ENTITY_MEMBER', 'unodc', 'COMPACT_ENTITY'),
  person('ENTITY_MEMBER', 'interpol', 'COMPACT_ENTITY'),
  person('OBSERVER', 'undp', 'COMPACT_ENTITY'),
  person('FOCAL_POINT', 'ph', 'MEMBER_STATE'),
  person('FOCAL_POINT', 'mv', 'MEMBER_STATE'),
  person('OBSERVER', 'ph', 'MEMBER_STATE'),
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
