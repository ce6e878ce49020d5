import { graphql } from '../../gql';

/** Messages of the outbox not delivered yet, or given up, newest first (never their contents). */
export const UndeliveredMailDocument = graphql(`
  query UndeliveredMail($first: Int!, $after: String) {
    undeliveredMail(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          toAddress
          status
          attempts
          lastError
          createdAt
          sentAt
        }
      }
    }
  }
`);
