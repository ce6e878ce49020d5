import { graphql } from '../../gql';

export const SessionUserFields = graphql(`
  fragment SessionUserFields on User {
    id
    email
    name
    role
    isOrganizationAdmin
    preferredLanguage
    organization {
      id
      acronym
      kind
    }
  }
`);

/** What the signed-in person may do: the web offers exactly what the api's policy allows. */
export const ViewerCapabilitiesFields = graphql(`
  fragment ViewerCapabilitiesFields on ViewerCapabilities {
    createWorkspace
    requestAssistance
    triageAssistanceRequests
    offerAssistance
    createProject
    recordActivities
    recordFunding
    readReports
    manageInvitations
    inviteToAnyOrganization
    invitableRoles
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
    viewerCan {
      ...ViewerCapabilitiesFields
    }
  }
`);

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

/**
 * Operations that start, renew or end a session, or work without one: an UNAUTHENTICATED answer to
 * them means wrong credentials or a dead session, never "refresh and retry".
 */
export const AUTH_OPERATION_NAMES: ReadonlySet<string> = new Set([
  'SignIn',
  'SignOut',
  'RefreshSession',
  'AcceptInvitation',
  'InvitationPreview',
]);
