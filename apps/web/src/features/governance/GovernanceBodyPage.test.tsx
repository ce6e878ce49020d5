import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { i18n } from '../../i18n';
import { renderWithApp, signedInMock } from '../../test/render';
import { GovernanceBodyPage } from './GovernanceBodyPage';
import {
  bodyAnswer,
  bodyDetail,
  documentChoicesAnswer,
  meetingsAnswer,
  meetingSummary,
  organization,
} from './governance.fixtures';
import { SetGovernanceBodyMemberDocument } from './operations';

const route = { route: '/governance/ab', path: '/governance/:id' };

function renderPage(mocks: MockLink.MockedResponse[]) {
  renderWithApp(<GovernanceBodyPage />, { ...route, mocks: [signedInMock(), ...mocks] });
}

describe('GovernanceBodyPage', () => {
  it('lists the members by role, each linked to its page, and says the list is unconfirmed', async () => {
    renderPage([bodyAnswer(), meetingsAnswer(true, [meetingSummary()])]);

    expect(await screen.findByRole('heading', { level: 1, name: 'UNCCT Advisory Board' })).toBeInTheDocument();
    expect(screen.getByText('Unconfirmed')).toBeInTheDocument();
    const chair = screen.getByRole('region', { name: 'Chair' });
    expect(within(chair).getByRole('link', { name: 'KSA – Saudi Arabia' })).toHaveAttribute(
      'href',
      '/organizations/sa',
    );
    expect(within(screen.getByRole('region', { name: 'Secretariat' })).getByRole('link')).toHaveTextContent('UNOCT');
    expect(
      within(screen.getByRole('region', { name: 'Members' })).getByRole('link', { name: 'Spain' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Guest members' })).getByRole('link', { name: 'EU – European Union' }),
    ).toHaveAttribute('href', '/organizations/eu');
    // Nothing the viewer may not do, and no workspace the viewer may not read.
    expect(screen.queryByRole('button', { name: 'Schedule a meeting' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open its workspace' })).not.toBeInTheDocument();
  });

  it('shows the next meeting as an ordinal, in the meeting’s time zone and the reader’s', async () => {
    renderPage([bodyAnswer(), meetingsAnswer(true, [meetingSummary()])]);

    const next = await screen.findByRole('region', { name: 'Next meeting' });
    expect(within(next).getAllByRole('link', { name: '12th meeting' })[0]).toHaveAttribute('href', '/meetings/m12');
    expect(within(next).getByText('Scheduled')).toBeInTheDocument();
    // The tests run in UTC: New York's clock reads four hours earlier in June.
    expect(within(next).getByText(/Where it is held \(.*Eastern Time.*\)/)).toBeInTheDocument();
    expect(within(next).getByText(/June 10, 2026, 10:00\sAM\s–\s12:00\sPM EDT/)).toBeInTheDocument();
    expect(within(next).getByText(/Your time/)).toBeInTheDocument();
    expect(within(next).getByText(/June 10, 2026, 2:00\s–\s4:00\sPM UTC/)).toBeInTheDocument();
    expect(within(next).getByText('UN Headquarters, Conference Room 7')).toBeInTheDocument();
    expect(within(next).getByRole('link', { name: 'Join online' })).toHaveAttribute(
      'href',
      'https://meet.example.org/uncct-ab',
    );
  });

  it('formats the ordinal in the reader’s language', async () => {
    await i18n.changeLanguage('fr');
    renderPage([
      { ...bodyAnswer(), request: { ...bodyAnswer().request, variables: { id: 'ab', language: 'fr' } } },
      meetingsAnswer(true, [meetingSummary({ number: 1 })]),
    ]);
    expect(await screen.findByRole('cell', { name: '1re réunion' })).toBeInTheDocument();
  });

  it('lists upcoming meetings, then every meeting, page by page', async () => {
    const held = meetingSummary({ id: 'm11', number: 11, status: 'HELD', startsAt: '2025-11-04T14:00:00.000Z' });
    const older = meetingSummary({ id: 'm10', number: 10, status: 'CANCELLED', place: null });
    renderPage([
      bodyAnswer(bodyDetail({ nextMeeting: null })),
      meetingsAnswer(true, []),
      meetingsAnswer(false, [meetingSummary(), held], { hasNextPage: true, totalCount: 3 }),
      meetingsAnswer(false, [older], { after: 'cursor-1', totalCount: 3 }),
    ]);
    const user = userEvent.setup();

    expect(await screen.findByText('No meeting scheduled.')).toBeInTheDocument();
    expect(await screen.findByText('No upcoming meetings.')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'All meetings' }));
    expect(await screen.findByRole('link', { name: '11th meeting' })).toBeInTheDocument();
    expect(screen.getByText('Showing 2 of 3')).toBeInTheDocument();
    expect(screen.getByText('Held')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('link', { name: '10th meeting' })).toBeInTheDocument();
    expect(screen.getByText('Online')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('offers scheduling and the workspace to those who may', async () => {
    renderPage([
      bodyAnswer(
        bodyDetail({
          viewerMayScheduleMeeting: true,
          workspace: { __typename: 'Workspace', id: 'w-ab', name: 'UNCCT Advisory Board' },
        }),
      ),
      meetingsAnswer(true, [meetingSummary()]),
      documentChoicesAnswer([]),
    ]);
    const user = userEvent.setup();

    expect(await screen.findByRole('link', { name: 'Open its workspace' })).toHaveAttribute('href', '/workspaces/w-ab');
    await user.click(screen.getByRole('button', { name: 'Schedule a meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule a meeting' });
    expect(
      await within(dialog).findByText('The body’s workspace has no files yet: add them in its Files tab first.'),
    ).toBeInTheDocument();
  });

  it('lets an admin change a member’s role', async () => {
    const saved = vi.fn(() => ({
      data: {
        setGovernanceBodyMember: {
          __typename: 'GovernanceBodyMember',
          role: 'MEMBER',
          organization: { __typename: 'Organization', id: 'eu' },
        },
      },
    }));
    const editable = bodyDetail({ viewerMayEditMembers: true });
    const promoted = bodyDetail({
      viewerMayEditMembers: true,
      members: [
        { __typename: 'GovernanceBodyMember', role: 'CHAIR', organization: organization('sa', 'KSA', 'Saudi Arabia') },
        {
          __typename: 'GovernanceBodyMember',
          role: 'MEMBER',
          organization: organization('eu', 'EU', 'European Union'),
        },
      ],
    });
    renderPage([
      bodyAnswer(editable),
      meetingsAnswer(true, [meetingSummary()]),
      {
        request: {
          query: SetGovernanceBodyMemberDocument,
          variables: { input: { bodyId: 'ab', organizationId: 'eu', role: 'MEMBER' } },
        },
        result: saved,
      },
      bodyAnswer(promoted),
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /^Change the role of .*EU/ }));
    const dialog = await screen.findByRole('dialog', { name: /^Role of .*EU/ });
    await user.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Member' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Guest members' })).not.toBeInTheDocument());
    expect(within(screen.getByRole('region', { name: 'Members' })).getByRole('link')).toHaveTextContent('EU');
  });
});
