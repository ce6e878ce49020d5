import { graphql } from '../../gql';

export const GovernanceBodiesDocument = graphql(`
  query GovernanceBodies($language: Language!) {
    governanceBodies {
      id
      key
      acronym
      name(language: $language)
      confirmed
      members {
        role
        organization {
          id
          acronym
          name(language: $language)
        }
      }
      nextMeeting {
        id
        number
        startsAt
        endsAt
        timeZone
      }
    }
  }
`);

/** What a list of meetings shows of each. */
export const MeetingSummaryFields = graphql(`
  fragment MeetingSummaryFields on Meeting {
    id
    number
    startsAt
    endsAt
    timeZone
    place
    onlineUrl
    status
  }
`);

export const GovernanceBodyDetailDocument = graphql(`
  query GovernanceBodyDetail($id: ID!, $language: Language!) {
    governanceBody(id: $id) {
      id
      key
      acronym
      name(language: $language)
      confirmed
      viewerMayScheduleMeeting
      viewerMayEditMembers
      workspace {
        id
        name
      }
      members {
        role
        organization {
          id
          acronym
          kind
          name(language: $language)
        }
      }
      nextMeeting {
        ...MeetingSummaryFields
      }
    }
  }
`);

export const BodyMeetingsDocument = graphql(`
  query BodyMeetings($id: ID!, $upcoming: Boolean, $after: String) {
    governanceBody(id: $id) {
      id
      meetings(upcoming: $upcoming, first: 20, after: $after) {
        totalCount
        totalCountIsExact
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...MeetingSummaryFields
          }
        }
      }
    }
  }
`);

export const MeetingDetailDocument = graphql(`
  query MeetingDetail($id: ID!, $language: Language!) {
    meeting(id: $id) {
      ...MeetingSummaryFields
      agenda
      outcome
      outcomeHtml
      outcomeRecordedAt
      calendarUrl
      viewerMayManage
      createdAt
      documents {
        id
        fileName
        contentType
        size
        url
      }
      attendees {
        id
        acronym
        name(language: $language)
      }
      body {
        id
        acronym
        name(language: $language)
        workspace {
          id
        }
        members {
          role
          organization {
            id
            acronym
            name(language: $language)
          }
        }
      }
    }
  }
`);

/** The files of the body's workspace whose name (or text) holds the typed words, to put on a meeting. */
export const MeetingDocumentChoicesDocument = graphql(`
  query MeetingDocumentChoices($workspaceId: ID!, $query: String, $first: Int!) {
    workspace(id: $workspaceId) {
      id
      files(query: $query, first: $first) {
        totalCount
        edges {
          node {
            id
            fileName
            createdAt
          }
        }
      }
    }
  }
`);

export const ScheduleMeetingDocument = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      ...MeetingSummaryFields
    }
  }
`);

export const UpdateMeetingDocument = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      ...MeetingSummaryFields
      agenda
      documents {
        id
        fileName
        contentType
        size
        url
      }
    }
  }
`);

export const RecordMeetingOutcomeDocument = graphql(`
  mutation RecordMeetingOutcome($input: RecordMeetingOutcomeInput!) {
    recordMeetingOutcome(input: $input) {
      ...MeetingSummaryFields
      outcome
      outcomeHtml
      outcomeRecordedAt
    }
  }
`);

export const SetGovernanceBodyMemberDocument = graphql(`
  mutation SetGovernanceBodyMember($input: SetGovernanceBodyMemberInput!) {
    setGovernanceBodyMember(input: $input) {
      role
      organization {
        id
      }
    }
  }
`);

export const RemoveGovernanceBodyMemberDocument = graphql(`
  mutation RemoveGovernanceBodyMember($input: RemoveGovernanceBodyMemberInput!) {
    removeGovernanceBodyMember(input: $input)
  }
`);

/** The bodies a quarterly report may be published to. */
export const ReportBodiesDocument = graphql(`
  query ReportBodies($language: Language!) {
    governanceBodies {
      id
      acronym
      name(language: $language)
      viewerMayPublishReports
    }
  }
`);

export const PublishQuarterlyReportDocument = graphql(`
  mutation PublishQuarterlyReport($year: Int!, $quarter: Int!, $bodyId: ID!) {
    publishQuarterlyReport(year: $year, quarter: $quarter, bodyId: $bodyId) {
      id
      title
      workspace {
        id
      }
    }
  }
`);

export const CreateGovernanceBodyDocument = graphql(`
  mutation CreateGovernanceBody($input: CreateGovernanceBodyInput!) {
    createGovernanceBody(input: $input) {
      id
    }
  }
`);
