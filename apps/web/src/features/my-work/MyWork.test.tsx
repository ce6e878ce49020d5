import type { ReactNode } from 'react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { createRealtimeHub, RealtimeContext } from '../../realtime';
import { adminCan, adminUser, renderWithApp, signedInMock } from '../../test/render';
import { MyWork } from './MyWork';
import { MyWorkDocument } from './operations';

const philippines = {
  ...adminUser,
  id: 'user-ph',
  role: 'FOCAL_POINT' as const,
  isOrganizationAdmin: false,
  organization: { id: 'org-ph', acronym: null, kind: 'MEMBER_STATE' as const },
};
const stateCan = { ...adminCan, triageAssistanceRequests: false, requestAssistance: true, readReports: false };

const none = (typename: string) => ({ __typename: typename, totalCount: 0, totalCountIsExact: true, edges: [] });

function request(id: string, title: string, status: string, overdue = false) {
  return {
    __typename: 'AssistanceRequestEdge',
    node: {
      __typename: 'AssistanceRequest',
      id,
      reference: `AR-2026-00${id.length}`,
      title,
      status,
      overdue,
      slaDueAt: '2026-12-20T00:00:00.000Z',
      requestingState: { __typename: 'Organization', id: 'org-ph', name: 'Philippines' },
      leadEntity:
        status === 'MATCHED' ? { __typename: 'Organization', id: 'org-unodc', acronym: 'UNODC', name: 'UNODC' } : null,
    },
  };
}

/** A State's home page, with the __typename fields the cache needs. */
function stateWork(requests: ReturnType<typeof request>[]) {
  return {
    __typename: 'MyWork',
    side: 'STATE',
    requestsToTriage: null,
    overdueRequests: none('AssistanceRequestConnection'),
    offersToReview: null,
    stalledMatches: null,
    stateRequests: { ...none('AssistanceRequestConnection'), totalCount: requests.length, edges: requests },
    offersReceived: none('AssistanceRequestConnection'),
    openForOffer: null,
    assignedRequests: null,
    projectsAtRisk: null,
    entityProjects: null,
    milestonesDue: null,
    plannedActivities: none('ActivityConnection'),
    unreadThreads: {
      ...none('ThreadConnection'),
      totalCount: 1,
      edges: [
        {
          __typename: 'ThreadEdge',
          node: {
            __typename: 'Thread',
            id: 'thread-1',
            title: 'Dates for the training',
            lastActivityAt: new Date().toISOString(),
            workspace: { __typename: 'Workspace', id: 'ws-1', name: 'Border security training', workingGroup: null },
          },
        },
      ],
    },
  };
}

const answer = (work: ReturnType<typeof stateWork>): MockLink.MockedResponse => ({
  request: { query: MyWorkDocument, variables: { language: 'en' } },
  result: { data: { myWork: work } },
});

function renderMyWork(answers: MockLink.MockedResponse[], below?: ReactNode) {
  const hub = createRealtimeHub('connected');
  renderWithApp(
    <RealtimeContext.Provider value={hub}>
      <MyWork>{below}</MyWork>
    </RealtimeContext.Provider>,
    { mocks: [signedInMock(philippines, stateCan), ...answers] },
  );
  return hub;
}

describe('MyWork', () => {
  it('shows a State its requests with the next step and who takes it, and says when a block is empty', async () => {
    renderMyWork([
      answer(
        stateWork([
          request('r1', 'Border security training', 'UNDER_REVIEW'),
          request('r22', 'Port security', 'MATCHED'),
        ]),
      ),
    ]);

    const ours = await screen.findByRole('region', { name: 'Our requests' }, { timeout: 10_000 });
    expect(within(ours).getByRole('link', { name: 'Border security training' })).toHaveAttribute(
      'href',
      '/requests/r1',
    );
    expect(within(ours).getByText('Next: Matched, by the coordinators')).toBeInTheDocument();
    expect(within(ours).getByText('Next: In progress, by UNODC')).toBeInTheDocument();
    expect(within(ours).getByRole('link', { name: 'See all (2)' })).toHaveAttribute('href', '/requests');

    const offers = screen.getByRole('region', { name: 'Offers received' });
    expect(within(offers).getByText('No offer yet on your requests under review.')).toBeInTheDocument();
    expect(within(offers).queryByRole('link')).toBeNull();
    expect(screen.getByRole('region', { name: 'Unread discussions' })).toHaveTextContent('Dates for the training');
    expect(screen.queryByRole('region', { name: 'Requests waiting for triage' })).toBeNull();
  });

  it('draws what the page shows below once its blocks are, so that they never push it down', async () => {
    renderMyWork([answer(stateWork([]))], <p>The directory</p>);
    expect(screen.getByRole('region', { name: 'Your work' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByText('The directory')).toBeNull();

    expect(await screen.findByRole('region', { name: 'Our requests' }, { timeout: 10_000 })).toBeVisible();
    expect(screen.getByText('The directory')).toBeVisible();
  });

  it('refreshes when a request it may show changes', async () => {
    const hub = renderMyWork([
      answer(stateWork([])),
      answer(stateWork([request('r1', 'Border security training', 'SUBMITTED', true)])),
    ]);
    const ours = await screen.findByRole('region', { name: 'Our requests' }, { timeout: 10_000 });
    expect(within(ours).getByText('Your State has no request under way.')).toBeInTheDocument();

    hub.publishRecord('assistanceRequest.updated', { id: 'r1', status: 'SUBMITTED' });

    expect(
      await within(ours).findByRole('link', { name: 'Border security training' }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(within(ours).getByText('Overdue')).toBeInTheDocument();
  });
});
