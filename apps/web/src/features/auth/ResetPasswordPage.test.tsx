import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedOutMock } from '../../test/render';
import { ResetPasswordDocument } from './operations';
import { ResetPasswordPage } from './ResetPasswordPage';

const token = 'reset-token-1';
const newPassword = 'blue-harbour-lantern';

function resetAnswer(password: string, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: ResetPasswordDocument, variables: { input: { token, password } } }, result };
}

function renderPage(mocks: MockLink.MockedResponse[], route = `/reset-password?token=${token}`) {
  renderWithApp(<ResetPasswordPage />, { route, mocks: [signedOutMock(), ...mocks] });
  return userEvent.setup();
}

async function submit(user: ReturnType<typeof userEvent.setup>, password: string, confirmation = password) {
  await user.type(await screen.findByLabelText(/^New password/), password);
  await user.type(screen.getByLabelText(/^Confirm the new password/), confirmation);
  await user.click(screen.getByRole('button', { name: 'Set the new password' }));
}

describe('ResetPasswordPage', () => {
  it('sets the new password, then sends to the sign-in page', async () => {
    const user = renderPage([resetAnswer(newPassword, { data: { resetPassword: true } })]);
    expect(await screen.findByLabelText(/^New password/)).toHaveAttribute('autocomplete', 'new-password');

    await submit(user, newPassword);

    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('Your new password is set');
    expect(done).toHaveTextContent('You were signed out everywhere. Sign in with your new password.');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(screen.queryByLabelText(/^New password/)).not.toBeInTheDocument();
  });

  it('says when the link no longer works, and where to ask for a new one', async () => {
    const user = renderPage([
      resetAnswer(newPassword, {
        errors: [{ message: 'Password reset link not found.', extensions: { code: 'NOT_FOUND' } }],
      }),
    ]);

    await submit(user, newPassword);

    expect(await screen.findByRole('alert')).toHaveTextContent('This link no longer works. Ask for a new one.');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
    expect(screen.queryByLabelText(/^New password/)).not.toBeInTheDocument();
  });

  it('says the same without a token in the address', async () => {
    renderPage([], '/reset-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('This link no longer works. Ask for a new one.');
    expect(screen.queryByLabelText(/^New password/)).not.toBeInTheDocument();
  });

  it('says a short password is too short next to it, and checks the confirmation as it is typed', async () => {
    const reset = vi.fn(() => ({ data: { resetPassword: true } }));
    const user = renderPage([resetAnswer('short', reset)]);

    await submit(user, 'short');

    expect(await screen.findByText('The password needs at least 12 characters.')).toBeInTheDocument();
    const password = screen.getByLabelText(/^New password/);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(/The password needs at least 12 characters\./);
    expect(reset).not.toHaveBeenCalled();

    // After the first submit, the rules follow what is typed.
    await user.type(screen.getByLabelText(/^New password/), '-but-longer-now');
    await waitFor(() =>
      expect(screen.queryByText('The password needs at least 12 characters.')).not.toBeInTheDocument(),
    );
    expect(await screen.findByText('The two passwords are not the same.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Confirm the new password/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the api’s refusal of the password next to the field', async () => {
    const user = renderPage([
      resetAnswer(newPassword, {
        errors: [
          {
            message: 'The password needs at least 16 characters.',
            extensions: { code: 'BAD_USER_INPUT', field: 'password' },
          },
        ],
      }),
    ]);

    await submit(user, newPassword);

    expect(await screen.findByText('The password needs at least 16 characters.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^New password/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
