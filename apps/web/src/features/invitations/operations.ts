import { graphql } from '../../gql';

export const InvitationPreviewDocument = graphql(`
  query InvitationPreview($token: String!, $language: Language!) {
    invitation(token: $token) {
      email
      expiresAt
      role
      organization {
        id
        acronym
        name(language: $language)
      }
    }
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      expiresAt
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const InvitationFields = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    role
    isOrganizationAdmin
    createdAt
    expiresAt
    organization {
      id
      acronym
      name(language: $language)
    }
  }
`);

export const InviteUserDocument = graphql(`
  mutation InviteUser($input: InviteUserInput!, $language: Language!) {
    inviteUser(input: $input) {
      acceptUrl
      invitation {
        ...InvitationFields
      }
    }
  }
`);

/** A new link for a pending invitation, sent again; the previous link stops working. */
export const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($id: ID!, $language: Language!) {
    resendInvitation(id: $id) {
      acceptUrl
      invitation {
        ...InvitationFields
      }
    }
  }
`);

export const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

export const PendingInvitationsDocument = graphql(`
  query PendingInvitations($organizationId: ID, $language: Language!, $after: String) {
    invitations(organizationId: $organizationId, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InvitationFields
        }
      }
    }
  }
`);

export const OrganizationSummaryDocument = graphql(`
  query OrganizationSummary($id: ID!, $language: Language!) {
    organization(id: $id) {
      id
      acronym
      kind
      name(language: $language)
    }
  }
`);
