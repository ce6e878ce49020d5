import { graphql } from '../../gql';

export const WorkspaceFileFields = graphql(`
  fragment WorkspaceFileFields on WorkspaceFile {
    id
    fileName
    contentType
    size
    createdAt
    url
    viewerCanRemove
    uploader {
      name
    }
    post {
      id
      thread {
        id
        title
      }
    }
  }
`);

export const WorkspaceFilesDocument = graphql(`
  query WorkspaceFiles(
    $workspaceId: ID!
    $query: String
    $contentTypes: [String!]
    $orderBy: WorkspaceFileOrder
    $first: Int
    $after: String
  ) {
    workspace(id: $workspaceId) {
      id
      viewerCanPost
      files(query: $query, contentTypes: $contentTypes, orderBy: $orderBy, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...WorkspaceFileFields
          }
        }
      }
    }
  }
`);

export const AddWorkspaceFilesDocument = graphql(`
  mutation AddWorkspaceFiles($input: AddWorkspaceFilesInput!) {
    addWorkspaceFiles(input: $input) {
      ...WorkspaceFileFields
    }
  }
`);

export const RemoveWorkspaceFileDocument = graphql(`
  mutation RemoveWorkspaceFile($id: ID!) {
    removeWorkspaceFile(id: $id)
  }
`);
