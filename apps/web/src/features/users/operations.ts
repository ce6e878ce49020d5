import { graphql } from '../../gql';

export const PeopleDocument = graphql(`
  query People($language: Language!, $search: String, $organizationId: ID, $role: PlatformRole, $after: String) {
    users(filter: { search: $search, organizationId: $organizationId, role: $role }, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          role
          isOrganizationAdmin
          disabled
          lastSignInAt
          viewerCanChangeRole
          viewerCanDisable
          organization {
            id
            acronym
            kind
            name(language: $language)
          }
        }
      }
    }
  }
`);

export const SetUserRoleDocument = graphql(`
  mutation SetUserRole($input: SetUserRoleInput!) {
    setUserRole(input: $input) {
      id
      role
      isOrganizationAdmin
    }
  }
`);

export const SetUserDisabledDocument = graphql(`
  mutation SetUserDisabled($input: SetUserDisabledInput!) {
    setUserDisabled(input: $input) {
      id
      disabled
      disabledAt
    }
  }
`);

export const PersonDocument = graphql(`
  query Person($id: ID!, $language: Language!) {
    user(id: $id) {
      id
      name
      email
      role
      isOrganizationAdmin
      disabled
      organization {
        id
        acronym
        kind
        name(language: $language)
      }
    }
  }
`);
