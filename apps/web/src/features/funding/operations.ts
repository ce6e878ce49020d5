import { graphql } from '../../gql';

export const ContributionFields = graphql(`
  fragment ContributionFields on Contribution {
    id
    kind
    amountUsd
    currency
    amount
    usdRate
    rateDate
    inKind
    date
    purpose
    fulfilledUsd
    outstandingUsd
    fulfils {
      amountUsd
      pledge {
        id
        date
      }
    }
    donor {
      id
      acronym
      kind
      name(language: $language)
    }
    project {
      id
      title
      classification
    }
  }
`);

export const ContributionsDocument = graphql(`
  query Contributions($language: Language!, $filter: ContributionFilter, $after: String) {
    contributions(filter: $filter, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ContributionFields
        }
      }
    }
  }
`);

/** A donor's pledges, with what is still outstanding on each: those a receipt may fulfil (every page is read). */
export const DonorPledgesDocument = graphql(`
  query DonorPledges($donorId: ID!, $after: String) {
    contributions(filter: { donorId: $donorId, kind: PLEDGE }, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          date
          amountUsd
          inKind
          outstandingUsd
          purpose
        }
      }
    }
  }
`);

export const AgreementFields = graphql(`
  fragment AgreementFields on Agreement {
    id
    type
    subject
    dateSigned
    place
    project {
      id
      title
    }
    parties {
      id
      acronym
      kind
      name(language: $language)
    }
  }
`);

export const AgreementsDocument = graphql(`
  query Agreements($language: Language!, $filter: AgreementFilter, $after: String) {
    agreements(filter: $filter, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AgreementFields
        }
      }
    }
  }
`);

export const RecordContributionDocument = graphql(`
  mutation RecordContribution($input: RecordContributionInput!, $language: Language!) {
    recordContribution(input: $input) {
      ...ContributionFields
    }
  }
`);

export const UpdateContributionDocument = graphql(`
  mutation UpdateContribution($input: UpdateContributionInput!, $language: Language!) {
    updateContribution(input: $input) {
      ...ContributionFields
    }
  }
`);

export const RecordAgreementDocument = graphql(`
  mutation RecordAgreement($input: RecordAgreementInput!, $language: Language!) {
    recordAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);

export const UpdateAgreementDocument = graphql(`
  mutation UpdateAgreement($input: UpdateAgreementInput!, $language: Language!) {
    updateAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);
