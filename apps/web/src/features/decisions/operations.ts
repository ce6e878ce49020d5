import { graphql } from '../../gql';

export const DecisionListFields = graphql(`
  fragment DecisionListFields on Decision {
    id
    title
    status
    silenceUntil
    createdAt
    closedAt
    workspace {
      id
      name
    }
  }
`);

export const DecisionsDocument = graphql(`
  query Decisions($filter: DecisionFilter, $after: String) {
    decisions(filter: $filter, first: 50, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DecisionListFields
        }
      }
    }
  }
`);

/** Whether the viewer may propose here, asked with the workspace's tab. */
export const WorkspaceDecisionRightsDocument = graphql(`
  query WorkspaceDecisionRights($id: ID!) {
    workspace(id: $id) {
      id
      viewerMayProposeDecision
    }
  }
`);

export const DecisionDetailDocument = graphql(`
  query DecisionDetail($id: ID!) {
    decision(id: $id) {
      ...DecisionListFields
      text
      textHtml
      viewerMayBreakSilence
      viewerMayWithdraw
      viewerOrganizationObjected
      proposedBy {
        name
        organization {
          id
          acronym
        }
      }
      objections {
        id
        reason
        createdAt
        organization {
          id
          acronym
        }
        by {
          name
        }
      }
      timeline {
        kind
        at
        reason
        by {
          name
          organization {
            id
            acronym
          }
        }
      }
    }
  }
`);

export const ProposeDecisionDocument = graphql(`
  mutation ProposeDecision($input: ProposeDecisionInput!) {
    proposeDecision(input: $input) {
      ...DecisionListFields
    }
  }
`);

export const BreakSilenceDocument = graphql(`
  mutation BreakSilence($input: BreakSilenceInput!) {
    breakSilence(input: $input) {
      id
      status
    }
  }
`);

export const WithdrawDecisionDocument = graphql(`
  mutation WithdrawDecision($id: ID!) {
    withdrawDecision(id: $id) {
      id
      status
      closedAt
    }
  }
`);
