import { graphql } from '../../gql';

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    seq
    type
    title
    link
    createdAt
    readAt
  }
`);

export const NotificationsDocument = graphql(`
  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** Where the live connection starts: notifications after the newest one are "missed". */
export const NewestNotificationSeqDocument = graphql(`
  query NewestNotificationSeq {
    notifications(first: 1) {
      edges {
        node {
          id
          seq
        }
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);
