import type { MockLink } from '@apollo/client/testing';
import {
  BodyMeetingsDocument,
  GovernanceBodyDetailDocument,
  MeetingDetailDocument,
  MeetingDocumentChoicesDocument,
} from './operations';

/** Answers of the api for the governance tests: the UNCCT Advisory Board and its 12th meeting. */

export function organization(id: string, acronym: string | null, name: string, kind = 'MEMBER_STATE') {
  return { __typename: 'Organization', id, acronym, name, kind };
}

export const SAUDI_ARABIA = organization('sa', 'KSA', 'Saudi Arabia');
export const UNOCT = organization('unoct', 'UNOCT', 'UN Office of Counter-Terrorism', 'COMPACT_ENTITY');
export const SPAIN = organization('es', null, 'Spain');
export const EU = organization('eu', 'EU', 'European Union', 'PARTNER');

const member = (role: string, of: ReturnType<typeof organization>) => ({
  __typename: 'GovernanceBodyMember',
  role,
  organization: of,
});

export function meetingSummary(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Meeting',
    id: 'm12',
    number: 12,
    // 10:00 to 12:00 in New York (summer time): 14:00 to 16:00 UTC.
    startsAt: '2026-06-10T14:00:00.000Z',
    endsAt: '2026-06-10T16:00:00.000Z',
    timeZone: 'America/New_York',
    place: 'UN Headquarters, Conference Room 7',
    onlineUrl: 'https://meet.example.org/uncct-ab',
    status: 'SCHEDULED',
    ...overrides,
  };
}

export function bodyDetail(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'GovernanceBody',
    id: 'ab',
    key: 'UNCCT_AB',
    acronym: 'UNCCT AB',
    name: 'UNCCT Advisory Board',
    confirmed: false,
    viewerMayScheduleMeeting: false,
    viewerMayEditMembers: false,
    workspace: null,
    members: [
      member('CHAIR', SAUDI_ARABIA),
      member('SECRETARIAT', UNOCT),
      member('MEMBER', SPAIN),
      member('GUEST', EU),
    ],
    nextMeeting: meetingSummary(),
    ...overrides,
  };
}

export const bodyAnswer = (body = bodyDetail()): MockLink.MockedResponse => ({
  request: { query: GovernanceBodyDetailDocument, variables: { id: 'ab', language: 'en' } },
  result: { data: { governanceBody: body } },
});

export function meetingsAnswer(
  upcoming: boolean,
  meetings: ReturnType<typeof meetingSummary>[],
  {
    after,
    hasNextPage = false,
    totalCount = meetings.length,
  }: { after?: string; hasNextPage?: boolean; totalCount?: number } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: BodyMeetingsDocument,
      variables: after ? { id: 'ab', upcoming, after } : { id: 'ab', upcoming },
    },
    result: {
      data: {
        governanceBody: {
          __typename: 'GovernanceBody',
          id: 'ab',
          meetings: {
            __typename: 'MeetingConnection',
            totalCount,
            totalCountIsExact: true,
            pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
            edges: meetings.map((node) => ({ __typename: 'MeetingEdge', node })),
          },
        },
      },
    },
  };
}

export function meetingDetail(overrides: Record<string, unknown> = {}) {
  return {
    ...meetingSummary(),
    agenda: ['Opening by the Chair', 'UNCCT programme review', 'Any other business'],
    outcome: null,
    outcomeHtml: null,
    outcomeRecordedAt: null,
    calendarUrl: '/exports/meetings/m12/calendar.ics',
    viewerMayManage: false,
    createdAt: '2026-05-01T09:00:00.000Z',
    documents: [
      {
        __typename: 'Attachment',
        id: 'f1',
        fileName: 'Programme review.pdf',
        contentType: 'application/pdf',
        size: 2048,
        url: '/attachments/f1',
      },
    ],
    attendees: [],
    body: {
      __typename: 'GovernanceBody',
      id: 'ab',
      acronym: 'UNCCT AB',
      name: 'UNCCT Advisory Board',
      workspace: { __typename: 'Workspace', id: 'w-ab' },
      members: [
        member('CHAIR', SAUDI_ARABIA),
        member('SECRETARIAT', UNOCT),
        member('MEMBER', SPAIN),
        member('GUEST', EU),
      ],
    },
    ...overrides,
  };
}

export const meetingAnswer = (meeting = meetingDetail()): MockLink.MockedResponse => ({
  request: { query: MeetingDetailDocument, variables: { id: 'm12', language: 'en' } },
  result: { data: { meeting } },
});

/** The files of the body's workspace, offered as the meeting's documents. */
export const documentChoicesAnswer = (files: { id: string; fileName: string }[]): MockLink.MockedResponse => ({
  request: { query: MeetingDocumentChoicesDocument, variables: { workspaceId: 'w-ab', query: null, first: 20 } },
  result: {
    data: {
      workspace: {
        __typename: 'Workspace',
        id: 'w-ab',
        files: {
          __typename: 'WorkspaceFileConnection',
          totalCount: files.length,
          edges: files.map((file) => ({
            __typename: 'WorkspaceFileEdge',
            node: { __typename: 'WorkspaceFile', createdAt: '2026-05-01T09:00:00.000Z', ...file },
          })),
        },
      },
    },
  },
});
