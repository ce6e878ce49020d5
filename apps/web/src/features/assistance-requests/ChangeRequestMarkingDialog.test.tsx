import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import type { SessionUser } from '../../session';
import { adminCan, adminUser, renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { ChangeRequestMarkingDialog } from './ChangeRequestMarkingDialog';
import { ChangeAssistanceRequestClassificationDocument } from './operations';
import { candidatesAnswer, focalPoint, ingrid, named, request } from './requests.fixtures';

const focalPointCan = { ...adminCan, requestAssistance: true, triageAssistanceRequests: false, breakGlass: false };

function renderDialog(viewer: SessionUser, value: ReturnType<typeof request>, mocks: MockLink.MockedResponse[]) {
  const onClose = vi.fn();
  renderWithApp(
    <WhenSignedIn>
      <ChangeRequestMarkingDialog request={value} onClose={onClose} />
    </WhenSignedIn>,
    {
      mocks: [
        signedInMock(viewer, viewer.role === 'FOCAL_POINT' ? focalPointCan : adminCan),
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
  request: { query: ChangeAssistanceRequestClassificationDocument, variables: { input, language: 'en' } },
  result,
});

const markings = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('radiogroup', { name: /^New marking/ }))
    .getAllByRole('radio')
    .map((radio) => radio.getAttribute('value'));

describe('ChangeRequestMarkingDialog', () => {
  it('lets the State raise its request to strictly confidential, naming people, with a reason', async () => {
    const raised = vi.fn(() => ({
      data: { changeAssistanceRequestClassification: request({ participants: named(ingrid) }) },
    }));
    const onClose = renderDialog(
      focalPoint,
      request({
        classification: 'CONFIDENTIAL',
        participants: [],
        viewerCanRaiseClassification: true,
        viewerCanLowerClassification: true,
      }),
      [
        changed(
          {
            requestId: 'r1',
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

    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));
    expect(await within(dialog).findByText('Give a reason.')).toBeInTheDocument();
    expect(raised).not.toHaveBeenCalled();

    // The people it names: the request's candidates; its author (here the viewer) is named anyway.
    const picker = within(dialog).getByRole('combobox', { name: /^People named on it/ });
    await user.click(picker);
    await user.type(picker, 'Ing');
    await user.click(await screen.findByRole('option', { name: /Ingrid Larsen · UNODC/ }));
    expect(screen.queryByRole('option', { name: /Maria Santos/ })).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Names of informants');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(raised).toHaveBeenCalledTimes(1);
  });

  it('lets a coordinator only raise it, and shows what the api refuses', async () => {
    const onClose = renderDialog(
      adminUser,
      request({ classification: 'UNCLASSIFIED', participants: [], viewerCanRaiseClassification: true }),
      [
        changed(
          { requestId: 'r1', classification: 'CONFIDENTIAL', reason: 'Sensitive sources' },
          {
            errors: [
              {
                message: 'Only the requesting State and coordinators raise the marking.',
                extensions: { code: 'FORBIDDEN' },
              },
            ],
          },
        ),
      ],
    );
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Change the marking' });

    expect(markings(dialog)).toEqual(['CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL']);
    expect(dialog).toHaveTextContent('Only the requesting State’s focal points can lower it afterwards.');
    await user.click(within(dialog).getByRole('radio', { name: /^Confidential/ }));
    // Nobody to name below strictly confidential.
    expect(within(dialog).queryByRole('combobox', { name: /^People named on it/ })).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Sensitive sources');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    const refusal = await within(dialog).findByRole('alert');
    expect(refusal).toHaveTextContent('You are not allowed to do this.');
    expect(refusal).toHaveTextContent('Only the requesting State and coordinators raise the marking.');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('lowers a strictly confidential request to the next marking down by default', async () => {
    const lowered = vi.fn(() => ({
      data: { changeAssistanceRequestClassification: request({ classification: 'CONFIDENTIAL', participants: [] }) },
    }));
    const onClose = renderDialog(focalPoint, request({ viewerCanLowerClassification: true }), [
      changed({ requestId: 'r1', classification: 'CONFIDENTIAL', reason: 'The operation is over' }, lowered),
    ]);
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Change the marking' });

    expect(markings(dialog)).toEqual(['UNCLASSIFIED', 'CONFIDENTIAL']);
    expect(within(dialog).getByRole('radio', { name: /^Confidential/ })).toBeChecked();
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'The operation is over');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(lowered).toHaveBeenCalledTimes(1);
  });
});
