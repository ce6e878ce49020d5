import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp, signedOutMock } from '../../test/render';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { RequestPasswordResetDocument, SignInOptionsDocument } from './operations';
import { SignInPage } from './SignInPage';

describe('ForgotPasswordPage', () => {
  it('is linked from the sign-in page', async () => {
    renderWithApp(<SignInPage />, {
      route: '/sign-in',
      mocks: [
        signedOutMock(),
        // No single sign-on configured.
        {
          request: { query: SignInOptionsDocument },
          result: { data: { signInOptions: { __typename: 'SignInOptions', singleSignOn: null } } },
        },
      ],
      routes: [{ path: '/forgot-password', element: <ForgotPasswordPage /> }],
    });

    await userEvent.setup().click(await screen.findByRole('link', { name: 'Forgot your password?' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Forgotten password' })).toBeInTheDocument();
  });

  it('says the same neutral message in place of the form, whoever the address belongs to', async () => {
    const requested = vi.fn(() => ({ data: { requestPasswordReset: true } }));
    renderWithApp(<ForgotPasswordPage />, {
      route: '/forgot-password',
      mocks: [
        signedOutMock(),
        {
          request: { query: RequestPasswordResetDocument, variables: { email: 'someone@unodc.example' } },
          result: requested,
        },
      ],
    });
    const user = userEvent.setup();

    const email = await screen.findByLabelText(/^Email address/);
    expect(email).toHaveAttribute('autocomplete', 'email');
    await user.type(email, ' someone@unodc.example ');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'If an account exists for this address, we have sent it a link to set a new password. ' +
        'The link works for 30 minutes.',
    );
    expect(requested).toHaveBeenCalledTimes(1);
    expect(screen.queryByLabelText(/^Email address/)).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Forgotten password · CTCP'));
  });
});
