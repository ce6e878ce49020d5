import { graphql } from '../../gql';

export const CompactEntitiesDocument = graphql(`
  query CompactEntities($language: Language!, $search: String, $asOf: String, $after: String) {
    organizations(
      filter: { kind: COMPACT_ENTITY, search: $search, asOf: $asOf }
      first: 100
      after: $after
      language: $language
    ) {
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
  query MemberStates($language: Language!, $search: String, $asOf: String, $after: String) {
    organizations(
      filter: { kind: MEMBER_STATE, search: $search, asOf: $asOf }
      first: 100
      after: $after
      language: $language
    ) {
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
      viewerCanEdit
      viewerCanManageUnits
      names: name(language: en)
      nameFr: name(language: fr)
      nameEs: name(language: es)
      nameRu: name(language: ru)
      nameZh: name(language: zh)
      nameAr: name(language: ar)
      units {
        id
        acronym
        confirmed
        parentId
        name(language: $language)
        en: givenName(language: en)
        fr: givenName(language: fr)
        es: givenName(language: es)
        ru: givenName(language: ru)
        zh: givenName(language: zh)
        ar: givenName(language: ar)
      }
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
  query OrganizationPeople($organizationId: ID!, $after: String) {
    users(filter: { organizationId: $organizationId }, first: 100, after: $after) {
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
          unit {
            id
          }
        }
      }
    }
  }
`);

export const CreateOrganizationUnitDocument = graphql(`
  mutation CreateOrganizationUnit($input: CreateOrganizationUnitInput!) {
    createOrganizationUnit(input: $input) {
      id
    }
  }
`);

export const UpdateOrganizationUnitDocument = graphql(`
  mutation UpdateOrganizationUnit($input: UpdateOrganizationUnitInput!) {
    updateOrganizationUnit(input: $input) {
      id
    }
  }
`);

export const UpdateOrganizationDocument = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
    }
  }
`);

export const SetUserUnitDocument = graphql(`
  mutation SetUserUnit($input: SetUserUnitInput!) {
    setUserUnit(input: $input) {
      id
      unit {
        id
      }
    }
  }
`);
