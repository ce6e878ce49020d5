import { graphql } from '../../gql';

export const WorkingGroupsDocument = graphql(`
  query WorkingGroups($language: Language!) {
    workingGroups {
      id
      key
      kind
      confirmed
      name(language: $language)
      memberships {
        role
        organization {
          id
          acronym
          name(language: $language)
        }
      }
    }
  }
`);

export const WorkingGroupDetailDocument = graphql(`
  query WorkingGroupDetail($id: ID!, $language: Language!) {
    workingGroup(id: $id) {
      id
      key
      kind
      confirmed
      name(language: $language)
      viewerCanEditMemberships
      memberships {
        role
        fromDate
        toDate
        organization {
          id
          acronym
          kind
          name(language: $language)
        }
      }
    }
  }
`);

export const SetWorkingGroupMembershipDocument = graphql(`
  mutation SetWorkingGroupMembership($input: SetWorkingGroupMembershipInput!) {
    setWorkingGroupMembership(input: $input) {
      role
      fromDate
      toDate
    }
  }
`);

export const RemoveWorkingGroupMembershipDocument = graphql(`
  mutation RemoveWorkingGroupMembership($input: RemoveWorkingGroupMembershipInput!) {
    removeWorkingGroupMembership(input: $input)
  }
`);

export const OrganizationChoicesDocument = graphql(`
  query OrganizationChoices($search: String, $language: Language!) {
    organizations(filter: { search: $search }, first: 20, language: $language) {
      edges {
        node {
          id
          acronym
          name(language: $language)
        }
      }
    }
  }
`);
