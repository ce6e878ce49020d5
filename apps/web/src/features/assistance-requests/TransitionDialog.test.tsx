import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp, signedInMock } from '../../test/render';
import { TransitionAssistanceRequestDocument } from './operations';
import { TransitionDialog } from './TransitionDialog';

const request = { id: 'r1', reference: 'AR-0007', status: 'SUBMITTED' as const };

describe('TransitionDialog', () => {
  it('requires the reason for declining before asking the api', async () => {
    const declined = vi.fn(() => ({
      data: {
        transitionAssistanceRequest: {
          __typename: 'AssistanceRequest',
          id: 'r1',
          status: 'DECLINED',
          viewerTransitions: ['UNDER_REVIEW'],
        },
      },
    }));
    const onClose = vi.fn();
    renderWithApp(<TransitionDialog request={request} to="DECLINED" onClose={onClose} />, {
      mocks: [
        signedInMock(),
        {
          request: {
            query: TransitionAssistanceRequestDocument,
            variables: { input: { id: 'r1', to: 'DECLINED', note: 'Outside the Compact’s mandate.' } },
          },
          result: declined,
        },
      ],
    });
    const user = userEvent.setup();
    const confirm = screen.getByRole('button', { name: 'Decline' });

    await user.click(confirm);
    expect(await screen.findByText('Give the reason for declining.')).toBeInTheDocument();
    expect(declined).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/^Reason/), 'Outside the Compact’s mandate.');
    await user.click(confirm);
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(declined).toHaveBeenCalledTimes(1);
  });

  it('shows the api’s complaint about the note next to it', async () => {
    renderWithApp(<TransitionDialog request={{ ...request, status: 'MATCHED' }} to="IN_PROGRESS" onClose={vi.fn()} />, {
      mocks: [
        signedInMock(),
        {
          request: {
            query: TransitionAssistanceRequestDocument,
            variables: { input: { id: 'r1', to: 'IN_PROGRESS', note: '' } },
          },
          result: {
            errors: [{ message: 'Say why this is corrected.', extensions: { code: 'BAD_USER_INPUT', field: 'note' } }],
          },
        },
      ],
    });
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Start delivery' }));

    expect(await screen.findByText('Say why this is corrected.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Note/)).toHaveAttribute('aria-invalid', 'true');
  });
});
