import type { MockLink } from '@apollo/client/testing';
import type { Classification } from '@ctcp/shared';
import { MarkThreadReadDocument, ParticipantCandidatesDocument, ThreadDocument } from './operations';

// The api's answers for the discussions' tests, with the __typename fields the cache needs.

const organization = (id: string, acronym: string, name: string) => ({ __typename: 'Organization', id, acronym, name });

export const unodc = organization('o-unodc', 'UNODC', 'United Nations Office on Drugs and Crime');
export const interpol = organization('o-interpol', 'INTERPOL', 'International Criminal Police Organization');

/** A person as the api names them (`Author`), with the person the viewer may see. */
export function author(id: string, name: string, org = unodc, email = `${id}@example.org`) {
  return { __typename: 'Author', name, organization: org, person: { __typename: 'User', id, email } };
}

export const ingrid = author('u-ingrid', 'Ingrid Larsen', unodc, 'member@unodc.example');
export const jeanLuc = author('u-jean-luc', 'Jean-Luc Moreau', interpol, 'member@interpol.example');

/**
 * A thread of the workspace w1 (whose threads may carry any marking) with one post, its marking and
 * capabilities as given.
 */
export function thread(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Thread',
    id: 't1',
    title: 'Financial intelligence on the network',
    pinned: false,
    locked: false,
    classification: 'STRICTLY_CONFIDENTIAL' as Classification,
    declassifyOn: null,
    declassifyTo: null,
    author: { __typename: 'Author', name: 'Ingrid Larsen', person: { __typename: 'User', id: 'u-ingrid' } },
    participants: [ingrid, jeanLuc].map(({ person, ...rest }) => ({
      ...rest,
      person: { __typename: 'User', id: person.id },
    })),
    viewerCanRaiseClassification: false,
    viewerCanLowerClassification: false,
    viewerCanEditParticipants: false,
    viewerReadsByBreakGlass: false,
    pillars: [],
    postCount: 1,
    lastActivityAt: '2026-11-30T09:00:00Z',
    createdAt: '2026-11-30T09:00:00Z',
    unread: false,
    viewerLastReadAt: '2026-11-30T10:00:00Z',
    viewerFollows: true,
    viewerCanRename: false,
    workspace: {
      __typename: 'Workspace',
      id: 'w1',
      name: 'Criminal Justice',
      viewerCanModerate: false,
      viewerCanPost: true,
      minimumClassification: 'UNCLASSIFIED' as Classification,
      workingGroup: null,
    },
    posts: postsOf([post('p1')]),
    ...overrides,
  };
}

/** A post of Ingrid Larsen's, as the thread's answer holds it, with the values given. */
export function post(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Post',
    id,
    body: 'The transfers go through three exchanges.',
    bodyHtml: '<p>The transfers go through three exchanges.</p>',
    createdAt: '2026-11-30T09:00:00Z',
    editedAt: null,
    deleted: false,
    viewerCanEdit: false,
    viewerCanDelete: false,
    author: {
      __typename: 'Author',
      name: 'Ingrid Larsen',
      organization: unodc,
      person: { __typename: 'User', id: 'u-ingrid' },
    },
    reactions: [],
    attachments: [],
    quotedPost: null,
    ...overrides,
  };
}

/** A page of posts, the first as `c1`, the next as `c2`, … */
export function postsOf(posts: ReturnType<typeof post>[], { hasNextPage = false, from = 1 } = {}) {
  const edges = posts.map((node, index) => ({ __typename: 'PostEdge', cursor: `c${from + index}`, node }));
  return {
    __typename: 'PostConnection',
    totalCount: posts.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
  };
}

export function threadAnswer(value: ReturnType<typeof thread>, language = 'en'): MockLink.MockedResponse {
  return {
    request: { query: ThreadDocument, variables: { id: value.id, language } },
    result: { data: { thread: value } },
  };
}

/** What the api answers for a thread the viewer may not read (or that does not exist). */
export function threadNotFound(id = 't1'): MockLink.MockedResponse {
  return {
    request: { query: ThreadDocument, variables: { id, language: 'en' } },
    result: { errors: [{ message: 'Thread not found', extensions: { code: 'NOT_FOUND' } }] },
  };
}

/** When the page marked the thread read. */
export const MARKED_READ_AT = '2026-12-01T08:00:00Z';

/** Opening a thread marks it read: answered whatever the thread. */
export const markReadAnswer: MockLink.MockedResponse = {
  request: { query: MarkThreadReadDocument, variables: () => true },
  result: ({ threadId }: { threadId: string }) => ({
    data: { markThreadRead: { __typename: 'Thread', id: threadId, unread: false, viewerLastReadAt: MARKED_READ_AT } },
  }),
  maxUsageCount: 10,
};

/** `Workspace.participantCandidates` of w1: these people, whatever the search. */
export function candidatesAnswer(people = [ingrid, jeanLuc]): MockLink.MockedResponse {
  return {
    request: { query: ParticipantCandidatesDocument, variables: () => true },
    result: { data: { workspace: { __typename: 'Workspace', id: 'w1', participantCandidates: people } } },
    maxUsageCount: 20,
  };
}
