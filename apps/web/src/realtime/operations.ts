import { graphql } from '../gql';

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
