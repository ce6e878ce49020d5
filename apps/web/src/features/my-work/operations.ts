import { graphql } from '../../gql';

export const MyWorkDocument = graphql(`
  query MyWork($language: Language!) {
    myWork {
      side
      requestsToTriage(first: 5) {
        ...WorkRequests
      }
      overdueRequests(first: 5) {
        ...WorkRequests
      }
      offersToReview(first: 5) {
        ...WorkRequests
      }
      stalledMatches(first: 5) {
        ...WorkRequests
      }
      stateRequests(first: 5) {
        ...WorkRequests
      }
      offersReceived(first: 5) {
        ...WorkRequests
      }
      openForOffer(first: 5) {
        ...WorkRequests
      }
      assignedRequests(first: 5) {
        ...WorkRequests
      }
      projectsAtRisk(first: 5) {
        ...WorkProjects
      }
      entityProjects(first: 5) {
        ...WorkProjects
      }
      milestonesDue(first: 5) {
        totalCount
        totalCountIsExact
        edges {
          node {
            id
            title
            dueDate
            project {
              id
              title
            }
          }
        }
      }
      plannedActivities(first: 5) {
        totalCount
        totalCountIsExact
        edges {
          node {
            id
            title
            type
            startDate
            city
          }
        }
      }
      unreadThreads(first: 5) {
        totalCount
        totalCountIsExact
        edges {
          node {
            id
            title
            lastActivityAt
            workspace {
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
    }
  }
`);

export const WorkRequestsFields = graphql(`
  fragment WorkRequests on AssistanceRequestConnection {
    totalCount
    totalCountIsExact
    edges {
      node {
        id
        reference
        title
        status
        overdue
        slaDueAt
        requestingState {
          id
          name(language: $language)
        }
        leadEntity {
          id
          acronym
          name(language: $language)
        }
      }
    }
  }
`);

export const WorkProjectsFields = graphql(`
  fragment WorkProjects on ProjectConnection {
    totalCount
    totalCountIsExact
    edges {
      node {
        id
        title
        status
        leadEntity {
          id
          acronym
          name(language: $language)
        }
      }
    }
  }
`);
