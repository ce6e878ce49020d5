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
          }
          organization {
            id
            acronym
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

/** The people of the owner organization, to choose the item's leads from. */
export const LeadChoicesDocument = graphql(`
  query WorkPlanLeadChoices($organizationId: ID!) {
    users(filter: { organizationId: $organizationId }, first: 100) {
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
