import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import { ChangePasswordDocument } from './operations';
import { PasswordSection } from './PasswordSection';

const currentPassword = 'demo-pass-2020';
const newPassword = 'blue-harbour-lantern';

function changeAnswer(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: ChangePasswordDocument, variables: { input: { currentPassword, newPassword } } }, result };
}

async function changePassword(mocks: MockLink.MockedResponse[]) {
  renderWithApp(<PasswordSection />, { route: '/profile', mocks: [signedInMock(), ...mocks] });
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/^Current password/), currentPassword);
  await user.type(screen.getByLabelText(/^New password/), newPassword);
  await user.type(screen.getByLabelText(/^Confirm the new password/), newPassword);
  await user.click(screen.getByRole('button', { name: 'Change the password' }));
  return user;
}

describe('PasswordSection', () => {
  it('changes the password, says the other sessions ended and empties the fields', async () => {
    await changePassword([changeAnswer({ data: { changePassword: true } })]);

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your password was changed. Your other sessions were signed out.',
    );
    expect(screen.getByLabelText(/^Current password/)).toHaveValue('');
    expect(screen.getByLabelText(/^New password/)).toHaveValue('');
    expect(screen.getByLabelText(/^Confirm the new password/)).toHaveValue('');
    // Emptied for a next change, not refused.
    expect(screen.queryByText('Enter your current password.')).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Current password/)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a wrong current password next to that field until it is corrected', async () => {
    const user = await changePassword([
      changeAnswer({
        errors: [
          {
            message: 'The current password is incorrect.',
            extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
          },
        ],
      }),
    ]);

    expect(await screen.findByText('The current password is incorrect.')).toBeInTheDocument();
    const current = screen.getByLabelText(/^Current password/);
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(current).toHaveAccessibleDescription('The current password is incorrect.');
    expect(current).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByLabelText(/^New password/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    await user.type(current, '!');
    await waitFor(() => expect(screen.queryByText('The current password is incorrect.')).not.toBeInTheDocument());
  });

  it('says a refused common password in the reader’s words, next to the new password', async () => {
    await changePassword([
      changeAnswer({
        errors: [
          {
            message: 'Refused by the api.',
            extensions: { code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'COMMON_PASSWORD' },
          },
        ],
      }),
    ]);

    const message = 'This password is too common or appeared in a data breach. Choose another.';
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByLabelText(/^New password/)).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.queryByText('Refused by the api.')).not.toBeInTheDocument();
  });
});
