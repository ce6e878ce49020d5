import { graphql } from '../../gql';

export const WorkspacesDocument = graphql(`
  query Workspaces($language: Language!, $after: String) {
    workspaces(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          description
          kind
          visibility
          viewerRole
          unreadThreadCount
          workingGroup {
            id
            key
            name(language: $language)
          }
        }
      }
    }
  }
`);

export const WorkspaceDetailDocument = graphql(`
  query WorkspaceDetail($id: ID!, $language: Language!, $after: String) {
    workspace(id: $id) {
      id
      name
      description
      kind
      visibility
      minimumClassification
      viewerRole
      viewerCanPost
      viewerCanManageMembers
      viewerWatchLevel
      unreadThreadCount
      workingGroup {
        id
        key
        name(language: $language)
      }
      threads(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            pinned
            locked
            classification
            pillars
            postCount
            lastActivityAt
            unread
            author {
              name
            }
          }
        }
      }
    }
  }
`);

export const WorkspaceMembersDocument = graphql(`
  query WorkspaceMembers($id: ID!, $language: Language!) {
    workspace(id: $id) {
      id
      visibility
      viewerCanManageMembers
      viewerGrantableRoles
      memberOrganizations {
        role
        organization {
          id
          acronym
          kind
          name(language: $language)
        }
      }
      members {
        role
        createdAt
        user {
          id
          name
          email
          organization {
            id
            acronym
            name(language: $language)
          }
        }
      }
    }
  }
`);

export const CreateWorkspaceDocument = graphql(`
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) {
      id
      name
    }
  }
`);

export const AddWorkspaceMemberDocument = graphql(`
  mutation AddWorkspaceMember($input: AddWorkspaceMemberInput!) {
    addWorkspaceMember(input: $input) {
      role
      user {
        id
      }
    }
  }
`);

export const RemoveWorkspaceMemberDocument = graphql(`
  mutation RemoveWorkspaceMember($input: RemoveWorkspaceMemberInput!) {
    removeWorkspaceMember(input: $input)
  }
`);

/** What the viewer hears of a workspace; the answer updates the cached workspace. */
export const WatchWorkspaceDocument = graphql(`
  mutation WatchWorkspace($input: WatchWorkspaceInput!) {
    watchWorkspace(input: $input) {
      id
      viewerWatchLevel
    }
  }
`);

export const WorkspaceSummaryDocument = graphql(`
  query WorkspaceSummary($id: ID!, $language: Language!) {
    workspace(id: $id) {
      id
      name
      viewerCanPost
      minimumClassification
      workingGroup {
        id
        name(language: $language)
      }
    }
  }
`);

/** What <WorkspaceSelect> offers: the workspaces the viewer reads whose name holds the typed text. */
export const WorkspaceOptionsDocument = graphql(`
  query WorkspaceOptions($search: String, $first: Int!, $language: Language!) {
    workspaces(filter: { search: $search }, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          workingGroup {
            id
            name(language: $language)
          }
        }
      }
    }
  }
`);

/** The name of the chosen workspace, when it is not among the options found. */
export const WorkspaceOptionNameDocument = graphql(`
  query WorkspaceOptionName($id: ID!, $language: Language!) {
    workspace(id: $id) {
      id
      name
      workingGroup {
        id
        name(language: $language)
      }
    }
  }
`);
