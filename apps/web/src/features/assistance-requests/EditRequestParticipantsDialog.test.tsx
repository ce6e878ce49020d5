import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import type { SessionUser } from '../../session';
import { adminCan, renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { EditRequestParticipantsDialog } from './EditRequestParticipantsDialog';
import { ChangeAssistanceRequestClassificationDocument } from './operations';
import { amina, candidatesAnswer, focalPoint, ingrid, named, request, unodc } from './requests.fixtures';

const focalPointCan = { ...adminCan, requestAssistance: true, triageAssistanceRequests: false, breakGlass: false };

function renderDialog(viewer: SessionUser, value: ReturnType<typeof request>, mocks: MockLink.MockedResponse[] = []) {
  const onClose = vi.fn();
  renderWithApp(
    <WhenSignedIn>
      <EditRequestParticipantsDialog request={value} onClose={onClose} />
    </WhenSignedIn>,
    { mocks: [signedInMock(viewer, focalPointCan), candidatesAnswer(), ...mocks] },
  );
  return onClose;
}

describe('EditRequestParticipantsDialog', () => {
  it('names the people again with a reason, keeping the marking; the author is not offered', async () => {
    const saved = vi.fn(() => ({
      data: { changeAssistanceRequestClassification: request({ participants: named(ingrid, amina) }) },
    }));
    const onClose = renderDialog(focalPoint, request({ viewerCanLowerClassification: true }), [
      {
        request: {
          query: ChangeAssistanceRequestClassificationDocument,
          variables: {
            input: {
              requestId: 'r1',
              classification: 'STRICTLY_CONFIDENTIAL',
              reason: 'UNOCT triages it',
              participantIds: ['u-ingrid', 'user-admin'],
            },
            language: 'en',
          },
        },
        result: saved,
      },
    ]);
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'People named on this request' });
    expect(dialog).toHaveTextContent('You, its author, stay named.');
    expect(within(dialog).getByText('Ingrid Larsen · UNODC')).toBeInTheDocument();

    const picker = within(dialog).getByRole('combobox', { name: /^People named on it/ });
    await user.click(picker);
    await user.type(picker, 'Ami');
    await user.click(await screen.findByRole('option', { name: /Amina Haddad · UNOCT/ }));
    expect(screen.queryByRole('option', { name: /Maria Santos/ })).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Give a reason.')).toBeInTheDocument();
    expect(saved).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'UNOCT triages it');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('says that the author and the viewer stay named, and warns about people named whom they may not see', async () => {
    const hidden = { __typename: 'Author', name: 'UNODC', organization: unodc, person: null };
    renderDialog(
      { ...focalPoint, id: 'user-ph-2', name: 'José Reyes' },
      request({ viewerCanLowerClassification: true, participants: [...named(ingrid), hidden] }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'People named on this request' });

    expect(dialog).toHaveTextContent(/Its author, \u2068Maria Santos\u2069, and you stay named\./);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Some people named on this request are not shown to you: once the list is saved, they are no longer named.',
    );
  });

  it('leaves the day the marking drops to the api, which keeps it when only the people change', async () => {
    const saved = vi.fn(() => ({
      data: {
        changeAssistanceRequestClassification: request({
          participants: named(ingrid),
          declassifyOn: '2031-01-15',
          declassifyTo: 'CONFIDENTIAL',
        }),
      },
    }));
    const onClose = renderDialog(
      focalPoint,
      request({ viewerCanLowerClassification: true, declassifyOn: '2031-01-15', declassifyTo: 'CONFIDENTIAL' }),
      [
        {
          request: {
            query: ChangeAssistanceRequestClassificationDocument,
            variables: {
              input: {
                requestId: 'r1',
                classification: 'STRICTLY_CONFIDENTIAL',
                reason: 'Yearly review',
                participantIds: ['u-ingrid'],
              },
              language: 'en',
            },
          },
          result: saved,
        },
      ],
    );
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'People named on this request' });

    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Yearly review');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(saved).toHaveBeenCalledTimes(1);
  });
});
