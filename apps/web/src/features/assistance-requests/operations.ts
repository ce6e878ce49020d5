import { graphql } from '../../gql';

/** What a row of a list or a card of the board shows. */
export const RequestSummaryFields = graphql(`
  fragment RequestSummaryFields on AssistanceRequest {
    id
    reference
    title
    status
    priority
    classification
    overdue
    slaDueAt
    updatedAt
    pillars
    viewerTransitions
    viewerCanMatch
    requestingState {
      id
      name(language: $language)
    }
    workingGroup {
      id
      key
      name(language: $language)
    }
    leadEntity {
      id
      acronym
      name(language: $language)
    }
  }
`);

/**
 * A request's marking (UN ST/SGB/2007/6), who is named on it, what the viewer may do about them and whether
 * they read it by break glass: read by the request page, and answered by the mutation that changes them so
 * that the page follows.
 */
export const RequestMarkingFields = graphql(`
  fragment RequestMarkingFields on AssistanceRequest {
    id
    classification
    declassifyOn
    declassifyTo
    createdBy {
      id
      name
      organization {
        id
        acronym
        name(language: $language)
      }
    }
    participants {
      name
      organization {
        id
        acronym
        name(language: $language)
      }
      person {
        id
      }
    }
    viewerCanRaiseClassification
    viewerCanLowerClassification
    viewerReadsByBreakGlass
  }
`);

export const OfferFields = graphql(`
  fragment OfferFields on AssistanceOffer {
    id
    note
    noteHtml
    status
    createdAt
    updatedAt
    organization {
      id
      acronym
      name(language: $language)
    }
    author {
      name
    }
  }
`);

export const AssistanceRequestsDocument = graphql(`
  query AssistanceRequests($language: Language!, $filter: AssistanceRequestFilter, $after: String) {
    assistanceRequests(filter: $filter, first: 50, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...RequestSummaryFields
        }
      }
    }
  }
`);

export const AssistanceRequestDocument = graphql(`
  query AssistanceRequest($id: ID!, $language: Language!) {
    assistanceRequest(id: $id) {
      ...RequestSummaryFields
      ...RequestMarkingFields
      ...AcknowledgementFields
      description
      descriptionHtml
      desiredTimeframe
      beneficiaryInstitutions
      sharingScope
      createdAt
      submittedAt
      statusChangedAt
      feedbackRating
      feedbackComment
      feedbackAt
      viewerCanEdit
      viewerCanOffer
      viewerCanGiveFeedback
      viewerCanWidenSharing
      createdBy {
        id
        name
      }
      sharedEntities {
        id
        acronym
        name(language: $language)
      }
      partnerEntities {
        id
        acronym
        name(language: $language)
      }
      viewerOffer {
        ...OfferFields
      }
      offers {
        ...OfferFields
      }
      timeline {
        id
        step
        fromStatus
        toStatus
        note
        createdAt
        actor {
          id
          name
          organization {
            id
            acronym
            name(language: $language)
          }
        }
      }
      timeInStatus {
        status
        seconds
        current
      }
      discussion {
        id
        workspace {
          id
        }
      }
    }
  }
`);

/** The offers and current match, for the match dialog (opened from the request page or the board). */
export const MatchCandidatesDocument = graphql(`
  query MatchCandidates($id: ID!, $language: Language!) {
    assistanceRequest(id: $id) {
      id
      reference
      title
      leadEntity {
        id
      }
      partnerEntities {
        id
      }
      offers {
        id
        status
        organization {
          id
          acronym
          name(language: $language)
        }
      }
    }
    organizations(filter: { kind: COMPACT_ENTITY }, first: 100, language: $language) {
      edges {
        node {
          id
          acronym
          name(language: $language)
        }
      }
    }
  }
`);

export const RequestFormOptionsDocument = graphql(`
  query RequestFormOptions($language: Language!) {
    workingGroups {
      id
      key
      name(language: $language)
    }
    organizations(filter: { kind: COMPACT_ENTITY }, first: 100, language: $language) {
      edges {
        node {
          id
          acronym
          name(language: $language)
        }
      }
    }
  }
`);

export const SubmitAssistanceRequestDocument = graphql(`
  mutation SubmitAssistanceRequest($input: SubmitAssistanceRequestInput!) {
    submitAssistanceRequest(input: $input) {
      id
      status
    }
  }
`);

export const UpdateAssistanceRequestDocument = graphql(`
  mutation UpdateAssistanceRequest($input: UpdateAssistanceRequestInput!) {
    updateAssistanceRequest(input: $input) {
      id
      status
    }
  }
`);

/** Whom a STRICTLY_CONFIDENTIAL request may name, those matching `query` (name or email). */
export const RequestParticipantCandidatesDocument = graphql(`
  query RequestParticipantCandidates($requestId: ID!, $query: String, $first: Int!, $language: Language!) {
    assistanceRequest(id: $requestId) {
      id
      participantCandidates(query: $query, first: $first) {
        name
        organization {
          id
          acronym
          name(language: $language)
        }
        person {
          id
          email
        }
      }
    }
  }
`);

/** A platform admin's audited read of a STRICTLY_CONFIDENTIAL request they are not named on. */
export const BreakGlassOnAssistanceRequestDocument = graphql(`
  mutation BreakGlassOnAssistanceRequest($input: BreakGlassOnAssistanceRequestInput!) {
    breakGlassOnAssistanceRequest(input: $input) {
      id
    }
  }
`);

/** Raises or lowers a request's marking, or names other people on a STRICTLY_CONFIDENTIAL one, with a reason. */
export const ChangeAssistanceRequestClassificationDocument = graphql(`
  mutation ChangeAssistanceRequestClassification(
    $input: ChangeAssistanceRequestClassificationInput!
    $language: Language!
  ) {
    changeAssistanceRequestClassification(input: $input) {
      ...RequestMarkingFields
    }
  }
`);

export const TransitionAssistanceRequestDocument = graphql(`
  mutation TransitionAssistanceRequest($input: TransitionAssistanceRequestInput!) {
    transitionAssistanceRequest(input: $input) {
      id
      status
      viewerTransitions
    }
  }
`);

export const MatchAssistanceRequestDocument = graphql(`
  mutation MatchAssistanceRequest($input: MatchAssistanceRequestInput!) {
    matchAssistanceRequest(input: $input) {
      id
      status
      viewerTransitions
    }
  }
`);

export const OfferAssistanceDocument = graphql(`
  mutation OfferAssistance($input: OfferAssistanceInput!) {
    offerAssistance(input: $input) {
      id
      status
    }
  }
`);

export const AcknowledgementFieldsFragment = graphql(`
  fragment AcknowledgementFields on AssistanceRequest {
    id
    viewerCanAcknowledge
    acknowledgements {
      id
      acknowledgedAt
      organization {
        id
        acronym
        name(language: $language)
      }
    }
  }
`);

export const AcknowledgeAssistanceRequestDocument = graphql(`
  mutation AcknowledgeAssistanceRequest($id: ID!, $language: Language!) {
    acknowledgeAssistanceRequest(id: $id) {
      ...AcknowledgementFields
    }
  }
`);

export const WidenAssistanceRequestSharingDocument = graphql(`
  mutation WidenAssistanceRequestSharing($input: WidenAssistanceRequestSharingInput!, $language: Language!) {
    widenAssistanceRequestSharing(input: $input) {
      id
      sharingScope
      viewerCanWidenSharing
      updatedAt
      sharedEntities {
        id
        acronym
        name(language: $language)
      }
    }
  }
`);

export const WithdrawAssistanceOfferDocument = graphql(`
  mutation WithdrawAssistanceOffer($requestId: ID!) {
    withdrawAssistanceOffer(requestId: $requestId) {
      id
      status
    }
  }
`);

export const GiveAssistanceFeedbackDocument = graphql(`
  mutation GiveAssistanceFeedback($input: AssistanceFeedbackInput!) {
    giveAssistanceFeedback(input: $input) {
      id
      status
      feedbackRating
      feedbackComment
    }
  }
`);
