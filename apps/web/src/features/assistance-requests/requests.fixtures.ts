import type { MockLink } from '@apollo/client/testing';
import type { Classification } from '@ctcp/shared';
// The discussion's and the files' documents, as the api answers them (another feature's operations are its own).
import { MarkThreadReadDocument, ThreadDocument, WorkspaceFilesDocument } from '../../gql/graphql';
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

/**
 * The request r1 as its page shows it, STRICTLY_CONFIDENTIAL with no declassification day, its marking and
 * capabilities as given.
 */
export function request(overrides: Record<string, unknown> = {}) {
  return {
    ...summary(),
    declassifyOn: null as string | null,
    declassifyTo: null as Classification | null,
    createdBy: { __typename: 'User', id: 'user-ph', name: 'Maria Santos', organization: philippines },
    participants: named(ingrid),
    viewerCanRaiseClassification: false,
    viewerCanLowerClassification: false,
    viewerReadsByBreakGlass: false,
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
    viewerCanAcknowledge: false,
    viewerCanWidenSharing: false,
    acknowledgements: [] as unknown[],
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

/** What the api answers for a request the viewer may not read (or that does not exist). */
export function requestNotFound(id = 'r1', language = 'en'): MockLink.MockedResponse {
  return {
    request: { query: AssistanceRequestDocument, variables: { id, language } },
    result: { errors: [{ message: 'Assistance request not found', extensions: { code: 'NOT_FOUND' } }] },
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

/** The request's discussion, as `request({ discussion })` names it: the thread d1 of the workspace ws-r1. */
export const discussion = { __typename: 'Thread', id: 'd1', workspace: { __typename: 'Workspace', id: 'ws-r1' } };

/**
 * What the request page asks about its discussion and its files: the thread d1 with one post of the State's,
 * which the viewer may edit and delete, and one file they may remove, in a workspace they may post in.
 */
export function discussionAnswers(): MockLink.MockedResponse[] {
  const post = {
    __typename: 'Post',
    id: 'p1',
    body: 'The unit opens in March.',
    bodyHtml: '<p>The unit opens in March.</p>',
    createdAt: '2026-11-29T09:00:00Z',
    editedAt: null,
    deleted: false,
    viewerCanEdit: true,
    viewerCanDelete: true,
    author: {
      __typename: 'Author',
      name: 'Maria Santos',
      organization: philippines,
      person: { __typename: 'User', id: 'user-ph' },
    },
    reactions: [],
    attachments: [],
    quotedPost: null,
  };
  const thread = {
    ...discussion,
    title: 'AR-0001 Training on API/PNR',
    pinned: false,
    locked: false,
    classification: 'UNCLASSIFIED' as Classification,
    declassifyOn: null,
    declassifyTo: null,
    author: { __typename: 'Author', name: 'Maria Santos', person: { __typename: 'User', id: 'user-ph' } },
    participants: [],
    viewerCanRaiseClassification: false,
    viewerCanLowerClassification: false,
    viewerCanEditParticipants: false,
    viewerReadsByBreakGlass: false,
    pillars: [],
    postCount: 1,
    lastActivityAt: '2026-11-29T09:00:00Z',
    createdAt: '2026-11-28T09:00:00Z',
    unread: false,
    viewerLastReadAt: '2026-11-29T10:00:00Z',
    viewerFollows: false,
    viewerCanRename: false,
    workspace: {
      ...discussion.workspace,
      name: 'AR-0001',
      viewerCanModerate: true,
      viewerCanPost: true,
      minimumClassification: 'UNCLASSIFIED' as Classification,
      workingGroup: null,
    },
    posts: {
      __typename: 'PostConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
      edges: [{ __typename: 'PostEdge', cursor: 'c1', node: post }],
    },
  };
  const file = {
    __typename: 'WorkspaceFile',
    id: 'file-1',
    fileName: 'unit-plan.pdf',
    contentType: 'application/pdf',
    size: 1536,
    createdAt: '2026-11-29T09:00:00Z',
    url: '/attachments/file-1',
    viewerCanRemove: true,
    uploader: { __typename: 'Author', name: 'Maria Santos' },
    post: null,
  };
  return [
    {
      request: { query: ThreadDocument, variables: { id: 'd1', language: 'en' } },
      result: { data: { thread } },
      maxUsageCount: 5,
    },
    {
      request: { query: MarkThreadReadDocument, variables: { threadId: 'd1' } },
      result: {
        data: {
          markThreadRead: { __typename: 'Thread', id: 'd1', unread: false, viewerLastReadAt: '2026-11-29T10:00:00Z' },
        },
      },
      maxUsageCount: 5,
    },
    {
      request: {
        query: WorkspaceFilesDocument,
        variables: { workspaceId: 'ws-r1', query: null, contentTypes: null, orderBy: 'NEWEST', first: 20 },
      },
      result: {
        data: {
          workspace: {
            __typename: 'Workspace',
            id: 'ws-r1',
            viewerCanPost: true,
            files: {
              __typename: 'WorkspaceFileConnection',
              totalCount: 1,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              edges: [{ __typename: 'WorkspaceFileEdge', cursor: 'cursor-0', node: file }],
            },
          },
        },
      },
      maxUsageCount: 5,
    },
  ];
}
