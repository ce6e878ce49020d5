import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { createRealtimeHub, RealtimeContext } from '../../realtime';
import type { SessionUser } from '../../session';
import { adminCan, adminUser, renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { markReadAnswer, thread, threadAnswer, threadNotFound } from './discussions.fixtures';
import { BreakGlassDocument, RenameThreadDocument } from './operations';
import { ThreadPage } from './ThreadPage';

const member: SessionUser = {
  ...adminUser,
  id: 'u-jean-luc',
  email: 'member@interpol.example',
  name: 'Jean-Luc Moreau',
  role: 'ENTITY_MEMBER',
  isOrganizationAdmin: false,
};
const memberCan = { ...adminCan, breakGlass: false, readAuditTrail: false, verifyAuditChain: false };

function renderThreadPage(mocks: MockLink.MockedResponse[], signedIn = signedInMock(member, memberCan)) {
  renderWithApp(
    <RealtimeContext.Provider value={createRealtimeHub('connected')}>
      <WhenSignedIn>
        <ThreadPage />
      </WhenSignedIn>
    </RealtimeContext.Provider>,
    { mocks: [signedIn, markReadAnswer, ...mocks], route: '/threads/t1', path: '/threads/:id' },
  );
}

describe('ThreadPage markings', () => {
  it('shows a strictly confidential thread between two red banners, with the people named on it', async () => {
    renderThreadPage([threadAnswer(thread())]);

    await screen.findByRole('heading', { level: 1, name: 'Financial intelligence on the network' });
    const top = screen.getByRole('note', { name: 'Classification marking of this thread: Strictly confidential' });
    const bottom = screen.getByRole('note', {
      name: 'Classification marking, end of the thread: Strictly confidential',
    });
    expect(top).toHaveTextContent('Strictly confidential');
    expect(top).toHaveAttribute('data-marking', 'STRICTLY_CONFIDENTIAL');
    expect(bottom).toHaveAttribute('data-marking', 'STRICTLY_CONFIDENTIAL');
    // The top banner comes before the title and the posts, the bottom one after them.
    const heading = screen.getByRole('heading', { level: 1 });
    const post = screen.getByText('The transfers go through three exchanges.');
    expect(top.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(bottom.compareDocumentPosition(post) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();

    const named = screen.getByRole('list', { name: 'Named on this thread:' });
    expect(
      within(named)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ingrid Larsen · UNODC', 'Jean-Luc Moreau · INTERPOL']);
    // Printed, every page carries the marking at its top and its bottom.
    const printed = document.head.querySelector('style[data-printed-marking]');
    expect(printed?.textContent).toMatch(/@top-center \{ content: "STRICTLY CONFIDENTIAL"/);
    expect(printed?.textContent).toMatch(/@bottom-center \{ content: "STRICTLY CONFIDENTIAL"/);
    // Nothing to change for a participant without those rights.
    expect(screen.queryByRole('button', { name: 'Change marking' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit participants' })).not.toBeInTheDocument();
  });

  it('shows no banner on an unclassified thread', async () => {
    renderThreadPage([threadAnswer(thread({ classification: 'UNCLASSIFIED', participants: [] }))]);

    await screen.findByRole('heading', { level: 1, name: 'Financial intelligence on the network' });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(document.head.querySelector('style[data-printed-marking]')).toBeNull();
  });

  it('says when the marking drops, and offers the actions the api allows', async () => {
    renderThreadPage([
      threadAnswer(
        thread({
          classification: 'CONFIDENTIAL',
          participants: [],
          declassifyOn: '2031-03-01',
          declassifyTo: 'UNCLASSIFIED',
          viewerCanRaiseClassification: true,
          viewerCanLowerClassification: true,
        }),
      ),
    ]);

    expect(
      await screen.findByRole('note', { name: 'Classification marking of this thread: Confidential' }),
    ).toHaveAttribute('data-marking', 'CONFIDENTIAL');
    expect(screen.getByText('The marking drops to Unclassified on Mar 1, 2031.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change marking' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit participants' })).not.toBeInTheDocument();
  });

  it('warns a platform admin who reads it by break glass', async () => {
    renderThreadPage([threadAnswer(thread({ viewerReadsByBreakGlass: true }))], signedInMock());

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('You are reading this thread by break glass');
    expect(warning).toHaveTextContent('every read is recorded in the audit trail');
  });

  it('lets a platform admin break glass on a thread they may not read, then shows it', async () => {
    const granted = vi.fn(() => ({ data: { breakGlass: { __typename: 'Thread', id: 't1' } } }));
    renderThreadPage(
      [
        threadNotFound(),
        {
          request: { query: BreakGlassDocument, variables: { input: { threadId: 't1', reason: 'Incident 2026-114' } } },
          result: granted,
        },
        threadAnswer(thread({ viewerReadsByBreakGlass: true })),
      ],
      signedInMock(),
    );
    const user = userEvent.setup();

    expect(await screen.findByText('This record does not exist or you may not see it.')).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: 'Break glass and read the thread' });
    await user.click(confirm);
    expect(await screen.findByText('Give a reason.')).toBeInTheDocument();
    expect(granted).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: /^Why must you read it\?/ }), 'Incident 2026-114');
    await user.click(confirm);

    await screen.findByRole('heading', { level: 1, name: 'Financial intelligence on the network' });
    expect(granted).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert')).toHaveTextContent('You are reading this thread by break glass');
  });

  it('shows others the usual not found, with no way around it', async () => {
    renderThreadPage([threadNotFound()]);

    expect(await screen.findByText('This record does not exist or you may not see it.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Break glass')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /Break glass/ })).not.toBeInTheDocument();
  });
});

describe('ThreadPage renaming', () => {
  it('lets its author give the thread a new title', async () => {
    renderThreadPage([
      threadAnswer(thread({ classification: 'UNCLASSIFIED', participants: [], viewerCanRename: true })),
      {
        request: {
          query: RenameThreadDocument,
          variables: { input: { threadId: 't1', title: 'Financial intelligence: the 2027 network' } },
        },
        result: {
          data: {
            renameThread: { __typename: 'Thread', id: 't1', title: 'Financial intelligence: the 2027 network' },
          },
        },
      },
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Rename' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename the thread' });
    const title = within(dialog).getByRole('textbox', { name: /^Title/ });
    await user.clear(title);
    await user.click(within(dialog).getByRole('button', { name: 'Save the title' }));
    expect(await within(dialog).findByText('Enter a title.')).toBeInTheDocument();
    await user.type(title, 'Financial intelligence: the 2027 network');
    await user.click(within(dialog).getByRole('button', { name: 'Save the title' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Financial intelligence: the 2027 network' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Rename the thread' })).not.toBeInTheDocument();
  });

  it('offers nothing to rename to those the api does not let', async () => {
    renderThreadPage([threadAnswer(thread({ classification: 'UNCLASSIFIED', participants: [] }))]);
    await screen.findByRole('heading', { level: 1, name: 'Financial intelligence on the network' });
    expect(screen.queryByRole('button', { name: 'Rename' })).not.toBeInTheDocument();
  });
});
