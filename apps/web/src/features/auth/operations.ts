import { graphql } from '../../gql';

export const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      expiresAt
      user {
        ...SessionUserFields
      }
    }
  }
`);

/** The second step of signing in, for people with two-factor sign-in on. */
export const CompleteSignInDocument = graphql(`
  mutation CompleteSignIn($input: CompleteSignInInput!) {
    completeSignIn(input: $input) {
      expiresAt
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession {
    refreshSession {
      expiresAt
    }
  }
`);

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/**
 * Operations that start, renew or end a session, or work without one: an UNAUTHENTICATED answer to
 * them means wrong credentials or a dead session, never "refresh and retry".
 */
export const AUTH_OPERATION_NAMES: ReadonlySet<string> = new Set([
  'SignIn',
  'CompleteSignIn',
  'SignOut',
  'RefreshSession',
  'AcceptInvitation',
  'InvitationPreview',
  'RequestPasswordReset',
  'ResetPassword',
]);

export const SignInOptionsDocument = graphql(`
  query SignInOptions {
    signInOptions {
      singleSignOn {
        label
        startUrl
      }
    }
  }
`);
