import { graphql } from '../../gql';

export const CompactEntitiesDocument = graphql(`
  query CompactEntities($language: Language!, $search: String, $after: String) {
    organizations(filter: { kind: COMPACT_ENTITY, search: $search }, first: 100, after: $after, language: $language) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          acronym
          name(language: $language)
          entityType
          status
          confirmed
        }
      }
    }
  }
`);

export const MemberStatesDocument = graphql(`
  query MemberStates($language: Language!, $search: String, $after: String) {
    organizations(filter: { kind: MEMBER_STATE, search: $search }, first: 100, after: $after, language: $language) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name(language: $language)
          countryCode
          regionalGroup
          confirmed
        }
      }
    }
  }
`);

export const OrganizationDetailDocument = graphql(`
  query OrganizationDetail($id: ID!, $language: Language!) {
    organization(id: $id) {
      id
      acronym
      name(language: $language)
      kind
      entityType
      status
      confirmed
      countryCode
      regionalGroup
      joinedAt
      leftAt
      note
      workingGroups {
        role
        workingGroup {
          id
          key
          name(language: $language)
        }
      }
    }
  }
`);

export const OrganizationPeopleDocument = graphql(`
  query OrganizationPeople($organizationId: ID!) {
    users(filter: { organizationId: $organizationId }, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          email
          role
          isOrganizationAdmin
          disabled
        }
      }
    }
  }
`);
