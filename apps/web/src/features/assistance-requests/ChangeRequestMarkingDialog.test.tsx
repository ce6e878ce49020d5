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

    // Higher and lower markings, and the current one (to set the day it drops); raising by default.
    expect(markings(dialog)).toEqual(['UNCLASSIFIED', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL']);
    expect(within(dialog).getByRole('radio', { name: /current marking/ })).toHaveAttribute('value', 'CONFIDENTIAL');
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
    // A day when the marking drops is set by those who may lower it.
    expect(within(dialog).queryByRole('checkbox', { name: /declassification day/ })).not.toBeInTheDocument();
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

    expect(markings(dialog)).toEqual(['UNCLASSIFIED', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL']);
    expect(within(dialog).getByRole('radio', { name: /^Confidential/ })).toBeChecked();
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'The operation is over');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(lowered).toHaveBeenCalledTimes(1);
  });

  it('lets the State lower its request with a declassification day, checked before asking the api', async () => {
    const lowered = vi.fn(() => ({
      data: {
        changeAssistanceRequestClassification: request({
          classification: 'CONFIDENTIAL',
          participants: [],
          declassifyOn: '2031-01-15',
          declassifyTo: 'UNCLASSIFIED',
        }),
      },
    }));
    const onClose = renderDialog(focalPoint, request({ viewerCanLowerClassification: true }), [
      changed(
        {
          requestId: 'r1',
          classification: 'CONFIDENTIAL',
          reason: 'The operation is over',
          declassifyOn: '2031-01-15',
          declassifyTo: 'UNCLASSIFIED',
        },
        lowered,
      ),
    ]);
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Change the marking' });

    await user.click(within(dialog).getByRole('checkbox', { name: /declassification day/ }));
    // It drops below the new marking: to the next one down by default.
    expect(within(dialog).getByRole('combobox', { name: /^Drops to/ })).toHaveValue('Unclassified');
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'The operation is over');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));
    expect(await within(dialog).findByText('Choose a day after today.')).toBeInTheDocument();
    expect(lowered).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText(/^Declassification day/), '01/15/2031');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(lowered).toHaveBeenCalledTimes(1);
  });

  it('keeps the marking to set the day it drops, naming nobody anew, and shows a refused day next to its field', async () => {
    renderDialog(focalPoint, request({ viewerCanLowerClassification: true }), [
      changed(
        {
          requestId: 'r1',
          classification: 'STRICTLY_CONFIDENTIAL',
          reason: 'Review in spring',
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

    await user.click(within(dialog).getByRole('radio', { name: /current marking/ }));
    // Those named stay named: naming others is the participants dialog's.
    expect(within(dialog).queryByRole('combobox', { name: /^People named on it/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: /declassification day/ }));
    const day = within(dialog).getByLabelText(/^Declassification day/);
    await user.type(day, '04/01/2031');
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Review in spring');
    await user.click(within(dialog).getByRole('button', { name: 'Change the marking' }));

    expect(await within(dialog).findByText('Give a day after today.')).toBeInTheDocument();
    expect(day).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });
});
