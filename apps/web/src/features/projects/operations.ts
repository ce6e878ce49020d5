import { graphql } from '../../gql';

export const ProjectsDocument = graphql(`
  query Projects($language: Language!, $filter: ProjectFilter, $after: String) {
    projects(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          classification
          startDate
          endDate
          budgetUsd
          beneficiaryCountryCodes
          beneficiaryRegions
          leadEntity {
            id
            acronym
            name(language: $language)
          }
          workingGroup {
            id
            key
          }
        }
      }
    }
  }
`);

/** The choices of the project form and filters. */
export const ProjectFormOptionsDocument = graphql(`
  query ProjectFormOptions($language: Language!) {
    workingGroups {
      id
      key
      name(language: $language)
    }
  }
`);

export const ProjectFields = graphql(`
  fragment ProjectFields on Project {
    id
    title
    summary
    status
    classification
    startDate
    endDate
    budgetUsd
    pillars
    beneficiaryCountryCodes
    beneficiaryRegions
    viewerCanEdit
    leadEntity {
      id
      acronym
      kind
      name(language: $language)
    }
    partners {
      role
      organization {
        id
        acronym
        kind
        name(language: $language)
      }
    }
    workingGroup {
      id
      key
      name(language: $language)
    }
    milestones {
      id
      title
      dueDate
      status
    }
  }
`);

/**
 * A project's marking (UN ST/SGB/2007/6), who is named on it, what the viewer may do about them and whether
 * they read it by break glass: read by the project page, and answered by the mutation that changes them so
 * that the page follows.
 */
export const ProjectMarkingFields = graphql(`
  fragment ProjectMarkingFields on Project {
    id
    classification
    declassifyOn
    declassifyTo
    createdBy {
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

export const ProjectDetailDocument = graphql(`
  query ProjectDetail($id: ID!, $language: Language!) {
    project(id: $id) {
      ...ProjectFields
      ...ProjectMarkingFields
      workspace {
        id
        name
      }
      funding {
        pledgedUsd
        receivedUsd
        inKindUsd
        outstandingUsd
        donor {
          id
          acronym
          name(language: $language)
        }
      }
      activities(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ActivityListFields
          }
        }
      }
      contributions(first: 100) {
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
      assistanceRequests(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...LinkedRequestFields
          }
        }
      }
    }
  }
`);

export const ProjectEditDocument = graphql(`
  query ProjectEdit($id: ID!, $language: Language!) {
    project(id: $id) {
      ...ProjectFields
    }
  }
`);

export const CreateProjectDocument = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`);

export const UpdateProjectDocument = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!, $language: Language!) {
    updateProject(input: $input) {
      ...ProjectFields
    }
  }
`);

/** Whom a STRICTLY_CONFIDENTIAL project may name, those matching `query` (name or email). */
export const ProjectParticipantCandidatesDocument = graphql(`
  query ProjectParticipantCandidates($projectId: ID!, $query: String, $first: Int!, $language: Language!) {
    project(id: $projectId) {
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

/** A platform admin's audited read of a STRICTLY_CONFIDENTIAL project they are not named on. */
export const BreakGlassOnProjectDocument = graphql(`
  mutation BreakGlassOnProject($input: BreakGlassOnProjectInput!) {
    breakGlassOnProject(input: $input) {
      id
    }
  }
`);

/** Raises or lowers a project's marking, or names other people on a STRICTLY_CONFIDENTIAL one, with a reason. */
export const ChangeProjectClassificationDocument = graphql(`
  mutation ChangeProjectClassification($input: ChangeProjectClassificationInput!, $language: Language!) {
    changeProjectClassification(input: $input) {
      ...ProjectMarkingFields
    }
  }
`);

export const SetProjectMilestoneDocument = graphql(`
  mutation SetProjectMilestone($input: SetProjectMilestoneInput!) {
    setProjectMilestone(input: $input) {
      id
      title
      dueDate
      status
    }
  }
`);

export const DeleteProjectMilestoneDocument = graphql(`
  mutation DeleteProjectMilestone($id: ID!) {
    deleteProjectMilestone(id: $id)
  }
`);

/** A request as the project page lists it. */
export const LinkedRequestFields = graphql(`
  fragment LinkedRequestFields on AssistanceRequest {
    id
    reference
    title
    status
    requestingState {
      id
      name(language: $language)
    }
  }
`);

/** Requests a coordinator may link to the project (any but drafts) whose title or reference holds the typed text. */
export const LinkableRequestsDocument = graphql(`
  query LinkableRequests($language: Language!, $search: String, $first: Int!) {
    assistanceRequests(
      filter: {
        search: $search
        statuses: [SUBMITTED, UNDER_REVIEW, MATCHED, IN_PROGRESS, DELIVERED, CLOSED, DECLINED, WITHDRAWN]
      }
      first: $first
    ) {
      totalCount
      edges {
        node {
          ...LinkedRequestFields
          project {
            id
          }
        }
      }
    }
  }
`);

/** More of a project's activities than the project page first shows. */
export const ProjectActivitiesPageDocument = graphql(`
  query ProjectActivitiesPage($projectId: ID!, $language: Language!, $after: String) {
    activities(filter: { projectId: $projectId }, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ActivityListFields
        }
      }
    }
  }
`);

/** More of a project's contributions than the project page first shows. */
export const ProjectContributionsPageDocument = graphql(`
  query ProjectContributionsPage($projectId: ID!, $language: Language!, $after: String) {
    contributions(filter: { projectId: $projectId }, first: 100, after: $after) {
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

/** More of the requests a project delivers than the project page first shows. */
export const ProjectRequestsPageDocument = graphql(`
  query ProjectRequestsPage($projectId: ID!, $language: Language!, $after: String) {
    assistanceRequests(filter: { projectId: $projectId }, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...LinkedRequestFields
        }
      }
    }
  }
`);

export const LinkRequestToProjectDocument = graphql(`
  mutation LinkRequestToProject($input: LinkAssistanceRequestToProjectInput!) {
    linkAssistanceRequestToProject(input: $input) {
      id
      project {
        id
      }
    }
  }
`);
