import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import type { Classification } from '@ctcp/shared';
import type { ThreadMarkingFieldsFragment } from '../../gql/graphql';
import { adminCan, adminUser, renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { ChangeMarkingDialog } from './ChangeMarkingDialog';
import { candidatesAnswer, thread } from './discussions.fixtures';
import { ChangeThreadClassificationDocument } from './operations';

const member = { ...adminUser, id: 'u-ingrid', role: 'ENTITY_MEMBER' as const, isOrganizationAdmin: false };

function renderDialog(
  value: ThreadMarkingFieldsFragment & { workspace: { id: string; minimumClassification: Classification } },
  mocks: MockLink.MockedResponse[],
) {
  const onClose = vi.fn();
  renderWithApp(
    <WhenSignedIn>
      <ChangeMarkingDialog thread={value} onClose={onClose} />
    </WhenSignedIn>,
    { mocks: [signedInMock(member, { ...adminCan, breakGlass: false }), candidatesAnswer(), ...mocks] },
  );
  return onClose;
}

const changed = (
  input: Record<string, unknown>,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse => ({
  request: { query: ChangeThreadClassificationDocument, variables: { input } },
  result,
});

describe('ChangeMarkingDialog', () => {
  it('lets a participant raise a confidential thread to strictly confidential, naming people, with a reason', async () => {
    const raised = vi.fn(() => ({
      data: { changeThreadClassification: { ...thread({ viewerCanRaiseClassification: false }) } },
    }));
    const onClose = renderDialog(
      thread({ classification: 'CONFIDENTIAL', participants: [], viewerCanRaiseClassification: true }),
      [
        changed(
          {
            threadId: 't1',
            classification: 'STRICTLY_CONFIDENTIAL',
            reason: 'Names of informants',
            participantIds: ['u-jean-luc'],
            declassifyOn: null,
            declassifyTo: null,
          },
          raised,
        ),
      ],
    );
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Change the marking' });

    // Only higher markings: there is nothing lower for one who may not lower it.
    const choices = within(dialog).getByRole('radiogroup', { name: /^New marking/ });
    expect(
      within(choices)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['STRICTLY_CONFIDENTIAL']);
    expect(within(dialog).queryByRole('checkbox', { name: /declassification day/ })).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));
    expect(await within(dialog).findByText('Give a reason.')).toBeInTheDocument();
    expect(raised).not.toHaveBeenCalled();

    // The people it names: searched among the workspace's candidates; the author (here the viewer) is not offered.
    const picker = within(dialog).getByRole('combobox', { name: /^People named on it/ });
    await user.click(picker);
    await user.type(picker, 'Jean');
    expect(screen.queryByRole('option', { name: /Ingrid Larsen/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: /Jean-Luc Moreau · INTERPOL/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Names of informants');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(raised).toHaveBeenCalledTimes(1);
  });

  it('lets a moderator lower the marking with a declassification day, and shows what the api refuses', async () => {
    const onClose = renderDialog(thread({ viewerCanLowerClassification: true, viewerCanEditParticipants: true }), [
      changed(
        {
          threadId: 't1',
          classification: 'CONFIDENTIAL',
          reason: 'The operation is over',
          participantIds: null,
          declassifyOn: '2031-01-15',
          declassifyTo: 'UNCLASSIFIED',
        },
        {
          errors: [
            {
              message: 'Only the owners and moderators lower a marking.',
              extensions: { code: 'FORBIDDEN' },
            },
          ],
        },
      ),
    ]);
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Change the marking' });

    const choices = within(dialog).getByRole('radiogroup', { name: /^New marking/ });
    expect(
      within(choices)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['UNCLASSIFIED', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL']);
    expect(within(dialog).getByRole('radio', { name: /current marking/ })).toHaveAttribute(
      'value',
      'STRICTLY_CONFIDENTIAL',
    );
    // Lowering by default, to the next marking down; no one to name then.
    expect(within(dialog).getByRole('radio', { name: /^Confidential/ })).toBeChecked();
    expect(within(dialog).queryByRole('combobox', { name: /^People named on it/ })).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('checkbox', { name: /declassification day/ }));
    await user.type(within(dialog).getByLabelText(/^Declassification day/), '01/15/2031');
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'The operation is over');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    const refusal = await within(dialog).findByRole('alert');
    expect(refusal).toHaveTextContent('You are not allowed to do this.');
    expect(refusal).toHaveTextContent('Only the owners and moderators lower a marking.');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows a refused declassification day next to its field', async () => {
    renderDialog(thread({ classification: 'CONFIDENTIAL', participants: [], viewerCanLowerClassification: true }), [
      changed(
        {
          threadId: 't1',
          classification: 'CONFIDENTIAL',
          reason: 'Review in spring',
          participantIds: null,
          declassifyOn: '2031-04-01',
          declassifyTo: 'UNCLASSIFIED',
        },
        {
          errors: [
            {
              message: 'Give a day after today.',
              extensions: { code: 'BAD_USER_INPUT', field: 'declassifyOn' },
            },
          ],
        },
      ),
    ]);
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Change the marking' });

    // Keeping the marking, to set the day it drops.
    await user.click(within(dialog).getByRole('radio', { name: /current marking/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /declassification day/ }));
    const day = within(dialog).getByLabelText(/^Declassification day/);
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));
    expect(await within(dialog).findByText('Choose a day after today.')).toBeInTheDocument();

    await user.type(day, '04/01/2031');
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Review in spring');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    expect(await within(dialog).findByText('Give a day after today.')).toBeInTheDocument();
    expect(day).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers no marking below the floor of a marked project’s workspace, nor a day dropping below it', async () => {
    const scheduled = vi.fn(() => ({ data: { changeThreadClassification: thread() } }));
    const onClose = renderDialog(
      thread({
        viewerCanLowerClassification: true,
        workspace: { ...thread().workspace, minimumClassification: 'CONFIDENTIAL' },
      }),
      [
        changed(
          {
            threadId: 't1',
            classification: 'STRICTLY_CONFIDENTIAL',
            reason: 'Review in spring',
            participantIds: null,
            declassifyOn: '2031-04-01',
            declassifyTo: 'CONFIDENTIAL',
          },
          scheduled,
        ),
      ],
    );
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Change the marking' });

    // Shown, with why, but not offered.
    const unclassified = within(dialog).getByRole('radio', { name: /^Unclassified/ });
    expect(unclassified).toBeDisabled();
    expect(unclassified).toHaveAccessibleDescription(
      'This workspace belongs to a confidential project: its threads are at least Confidential.',
    );
    // Lowering by default to the floor, which it may not drop below afterwards.
    expect(within(dialog).getByRole('radio', { name: /^Confidential/ })).toBeChecked();
    expect(within(dialog).queryByRole('checkbox', { name: /declassification day/ })).not.toBeInTheDocument();

    // Keeping the marking: it may drop to the floor, not below.
    await user.click(within(dialog).getByRole('radio', { name: /current marking/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /declassification day/ }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Drops to/ }));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Confidential']);
    await user.click(screen.getByRole('option', { name: 'Confidential' }));
    await user.type(within(dialog).getByLabelText(/^Declassification day/), '04/01/2031');
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Review in spring');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(scheduled).toHaveBeenCalledTimes(1);
  });
});
