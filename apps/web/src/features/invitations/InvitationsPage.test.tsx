import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { invitation, organizationAdmin, organizationAdminCan, ownOrganizationAnswer } from './invitations.fixtures';
import { InvitationsPage } from './InvitationsPage';
import { PendingInvitationsDocument, ResendInvitationDocument, RevokeInvitationDocument } from './operations';

const lena = invitation('inv-lena', 'lena.vogel@unodc.example');
const omar = invitation('inv-omar', 'omar.said@unoct.example');

function pendingAnswer(invitations: ReturnType<typeof invitation>[]) {
  return {
    data: {
      invitations: {
        __typename: 'InvitationConnection',
        totalCount: invitations.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: invitations.map((node) => ({ __typename: 'InvitationEdge', node })),
      },
    },
  };
}

const pendingRequest = {
  query: PendingInvitationsDocument,
  variables: { organizationId: 'org-unoct', language: 'en' },
};

function renderPage(mocks: MockLink.MockedResponse[]) {
  renderWithApp(
    <WhenSignedIn>
      <InvitationsPage />
    </WhenSignedIn>,
    {
      route: '/invitations',
      mocks: [
        signedInMock(organizationAdmin, organizationAdminCan),
        ownOrganizationAnswer,
        { request: pendingRequest, result: pendingAnswer([lena, omar]) },
        ...mocks,
      ],
    },
  );
  return userEvent.setup();
}

async function rowOf(email: string): Promise<HTMLElement> {
  const cell = await screen.findByText(email);
  return cell.closest('tr') as HTMLElement;
}

describe('InvitationsPage', () => {
  it('sends an invitation again, says it went by email and refreshes the list', async () => {
    const renewed = { ...lena, expiresAt: '2030-01-15T09:00:00Z' };
    const refreshed = vi.fn(() => pendingAnswer([renewed, omar]));
    const user = renderPage([
      {
        request: { query: ResendInvitationDocument, variables: { id: 'inv-lena', language: 'en' } },
        result: {
          data: { resendInvitation: { __typename: 'InviteUserPayload', acceptUrl: null, invitation: renewed } },
        },
      },
      { request: pendingRequest, result: refreshed },
    ]);

    const row = await rowOf(lena.email);
    await user.click(within(row).getByRole('button', { name: /^Send the invitation to .*lena\.vogel/ }));

    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent(`Invitation sent by email to \u2068${lena.email}\u2069`);
    expect(notice).toHaveTextContent('The previous link no longer works.');
    await waitFor(() => expect(refreshed).toHaveBeenCalledTimes(1));
  });

  it('withdraws an invitation only once the withdrawal is confirmed', async () => {
    const revoked = vi.fn(() => ({ data: { revokeInvitation: true } }));
    const user = renderPage([
      { request: { query: RevokeInvitationDocument, variables: { id: 'inv-omar' } }, result: revoked },
      { request: pendingRequest, result: pendingAnswer([lena]) },
    ]);

    const row = await rowOf(omar.email);
    await user.click(within(row).getByRole('button', { name: /^Withdraw the invitation to .*omar\.said/ }));

    const dialog = await screen.findByRole('dialog', { name: /^Withdraw the invitation to .*omar\.said.*\?$/ });
    expect(dialog).toHaveTextContent('Its link stops working at once.');
    expect(revoked).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      `The invitation to \u2068${omar.email}\u2069 was withdrawn.`,
    );
    expect(revoked).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(omar.email)).not.toBeInTheDocument());
    expect(screen.getByText(lena.email)).toBeInTheDocument();
  });
});
