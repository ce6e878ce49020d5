import type { MockLink } from '@apollo/client/testing';
import type { Classification } from '@ctcp/shared';
import type { SessionUser } from '../../session';
import { AssistanceRequestDocument, RequestParticipantCandidatesDocument } from './operations';

// The api's answers for the assistance requests' tests, with the __typename fields the cache needs.

const organization = (id: string, acronym: string | null, name: string) => ({
  __typename: 'Organization',
  id,
  acronym,
  name,
});

export const philippines = organization('org-ph', null, 'Philippines');
export const unodc = organization('org-unodc', 'UNODC', 'UN Office on Drugs and Crime');
export const unoct = organization('org-unoct', 'UNOCT', 'UN Office of Counter-Terrorism');

/** A person as the api names them (`Author`), with the person the viewer may see. */
export function author(id: string, name: string, org = unodc, email = `${id}@example.org`) {
  return { __typename: 'Author', name, organization: org, person: { __typename: 'User', id, email } };
}

export const maria = author('user-ph', 'Maria Santos', philippines, 'focal.point@ph.example');
export const ingrid = author('u-ingrid', 'Ingrid Larsen', unodc, 'member@unodc.example');
export const amina = author('user-admin', 'Amina Haddad', unoct, 'admin@unoct.example');

/** The requesting State's focal point, author of the requests below. */
export const focalPoint: SessionUser = {
  id: 'user-ph',
  email: 'focal.point@ph.example',
  name: 'Maria Santos',
  role: 'FOCAL_POINT',
  isOrganizationAdmin: true,
  preferredLanguage: 'en',
  organization: { id: 'org-ph', acronym: null, kind: 'MEMBER_STATE' },
  twoFactor: { enabled: false, required: false },
};

/** People named on a request, as its `participants` answers them (ids only). */
export const named = (...people: ReturnType<typeof author>[]) =>
  people.map(({ person, ...rest }) => ({ ...rest, person: { __typename: 'User', id: person.id } }));

/** A request as a list or the board shows it (RequestSummaryFields): r1 of the Philippines, under review. */
export function summary(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AssistanceRequest',
    id: 'r1',
    reference: 'AR-0001',
    title: 'Training on API/PNR',
    status: 'UNDER_REVIEW',
    priority: 'HIGH',
    classification: 'STRICTLY_CONFIDENTIAL' as Classification,
    overdue: false,
    slaDueAt: null,
    updatedAt: '2026-11-30T09:00:00Z',
    pillars: [],
    viewerTransitions: [],
    viewerCanMatch: false,
    requestingState: { __typename: 'Organization', id: 'org-ph', name: 'Philippines' },
    workingGroup: null,
    leadEntity: null,
    ...overrides,
  };
}

/** The request r1 as its page shows it, STRICTLY_CONFIDENTIAL, its marking and capabilities as given. */
export function request(overrides: Record<string, unknown> = {}) {
  return {
    ...summary(),
    createdBy: { __typename: 'User', id: 'user-ph', name: 'Maria Santos', organization: philippines },
    participants: named(ingrid),
    viewerCanRaiseClassification: false,
    viewerCanLowerClassification: false,
    description: 'Help us set up a passenger information unit.',
    descriptionHtml: '<p>Help us set up a passenger information unit.</p>',
    desiredTimeframe: '',
    beneficiaryInstitutions: '',
    sharingScope: 'ALL_ENTITIES',
    createdAt: '2026-11-28T09:00:00Z',
    submittedAt: '2026-11-28T09:00:00Z',
    statusChangedAt: '2026-11-29T09:00:00Z',
    feedbackRating: null,
    feedbackComment: null,
    feedbackAt: null,
    viewerCanEdit: false,
    viewerCanOffer: false,
    viewerCanGiveFeedback: false,
    sharedEntities: [],
    partnerEntities: [],
    viewerOffer: null,
    offers: [],
    timeline: [],
    timeInStatus: [],
    discussion: null,
    ...overrides,
  };
}

export function requestAnswer(value: ReturnType<typeof request>, language = 'en'): MockLink.MockedResponse {
  return {
    request: { query: AssistanceRequestDocument, variables: { id: value.id, language } },
    result: { data: { assistanceRequest: value } },
    // The page asks again (cache and network) as it shows the answer.
    maxUsageCount: 5,
  };
}

/** `AssistanceRequest.participantCandidates` of r1: these people, whatever the search. */
export function candidatesAnswer(people = [maria, ingrid, amina]): MockLink.MockedResponse {
  return {
    request: { query: RequestParticipantCandidatesDocument, variables: () => true },
    result: {
      data: { assistanceRequest: { __typename: 'AssistanceRequest', id: 'r1', participantCandidates: people } },
    },
    maxUsageCount: 20,
  };
}
