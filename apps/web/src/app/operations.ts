import { graphql } from '../gql';

export const HomeOverviewDocument = graphql(`
  query HomeOverview($organizationId: ID!, $language: Language!) {
    organization(id: $organizationId) {
      id
      acronym
      name(language: $language)
    }
    entities: organizations(filter: { kind: COMPACT_ENTITY }, first: 0) {
      totalCount
    }
    states: organizations(filter: { kind: MEMBER_STATE }, first: 0) {
      totalCount
    }
    workingGroups {
      id
    }
    users(first: 0) {
      totalCount
    }
  }
`);
