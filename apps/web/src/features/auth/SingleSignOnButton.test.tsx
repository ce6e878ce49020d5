import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { useQuery } from '@apollo/client/react';
import { renderWithApp, signedOutMock } from '../../test/render';
import { SignInOptionsDocument } from './operations';
import { SingleSignOnButton } from './SingleSignOnButton';

function signInOptions(singleSignOn: { label: string; startUrl: string } | null): MockLink.MockedResponse {
  return {
    request: { query: SignInOptionsDocument },
    result: {
      data: {
        signInOptions: {
          __typename: 'SignInOptions',
          singleSignOn: singleSignOn && { __typename: 'SingleSignOn', ...singleSignOn },
        },
      },
    },
  };
}

/** Shows once the sign-in options have been answered (both read the same cached answer). */
function Answered() {
  const { data } = useQuery(SignInOptionsDocument);
  return data ? <p>answered</p> : null;
}

const unite = { label: 'UN Unite ID', startUrl: 'https://ctcp.example.org/auth/oidc/start' };

describe('SingleSignOnButton', () => {
  it('links to the provider’s sign-in, coming back to the page asked for', async () => {
    renderWithApp(<SingleSignOnButton next="/people?search=ana" />, {
      route: '/sign-in',
      mocks: [signedOutMock(), signInOptions(unite)],
    });

    const link = await screen.findByRole('link', { name: 'Sign in with UN Unite ID' });
    expect(link).toHaveAttribute('href', 'https://ctcp.example.org/auth/oidc/start?next=%2Fpeople%3Fsearch%3Dana');
    expect(screen.getByText('or')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows nothing when the platform has no single sign-on', async () => {
    renderWithApp(
      <>
        <SingleSignOnButton next="/" />
        <Answered />
      </>,
      { route: '/sign-in', mocks: [signedOutMock(), signInOptions(null), signInOptions(null)] },
    );

    await screen.findByText('answered');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByText('or')).not.toBeInTheDocument();
  });

  it.each([
    ['unknown_account', 'No active account on this platform has the email address of your organization account.'],
    ['unverified_email', 'did not confirm your email address'],
    ['cancelled', 'Signing in was cancelled'],
    ['failed', 'Single sign-on could not be completed.'],
    ['something_else', 'Single sign-on could not be completed.'],
  ])('says why single sign-on was refused (%s)', async (reason, message) => {
    renderWithApp(<SingleSignOnButton next="/" />, {
      route: `/sign-in?sso=${reason}`,
      mocks: [signedOutMock(), signInOptions(unite)],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Single sign-on did not sign you in');
    expect(alert).toHaveTextContent(message);
    // Trying again stays one click away.
    expect(await screen.findByRole('link', { name: 'Sign in with UN Unite ID' })).toBeInTheDocument();
  });
});
