import { graphql } from '../../gql';

/** Hits, best first; the palette asks for a few, the results page for pages of 20. */
export const SearchDocument = graphql(`
  query Search(
    $query: String!
    $kinds: [SearchKind!]
    $workspaceId: ID
    $from: String
    $to: String
    $first: Int
    $after: String
  ) {
    search(
      query: $query
      kinds: $kinds
      workspaceId: $workspaceId
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          kind
          id
          title
          snippet
          url
          rank
          at
          classification
        }
      }
    }
  }
`);
