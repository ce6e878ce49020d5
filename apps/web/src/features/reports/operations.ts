import { graphql } from '../../gql';

export const BreakdownFields = graphql(`
  fragment BreakdownFields on Breakdown {
    key
    activities
    individualsTrained
  }
`);

export const ReportActivityFields = graphql(`
  fragment ReportActivityFields on Activity {
    id
    title
    type
    startDate
    endDate
    city
    countryCode
    online
    organizers {
      id
      acronym
      name(language: $language)
    }
    project {
      id
      classification
    }
  }
`);

export const ReportAgreementFields = graphql(`
  fragment ReportAgreementFields on Agreement {
    id
    type
    subject
    dateSigned
    place
    parties {
      id
      acronym
      name(language: $language)
    }
  }
`);

/** The key figures and breakdowns: what the dashboard shows. */
export const QuarterFiguresFields = graphql(`
  fragment QuarterFiguresFields on QuarterlyReport {
    year
    quarter
    from
    to
    workshopsOrganized
    individualsTrained
    activityCount
    participants
    participantsWomen
    womenShare
    pledgedUsdToDate
    receivedUsdToDate
    inKindUsdToDate
    donorCountToDate
    receivedUsdInQuarter
    activitiesByPillar {
      ...BreakdownFields
    }
    activitiesByRegion {
      ...BreakdownFields
    }
    activitiesByType {
      ...BreakdownFields
    }
    activitiesByWorkingGroup {
      activities
      individualsTrained
      workingGroup {
        id
        key
        name(language: $language)
      }
    }
  }
`);

export const DashboardDocument = graphql(`
  query Dashboard($year: Int!, $quarter: Int!, $language: Language!) {
    quarterlyReport(year: $year, quarter: $quarter) {
      ...QuarterFiguresFields
    }
  }
`);

export const QuarterlyReportDocument = graphql(`
  query QuarterlyReport($year: Int!, $quarter: Int!, $language: Language!) {
    quarterlyReport(year: $year, quarter: $quarter) {
      ...QuarterFiguresFields
      workPlanProgress {
        notStarted
        onTrack
        atRisk
        done
        dropped
        workingGroup {
          id
          key
          name(language: $language)
        }
      }
      highLevelVisits {
        ...ReportActivityFields
      }
      endorsements {
        ...ReportAgreementFields
      }
      launches {
        ...ReportActivityFields
      }
      agreementsSigned {
        ...ReportAgreementFields
      }
      capacityBuildingEvents {
        ...ReportActivityFields
      }
      fundingReceived {
        id
        amountUsd
        date
        purpose
        donor {
          id
          acronym
          name(language: $language)
        }
        project {
          id
          classification
        }
      }
      topContributors {
        pledgedUsd
        receivedUsd
        inKindUsd
        donor {
          id
          acronym
          name(language: $language)
        }
      }
      countriesReached {
        countryCode
        activities
        individualsTrained
        participants
      }
    }
  }
`);

export const DashboardTrendsDocument = graphql(`
  query DashboardTrends($year: Int!, $quarter: Int!) {
    dashboard(year: $year, quarter: $quarter) {
      year
      quarter
      requestPipeline {
        status
        requests
        medianSecondsInStatus
        overdue
      }
      slaCompliance {
        year
        quarter
        met
        missed
      }
      fundingTrend {
        year
        quarter
        pledgedUsd
        receivedUsd
      }
    }
  }
`);
