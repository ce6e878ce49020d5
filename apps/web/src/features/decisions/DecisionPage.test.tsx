import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { createRealtimeHub, RealtimeContext } from '../../realtime';
import { renderWithApp, signedInMock } from '../../test/render';
import { DecisionPage } from './DecisionPage';
import { BreakSilenceDocument, DecisionDetailDocument } from './operations';

const HOUR = 60 * 60 * 1000;

function decision(overrides: Record<string, unknown> = {}) {
  const silenceUntil = new Date(Date.now() + 2 * 24 * HOUR + 3 * HOUR + 30_000).toISOString();
  return {
    __typename: 'Decision',
    id: 'd1',
    title: 'Adopt the joint statement',
    status: 'OPEN',
    silenceUntil,
    createdAt: '2026-11-30T09:00:00Z',
    closedAt: null,
    workspace: { __typename: 'Workspace', id: 'w1', name: 'Border management' },
    text: 'The group **endorses** it.',
    textHtml: '<p>The group <strong>endorses</strong> it.</p>',
    viewerMayBreakSilence: true,
    viewerMayWithdraw: false,
    viewerOrganizationObjected: false,
    proposedBy: {
      __typename: 'Author',
      name: 'Carlos Mendes',
      organization: { __typename: 'Organization', id: 'o1', acronym: 'UNOCT' },
    },
    objections: [],
    timeline: [
      {
        __typename: 'DecisionEvent',
        kind: 'PROPOSED',
        at: '2026-11-30T09:00:00Z',
        reason: null,
        by: {
          __typename: 'Author',
          name: 'Carlos Mendes',
          organization: { __typename: 'Organization', id: 'o1', acronym: 'UNOCT' },
        },
      },
    ],
    ...overrides,
  };
}

const detail = (value: ReturnType<typeof decision>): MockLink.MockedResponse => ({
  request: { query: DecisionDetailDocument, variables: { id: 'd1' } },
  result: { data: { decision: value } },
});

function renderPage(mocks: MockLink.MockedResponse[]) {
  const hub = createRealtimeHub('connected');
  renderWithApp(
    <RealtimeContext.Provider value={hub}>
      <DecisionPage />
    </RealtimeContext.Provider>,
    { mocks: [signedInMock(), ...mocks], route: '/decisions/d1', path: '/decisions/:id' },
  );
  return hub;
}

describe('DecisionPage', () => {
  it('shows the sanitized text, the status, the time left before the deadline and the timeline', async () => {
    renderPage([detail(decision())]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Adopt the joint statement' })).toBeInTheDocument();
    expect(screen.getByText('endorses').tagName).toBe('STRONG');
    expect(screen.getByText('Open')).toBeInTheDocument();
    expect(screen.getByText('2 days, 3 hours left')).toBeInTheDocument();
    expect(screen.getByText('No organization has objected.')).toBeInTheDocument();
    expect(screen.getByText('Proposed by Carlos Mendes (UNOCT)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Break silence' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw' })).not.toBeInTheDocument();
  });

  it('asks for a reason before breaking silence, then records the objection and shows it', async () => {
    const objected = vi.fn(() => ({
      data: { breakSilence: { __typename: 'Decision', id: 'd1', status: 'SILENCE_BROKEN' } },
    }));
    const broken = decision({
      status: 'SILENCE_BROKEN',
      viewerOrganizationObjected: true,
      viewerMayBreakSilence: false,
      objections: [
        {
          __typename: 'DecisionObjection',
          id: 'x1',
          reason: 'Needs legal review',
          createdAt: '2026-12-01T09:00:00Z',
          organization: { __typename: 'Organization', id: 'o2', acronym: 'UNODC' },
          by: { __typename: 'Author', name: 'Ingrid Larsen' },
        },
      ],
    });
    renderPage([
      detail(decision()),
      {
        request: {
          query: BreakSilenceDocument,
          variables: { input: { decisionId: 'd1', reason: 'Needs legal review' } },
        },
        result: objected,
      },
      detail(broken),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Break silence' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Object' }));
    expect(await within(dialog).findByText('Give the reason of the objection.')).toBeInTheDocument();
    expect(objected).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText(/^Reason/), 'Needs legal review');
    await user.click(within(dialog).getByRole('button', { name: 'Object' }));

    expect(await screen.findByText('Your organization has objected.')).toBeInTheDocument();
    expect(objected).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Needs legal review')).toBeInTheDocument();
    expect(screen.getByText('Silence broken')).toBeInTheDocument();
  });

  it('refreshes when the decision changes live', async () => {
    const hub = renderPage([detail(decision()), detail(decision({ status: 'ADOPTED', viewerMayBreakSilence: false }))]);
    await screen.findByText('Open');

    hub.publishRecord('decision.updated', { id: 'd1', workspaceId: 'w1', status: 'ADOPTED' });

    expect(await screen.findByText('Adopted')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Break silence' })).not.toBeInTheDocument();
  });
});
