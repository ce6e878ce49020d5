import { graphql } from '../gql';

/** What <OrganizationSelect> offers. */
export const OrganizationOptionsDocument = graphql(`
  query OrganizationOptions($language: Language!, $search: String, $kind: OrganizationKind) {
    organizations(filter: { search: $search, kind: $kind }, first: 30, language: $language) {
      edges {
        node {
          id
          acronym
          name(language: $language)
          kind
        }
      }
    }
  }
`);

/** What <UserSelect> offers; mentions in posts search people with it too. */
export const UserOptionsDocument = graphql(`
  query UserOptions($search: String, $first: Int) {
    users(filter: { search: $search }, first: $first) {
      edges {
        node {
          id
          name
          email
          disabled
          organization {
            id
            acronym
          }
        }
      }
    }
  }
`);

/** What <ProjectSelect> offers: the projects the viewer reads whose title holds the typed text. */
export const ProjectOptionsDocument = graphql(`
  query ProjectOptions($search: String, $first: Int!) {
    projects(filter: { search: $search }, first: $first) {
      totalCount
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** The title of the chosen project, when it is not among the options found. */
export const ProjectOptionTitleDocument = graphql(`
  query ProjectOptionTitle($id: ID!) {
    project(id: $id) {
      id
      title
    }
  }
`);
