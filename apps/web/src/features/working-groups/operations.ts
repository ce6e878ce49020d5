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
      memberships {
        role
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
