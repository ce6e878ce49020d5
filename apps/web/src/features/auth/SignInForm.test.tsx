import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { adminUser, renderWithApp, signedOutMock } from '../../test/render';
import { CompleteSignInDocument, SignInDocument } from './operations';
import { SignInForm } from './SignInForm';

const credentials = { email: 'admin@unoct.example', password: 'demo-pass-2020' };

function signInAnswer(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: SignInDocument, variables: { input: credentials } }, result };
}

async function fillAndSubmit() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^Email address/), credentials.email);
  await user.type(screen.getByLabelText(/^Password/), credentials.password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('signs in with the email address and password entered', async () => {
    const onSignedIn = vi.fn();
    const signedInUser = {
      __typename: 'User',
      ...adminUser,
      organization: { __typename: 'Organization', ...adminUser.organization },
      twoFactor: { __typename: 'TwoFactorStatus', enabled: false, required: false },
    };
    renderWithApp(<SignInForm onSignedIn={onSignedIn} />, {
      mocks: [
        signedOutMock(),
        signInAnswer({
          data: { signIn: { __typename: 'AuthPayload', expiresAt: '2030-01-01T00:00:00Z', user: signedInUser } },
        }),
      ],
    });

    await fillAndSubmit();

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn.mock.calls[0][0]).toMatchObject({ id: adminUser.id, email: adminUser.email });
  });

  it('says when the email address or password is wrong', async () => {
    const onSignedIn = vi.fn();
    renderWithApp(<SignInForm onSignedIn={onSignedIn} />, {
      mocks: [
        signedOutMock(),
        signInAnswer({
          errors: [{ message: 'The email address or password is incorrect.', extensions: { code: 'UNAUTHENTICATED' } }],
        }),
      ],
    });

    await fillAndSubmit();

    expect(await screen.findByRole('alert')).toHaveTextContent('The email address or password is not correct.');
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Password/)).toHaveValue('');
  });

  it('says when too many attempts were made, and for how long', async () => {
    renderWithApp(<SignInForm onSignedIn={vi.fn()} />, {
      mocks: [
        signedOutMock(),
        signInAnswer({
          errors: [
            {
              message: 'Too many attempts. Try again later.',
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 900 },
            },
          ],
        }),
      ],
    });

    await fillAndSubmit();

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed attempts. Please try again in 15 min.');
  });

  describe('with two-factor sign-in on', () => {
    const mfaRequired = signInAnswer({
      errors: [
        {
          message: 'Enter the code from your authenticator app.',
          extensions: { code: 'MFA_REQUIRED', mfaToken: 'challenge.token' },
        },
      ],
    });
    const completeAnswer = (code: string, result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
      request: { query: CompleteSignInDocument, variables: { input: { mfaToken: 'challenge.token', code } } },
      result,
    });

    it('asks for the code after the password, then signs in with it', async () => {
      const onSignedIn = vi.fn();
      const signedInUser = {
        __typename: 'User',
        ...adminUser,
        organization: { __typename: 'Organization', ...adminUser.organization },
        twoFactor: { __typename: 'TwoFactorStatus', enabled: true, required: false },
      };
      renderWithApp(<SignInForm onSignedIn={onSignedIn} />, {
        mocks: [
          signedOutMock(),
          mfaRequired,
          completeAnswer('123456', {
            data: {
              completeSignIn: { __typename: 'AuthPayload', expiresAt: '2030-01-01T00:00:00Z', user: signedInUser },
            },
          }),
        ],
      });

      await fillAndSubmit();
      const user = userEvent.setup();
      await user.type(await screen.findByLabelText(/^Six-digit code/), '123456');
      await user.click(screen.getByRole('button', { name: 'Verify' }));

      await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
      expect(onSignedIn.mock.calls[0][0]).toMatchObject({ id: adminUser.id });
    });

    it('says when the code is wrong, and takes a recovery code instead', async () => {
      renderWithApp(<SignInForm onSignedIn={vi.fn()} />, {
        mocks: [
          signedOutMock(),
          mfaRequired,
          completeAnswer('000000', {
            errors: [{ message: 'The code is incorrect.', extensions: { code: 'BAD_USER_INPUT', field: 'code' } }],
          }),
        ],
      });

      await fillAndSubmit();
      const user = userEvent.setup();
      await user.type(await screen.findByLabelText(/^Six-digit code/), '000000');
      await user.click(screen.getByRole('button', { name: 'Verify' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('This code is not correct.');

      await user.click(screen.getByRole('button', { name: 'Use a recovery code' }));
      expect(screen.getByLabelText(/^Recovery code/)).toHaveValue('');
    });

    it('goes back to the password when the sign-in expired', async () => {
      renderWithApp(<SignInForm onSignedIn={vi.fn()} />, {
        mocks: [
          signedOutMock(),
          mfaRequired,
          completeAnswer('123456', {
            errors: [{ message: 'This sign-in has expired.', extensions: { code: 'UNAUTHENTICATED' } }],
          }),
        ],
      });

      await fillAndSubmit();
      const user = userEvent.setup();
      await user.type(await screen.findByLabelText(/^Six-digit code/), '123456');
      await user.click(screen.getByRole('button', { name: 'Verify' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('The time to enter your code has run out.');
      expect(screen.getByLabelText(/^Password/)).toHaveValue('');
    });
  });
});
