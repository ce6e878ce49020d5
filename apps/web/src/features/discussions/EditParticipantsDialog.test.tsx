import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import type { SessionUser } from '../../session';
import { adminCan, adminUser, renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { author, candidatesAnswer, ingrid, jeanLuc, thread, unodc } from './discussions.fixtures';
import { EditParticipantsDialog } from './EditParticipantsDialog';
import { SetThreadParticipantsDocument } from './operations';

const carlos = author('u-carlos', 'Carlos Mendoza', { ...unodc, id: 'o-unoct', acronym: 'UNOCT' });

function renderDialog(viewer: SessionUser, value: ReturnType<typeof thread>, mocks: MockLink.MockedResponse[] = []) {
  const onClose = vi.fn();
  renderWithApp(
    <WhenSignedIn>
      <EditParticipantsDialog thread={value} onClose={onClose} />
    </WhenSignedIn>,
    {
      mocks: [
        signedInMock(viewer, { ...adminCan, breakGlass: false }),
        candidatesAnswer([ingrid, jeanLuc, carlos]),
        ...mocks,
      ],
    },
  );
  return onClose;
}

describe('EditParticipantsDialog', () => {
  it('shows who is named and saves the new list; the author is not offered, as they stay named', async () => {
    const saved = vi.fn(() => ({ data: { setThreadParticipants: thread() } }));
    const onClose = renderDialog(
      { ...adminUser, id: 'u-ingrid', role: 'ENTITY_MEMBER' },
      thread({ viewerCanEditParticipants: true }),
      [
        {
          request: {
            query: SetThreadParticipantsDocument,
            variables: { input: { threadId: 't1', userIds: ['u-jean-luc', 'u-carlos'] } },
          },
          result: saved,
        },
      ],
    );
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'People named on this thread' });
    expect(dialog).toHaveTextContent('Its author, Ingrid Larsen, stays named.');
    expect(within(dialog).getByText('Jean-Luc Moreau · INTERPOL')).toBeInTheDocument();

    const picker = within(dialog).getByRole('combobox', { name: /^People named on it/ });
    await user.click(picker);
    await user.type(picker, 'Car');
    await user.click(await screen.findByRole('option', { name: /Carlos Mendoza · UNOCT/ }));
    expect(screen.queryByRole('option', { name: /Ingrid Larsen/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(saved).toHaveBeenCalledTimes(1);
    expect(within(dialog).queryByRole('status')).not.toBeInTheDocument();
  });

  it('warns a moderator who is not on the list, and about people named whom they may not see', async () => {
    const hidden = { ...jeanLuc, name: 'INTERPOL', person: null };
    renderDialog(
      { ...adminUser, id: 'u-carlos', role: 'COORDINATOR' },
      thread({ viewerCanEditParticipants: true, participants: [ingrid, hidden] }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'People named on this thread' });

    const notes = within(dialog).getAllByRole('status');
    expect(notes.map((note) => note.textContent)).toEqual([
      'Some people named on this thread are not shown to you: they stay named whatever you save.',
      'You are not on the list: once it is saved, you can no longer read this thread.',
    ]);
  });
});
