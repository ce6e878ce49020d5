import { graphql } from '../../gql';

export const AuditEventsDocument = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          targetType
          targetId
          details
          ipAddress
          userAgent
          createdAt
          actor {
            id
            name
            email
          }
          organization {
            id
            name
            acronym
          }
        }
      }
    }
  }
`);

/** Seals the latest events into the hash chain, then checks every link (platform admins). */
export const VerifyAuditChainDocument = graphql(`
  mutation VerifyAuditChain {
    verifyAuditChain {
      ok
      checked
      firstBrokenId
    }
  }
`);

/** The person of the address's filter, to show them in the picker. */
export const AuditFilterPersonDocument = graphql(`
  query AuditFilterPerson($id: ID!) {
    user(id: $id) {
      id
      name
      email
      organization {
        id
        acronym
      }
    }
  }
`);

/** The organization of the address's filter, to show it in the picker. */
export const AuditFilterOrganizationDocument = graphql(`
  query AuditFilterOrganization($id: ID!, $language: Language!) {
    organization(id: $id) {
      id
      acronym
      name(language: $language)
      kind
    }
  }
`);
