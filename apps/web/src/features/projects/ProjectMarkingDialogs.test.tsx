import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import type { SessionUser } from '../../session';
import { renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { ChangeProjectClassificationDocument } from './operations';
import { ChangeProjectMarkingDialog, EditProjectParticipantsDialog } from './ProjectMarkingDialogs';
import {
  amina,
  candidatesAnswer,
  coordinator,
  coordinatorCan,
  ingrid,
  leadMember,
  leadMemberCan,
  lena,
  named,
  project,
  unodc,
} from './projects.fixtures';

function renderDialog(
  dialog: typeof ChangeProjectMarkingDialog,
  viewer: SessionUser,
  value: ReturnType<typeof project>,
  mocks: MockLink.MockedResponse[] = [],
) {
  const onClose = vi.fn();
  const Dialog = dialog;
  renderWithApp(
    <WhenSignedIn>
      <Dialog project={value} onClose={onClose} />
    </WhenSignedIn>,
    {
      mocks: [
        signedInMock(viewer, viewer.role === 'COORDINATOR' ? coordinatorCan : leadMemberCan),
        candidatesAnswer(),
        ...mocks,
      ],
    },
  );
  return onClose;
}

const changed = (
  input: Record<string, unknown>,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse => ({
  request: { query: ChangeProjectClassificationDocument, variables: { input, language: 'en' } },
  result,
});

const markings = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('radiogroup', { name: /^New marking/ }))
    .getAllByRole('radio')
    .map((radio) => radio.getAttribute('value'));

describe('ChangeProjectMarkingDialog', () => {
  it('lets a coordinator raise a project to strictly confidential, naming people, with a reason', async () => {
    const raised = vi.fn(() => ({ data: { changeProjectClassification: project({ participants: named(ingrid) }) } }));
    const onClose = renderDialog(
      ChangeProjectMarkingDialog,
      coordinator,
      project({
        classification: 'CONFIDENTIAL',
        participants: [],
        viewerCanRaiseClassification: true,
        viewerCanLowerClassification: true,
      }),
      [
        changed(
          {
            projectId: 'p1',
            classification: 'STRICTLY_CONFIDENTIAL',
            reason: 'Names of informants',
            participantIds: ['u-ingrid'],
          },
          raised,
        ),
      ],
    );
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Change the marking' });

    // Higher and lower markings, not the current one (keeping it changes nothing); raising by default.
    expect(markings(dialog)).toEqual(['UNCLASSIFIED', 'STRICTLY_CONFIDENTIAL']);
    expect(within(dialog).getByRole('radio', { name: /^Strictly confidential/ })).toBeChecked();
    expect(dialog).toHaveTextContent('Current marking: Confidential.');
    expect(dialog).toHaveTextContent('Only the coordinator who created it and the people named on it');

    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));
    expect(await within(dialog).findByText('Give a reason.')).toBeInTheDocument();
    expect(raised).not.toHaveBeenCalled();

    // The people it names: the project's candidates; the viewer is named anyway.
    const picker = within(dialog).getByRole('combobox', { name: /^People named on it/ });
    await user.click(picker);
    await user.type(picker, 'Ing');
    await user.click(await screen.findByRole('option', { name: /Ingrid Larsen · UNODC/ }));
    expect(screen.queryByRole('option', { name: /Lena Fischer/ })).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Names of informants');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(raised).toHaveBeenCalledTimes(1);
  });

  it('lets the lead entity only raise it, and shows a conflict the api answers', async () => {
    const onClose = renderDialog(
      ChangeProjectMarkingDialog,
      leadMember,
      project({ classification: 'UNCLASSIFIED', participants: [], viewerCanRaiseClassification: true }),
      [
        changed(
          { projectId: 'p1', classification: 'CONFIDENTIAL', reason: 'Sensitive sources' },
          {
            errors: [
              {
                message: 'The project is already CONFIDENTIAL.',
                extensions: { code: 'CONFLICT', field: 'classification' },
              },
            ],
          },
        ),
      ],
    );
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Change the marking' });

    expect(markings(dialog)).toEqual(['CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL']);
    expect(dialog).toHaveTextContent('Only coordinators can lower it afterwards.');
    await user.click(within(dialog).getByRole('radio', { name: /^Confidential/ }));
    // Nobody to name below strictly confidential.
    expect(within(dialog).queryByRole('combobox', { name: /^People named on it/ })).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Sensitive sources');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    const refusal = await within(dialog).findByRole('alert');
    expect(refusal).toHaveTextContent('This conflicts with an existing record.');
    expect(refusal).toHaveTextContent('The project is already CONFIDENTIAL.');
    expect(within(dialog).getByRole('button', { name: 'Change the marking' })).toBeEnabled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows the api’s complaint about the people named next to the picker', async () => {
    const onClose = renderDialog(
      ChangeProjectMarkingDialog,
      coordinator,
      project({
        classification: 'CONFIDENTIAL',
        participants: [],
        viewerCanRaiseClassification: true,
        viewerCanLowerClassification: true,
      }),
      [
        changed(
          {
            projectId: 'p1',
            classification: 'STRICTLY_CONFIDENTIAL',
            reason: 'Names of informants',
            participantIds: ['user-admin'],
          },
          {
            errors: [
              {
                message: 'Name only people who may read confidential records of this project.',
                extensions: { code: 'BAD_USER_INPUT', field: 'participantIds' },
              },
            ],
          },
        ),
      ],
    );
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Change the marking' });

    const picker = within(dialog).getByRole('combobox', { name: /^People named on it/ });
    await user.click(picker);
    await user.type(picker, 'Ami');
    await user.click(await screen.findByRole('option', { name: /Amina Haddad · UNOCT/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Names of informants');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    expect(
      await within(dialog).findByText('Name only people who may read confidential records of this project.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: /^People named on it/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('EditProjectParticipantsDialog', () => {
  it('names the people again with a reason, keeping the marking; the viewer is not offered', async () => {
    const saved = vi.fn(() => ({
      data: { changeProjectClassification: project({ participants: named(lena, ingrid, amina) }) },
    }));
    const onClose = renderDialog(
      EditProjectParticipantsDialog,
      coordinator,
      project({ viewerCanLowerClassification: true }),
      [
        changed(
          {
            projectId: 'p1',
            classification: 'STRICTLY_CONFIDENTIAL',
            reason: 'UNOCT works on it',
            participantIds: ['u-ingrid', 'user-admin'],
          },
          saved,
        ),
      ],
    );
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'People named on this project' });
    expect(dialog).toHaveTextContent('The coordinator who created it and you stay named.');
    expect(within(dialog).getByText('Ingrid Larsen · UNODC')).toBeInTheDocument();

    const picker = within(dialog).getByRole('combobox', { name: /^People named on it/ });
    await user.click(picker);
    await user.type(picker, 'Ami');
    await user.click(await screen.findByRole('option', { name: /Amina Haddad · UNOCT/ }));
    expect(screen.queryByRole('option', { name: /Lena Fischer/ })).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Give a reason.')).toBeInTheDocument();
    expect(saved).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'UNOCT works on it');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('warns about people named whom the viewer may not see', async () => {
    const hidden = { __typename: 'Author', name: 'UNODC', organization: unodc, person: null };
    renderDialog(
      EditProjectParticipantsDialog,
      coordinator,
      project({ viewerCanLowerClassification: true, participants: [...named(lena, ingrid), hidden] }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'People named on this project' });

    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Some people named on this project are not shown to you: once the list is saved, they are no longer named.',
    );
  });
});
