import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { adminCan, adminUser, renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { UndeliveredMailDocument } from './operations';
import { UndeliveredMailPage } from './UndeliveredMailPage';

function message(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'MailMessage',
    id,
    kind: 'NOTIFICATION',
    toAddress: `${id}@unodc.example`,
    status: 'PENDING',
    attempts: 0,
    lastError: null,
    createdAt: '2030-01-01T09:00:00Z',
    sentAt: null,
    ...overrides,
  };
}

function pageAnswer(
  after: string | undefined,
  messages: ReturnType<typeof message>[],
  { totalCount = messages.length, endCursor = null as string | null, hasNextPage = false } = {},
): MockLink.MockedResponse {
  return {
    request: { query: UndeliveredMailDocument, variables: after ? { first: 50, after } : { first: 50 } },
    result: {
      data: {
        undeliveredMail: {
          __typename: 'MailMessageConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
          edges: messages.map((node) => ({ __typename: 'MailMessageEdge', cursor: node.id, node })),
        },
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[], can = adminCan) {
  renderWithApp(
    <WhenSignedIn>
      <UndeliveredMailPage />
    </WhenSignedIn>,
    { route: '/admin/mail', mocks: [signedInMock(adminUser, can), ...mocks] },
  );
  return userEvent.setup();
}

describe('UndeliveredMailPage', () => {
  it('lists the undelivered messages, then more of them', async () => {
    const failed = message('lena', {
      kind: 'PASSWORD_RESET',
      status: 'FAILED',
      attempts: 5,
      lastError: '550 5.1.1 Mailbox unavailable',
    });
    const user = renderPage([
      pageAnswer(undefined, [failed, message('omar')], { totalCount: 3, endCursor: 'omar', hasNextPage: true }),
      pageAnswer('omar', [message('ines', { kind: 'DIGEST', status: 'SENDING', attempts: 1 })], { totalCount: 3 }),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Undelivered mail' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Undelivered messages' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Recipient', 'Kind', 'Status', 'Attempts', 'Last error', 'Created']);
    const lenaRow = within(table).getByText('lena@unodc.example').closest('tr') as HTMLElement;
    expect(
      within(lenaRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'lena@unodc.example',
      'Password reset',
      'Failed',
      '5',
      '550 5.1.1 Mailbox unavailable',
      expect.stringContaining('2030'),
    ]);
    const omarRow = within(table).getByText('omar@unodc.example').closest('tr') as HTMLElement;
    expect(within(omarRow).getByText('Waiting')).toBeInTheDocument();
    expect(within(omarRow).getByText('None')).toBeInTheDocument();
    expect(screen.getByText('Showing 2 of 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show more' }));

    const inesRow = (await within(table).findByText('ines@unodc.example')).closest('tr') as HTMLElement;
    expect(within(inesRow).getByText('Digest')).toBeInTheDocument();
    expect(within(inesRow).getByText('Sending')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('says when every message was delivered', async () => {
    renderPage([pageAnswer(undefined, [])]);

    expect(await screen.findByText('All mail has been delivered.')).toBeInTheDocument();
    expect(screen.getByText('No message is waiting or failed.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('is refused to people who may not follow the delivery of mail', async () => {
    renderPage([], { ...adminCan, reviewMailDelivery: false });

    expect(await screen.findByRole('alert')).toHaveTextContent('Only platform admins follow the delivery of mail.');
  });
});
