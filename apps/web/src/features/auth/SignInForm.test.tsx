import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { adminUser, renderWithApp, signedOutMock } from '../../test/render';
import { SignInDocument } from './operations';
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
});
