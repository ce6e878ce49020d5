import { graphql } from '../../gql';

export const WorkPlansDocument = graphql(`
  query WorkPlans($filter: WorkPlanFilter, $after: String) {
    workPlans(filter: $filter, first: 50, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          year
          half
          workingGroup {
            id
            key
            name
          }
          unit {
            id
            acronym
            name
          }
          organization {
            id
            acronym
            name
          }
        }
      }
    }
  }
`);

export const WorkPlanOwnersDocument = graphql(`
  query WorkPlanOwners {
    workingGroups {
      id
      key
      name
      viewerMayCreateWorkPlan
    }
  }
`);

export const WorkPlanItemFields = graphql(`
  fragment WorkPlanItemFields on WorkPlanItem {
    id
    title
    status
    pillar
    dueDate
    viewerMayEdit
    ownerOrganization {
      id
      acronym
    }
    ownerUnit {
      id
      acronym
      name
    }
    leads {
      name
    }
  }
`);

export const WorkPlanDetailDocument = graphql(`
  query WorkPlanDetail($id: ID!) {
    workPlan(id: $id) {
      id
      title
      year
      half
      viewerMayEdit
      period {
        from
        to
      }
      workingGroup {
        id
        key
        name
      }
      unit {
        id
        acronym
        name
      }
      organization {
        id
        acronym
        name
      }
      items {
        ...WorkPlanItemFields
      }
    }
  }
`);

export const WorkPlanItemDetailDocument = graphql(`
  query WorkPlanItemDetail($id: ID!) {
    workPlanItem(id: $id) {
      ...WorkPlanItemFields
      description
      descriptionHtml
      workPlan {
        id
        title
        period {
          from
          to
        }
      }
      progressNotes {
        id
        text
        date
        author {
          name
        }
      }
      projects {
        id
        title
      }
      activities {
        id
        title
      }
    }
  }
`);

export const CreateWorkPlanDocument = graphql(`
  mutation CreateWorkPlan($input: CreateWorkPlanInput!) {
    createWorkPlan(input: $input) {
      id
    }
  }
`);

export const AddWorkPlanItemDocument = graphql(`
  mutation AddWorkPlanItem($input: AddWorkPlanItemInput!) {
    addWorkPlanItem(input: $input) {
      ...WorkPlanItemFields
    }
  }
`);

export const UpdateWorkPlanItemDocument = graphql(`
  mutation UpdateWorkPlanItem($input: UpdateWorkPlanItemInput!) {
    updateWorkPlanItem(input: $input) {
      ...WorkPlanItemFields
      progressNotes {
        id
        text
        date
        author {
          name
        }
      }
    }
  }
`);

/** The people of the owner organization whose name or email holds the typed text: the item's leads. */
export const LeadChoicesDocument = graphql(`
  query WorkPlanLeadChoices($organizationId: ID!, $search: String, $first: Int!) {
    users(filter: { organizationId: $organizationId, search: $search }, first: $first) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const OrganizationChoicesDocument = graphql(`
  query WorkPlanOrganizationChoices {
    organizations(filter: { kind: COMPACT_ENTITY }, first: 100) {
      edges {
        node {
          id
          acronym
        }
      }
    }
  }
`);

/** The units of an organization: the owner of a unit's plan, the unit an item belongs to. */
export const UnitChoicesDocument = graphql(`
  query WorkPlanUnitChoices($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      acronym
      name
      units {
        id
        acronym
        name
        parentId
      }
    }
  }
`);

/** Projects to link to an item, searched by title on the api (the viewer's readable ones only). */
export const ProjectChoicesDocument = graphql(`
  query WorkPlanProjectChoices($search: String, $first: Int!) {
    projects(filter: { search: $search }, first: $first) {
      totalCount
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** Activities to link to an item: those held around the plan's six months, searched by title on the api. */
export const ActivityChoicesDocument = graphql(`
  query WorkPlanActivityChoices($from: String!, $to: String!, $search: String, $first: Int!) {
    activities(filter: { from: $from, to: $to, search: $search }, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          startDate
        }
      }
    }
  }
`);
