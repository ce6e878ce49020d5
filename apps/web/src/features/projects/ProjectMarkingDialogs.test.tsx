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

    // Higher and lower markings, and the current one (to set the day it drops); raising by default.
    expect(markings(dialog)).toEqual(['UNCLASSIFIED', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL']);
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

  it('lets a coordinator keep the marking and set the day it drops, naming nobody anew', async () => {
    const scheduled = vi.fn(() => ({
      data: {
        changeProjectClassification: project({
          viewerCanLowerClassification: true,
          declassifyOn: '2031-06-30',
          declassifyTo: 'UNCLASSIFIED',
        }),
      },
    }));
    const onClose = renderDialog(
      ChangeProjectMarkingDialog,
      coordinator,
      project({ viewerCanLowerClassification: true }),
      [
        changed(
          {
            projectId: 'p1',
            classification: 'STRICTLY_CONFIDENTIAL',
            reason: 'Ends with the project',
            declassifyOn: '2031-06-30',
            declassifyTo: 'UNCLASSIFIED',
          },
          scheduled,
        ),
      ],
    );
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Change the marking' });

    expect(markings(dialog)).toEqual(['UNCLASSIFIED', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL']);
    await user.click(within(dialog).getByRole('radio', { name: /current marking/ }));
    expect(within(dialog).queryByRole('combobox', { name: /^People named on it/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: /declassification day/ }));
    await user.type(within(dialog).getByLabelText(/^Declassification day/), '06/30/2031');
    // What it drops to: any marking below it.
    await user.click(within(dialog).getByRole('combobox', { name: /^Drops to/ }));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Confidential', 'Unclassified']);
    await user.click(screen.getByRole('option', { name: 'Unclassified' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Ends with the project');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(scheduled).toHaveBeenCalledTimes(1);
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
  it('names the people again with a reason, keeping the marking; the viewer, its creator, is not offered', async () => {
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
    expect(dialog).toHaveTextContent('You, its creator, stay named.');
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

  it('keeps its creator named, in place, when another coordinator names the people', async () => {
    const saved = vi.fn(() => ({
      data: { changeProjectClassification: project({ participants: named(lena, ingrid) }) },
    }));
    const onClose = renderDialog(
      EditProjectParticipantsDialog,
      { ...coordinator, id: 'u-omar', name: 'Omar Haddad', email: 'omar@unoct.example' },
      project({ viewerCanLowerClassification: true }),
      [
        changed(
          {
            projectId: 'p1',
            classification: 'STRICTLY_CONFIDENTIAL',
            reason: 'Yearly review',
            participantIds: ['u-ingrid'],
          },
          saved,
        ),
      ],
    );
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'People named on this project' });

    expect(dialog).toHaveTextContent(/Its creator, \u2068Lena Fischer\u2069, and you stay named\./);
    // Not the viewer's to take off: not on the list they save, nor offered.
    expect(within(dialog).queryByText('Lena Fischer · UNOCT')).not.toBeInTheDocument();
    const picker = within(dialog).getByRole('combobox', { name: /^People named on it/ });
    await user.click(picker);
    await user.type(picker, 'a');
    expect(await screen.findByRole('option', { name: /Amina Haddad · UNOCT/ })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Lena Fischer/ })).not.toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Yearly review');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('names no creator on a project that has none', async () => {
    renderDialog(
      EditProjectParticipantsDialog,
      coordinator,
      project({ viewerCanLowerClassification: true, createdBy: null, participants: named(ingrid) }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'People named on this project' });

    expect(dialog).toHaveTextContent(
      'Only the people named on it read this strictly confidential project and take part in its workspace. You stay named.',
    );
    expect(within(dialog).getByText('Ingrid Larsen · UNODC')).toBeInTheDocument();
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
