import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { createRealtimeHub, RealtimeContext } from '../../realtime';
import { renderWithApp, signedInMock } from '../../test/render';
import { DecisionsDocument, WorkspaceDecisionRightsDocument } from './operations';
import { WorkspaceDecisions } from './WorkspaceDecisions';

const HOUR = 60 * 60 * 1000;

const rights = (viewerMayProposeDecision: boolean): MockLink.MockedResponse => ({
  request: { query: WorkspaceDecisionRightsDocument, variables: { id: 'w1' } },
  result: { data: { workspace: { __typename: 'Workspace', id: 'w1', viewerMayProposeDecision } } },
});

function list(titles: [string, string][]): MockLink.MockedResponse {
  return {
    request: { query: DecisionsDocument, variables: { filter: { workspaceId: 'w1', status: null } } },
    result: {
      data: {
        decisions: {
          __typename: 'DecisionConnection',
          totalCount: titles.length,
          totalCountIsExact: true,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: titles.map(([title, status], index) => ({
            __typename: 'DecisionEdge',
            node: {
              __typename: 'Decision',
              id: `d${index}`,
              title,
              status,
              silenceUntil: new Date(Date.now() + 5 * HOUR + 30_000).toISOString(),
              createdAt: '2026-12-01T09:00:00Z',
              closedAt: null,
              workspace: { __typename: 'Workspace', id: 'w1', name: 'Border management' },
            },
          })),
        },
      },
    },
  };
}

function renderTab(mocks: MockLink.MockedResponse[]) {
  const hub = createRealtimeHub('connected');
  renderWithApp(
    <RealtimeContext.Provider value={hub}>
      <WorkspaceDecisions workspaceId="w1" />
    </RealtimeContext.Provider>,
    { mocks: [signedInMock(), ...mocks] },
  );
  return hub;
}

describe('WorkspaceDecisions', () => {
  it('lists the workspace’s decisions with their status and the time left, and offers a proposal when allowed', async () => {
    renderTab([rights(true), list([['Adopt the work plan', 'OPEN']])]);

    const table = await screen.findByRole('table', { name: 'Decisions' });
    const row = within(table).getByRole('row', { name: /Adopt the work plan/ });
    expect(within(row).getByRole('link', { name: 'Adopt the work plan' })).toHaveAttribute('href', '/decisions/d0');
    expect(within(row).getByText('Open')).toBeInTheDocument();
    expect(within(row).getByText('5 hours left')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Propose a decision' })).toBeInTheDocument();
  });

  it('offers no proposal to those the api does not allow, and refreshes on a live change in this workspace', async () => {
    const hub = renderTab([
      rights(false),
      list([['Adopt the work plan', 'OPEN']]),
      list([['Adopt the work plan', 'SILENCE_BROKEN']]),
    ]);
    await screen.findByText('Open');
    expect(screen.queryByRole('button', { name: 'Propose a decision' })).not.toBeInTheDocument();

    hub.publishRecord('decision.updated', { id: 'd0', workspaceId: 'w1', status: 'SILENCE_BROKEN' });

    expect(await screen.findByText('Silence broken')).toBeInTheDocument();
  });
});
