import { graphql } from '../../gql';

/** What a calendar entry or a row of a list shows. */
export const ActivityListFields = graphql(`
  fragment ActivityListFields on Activity {
    id
    title
    type
    startDate
    endDate
    countryCode
    city
    online
    featured
    participants
    individualsTrained
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

/** Every activity of a month or a week, read a page of the largest size at a time (see useActivities). */
export const ActivitiesDocument = graphql(`
  query Activities($language: Language!, $filter: ActivityFilter, $after: String) {
    activities(filter: $filter, first: 100, after: $after) {
      totalCount
      totalCountIsExact
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

/** A page of a list of activities to read through: the month's list, the agenda. */
export const ActivityListDocument = graphql(`
  query ActivityList($language: Language!, $filter: ActivityFilter, $after: String) {
    activities(filter: $filter, first: 50, after: $after) {
      totalCount
      totalCountIsExact
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

export const ActivitiesByCountryDocument = graphql(`
  query ActivitiesByCountry($filter: ActivityFilter) {
    activitiesByCountry(filter: $filter) {
      countryCode
      activities
      individualsTrained
      participants
    }
  }
`);

export const ActivityFields = graphql(`
  fragment ActivityFields on Activity {
    ...ActivityListFields
    description
    participantsWomen
    pillars
    viewerCanEdit
    organizers {
      id
      acronym
      kind
      name(language: $language)
    }
    project {
      id
      title
    }
    workingGroup {
      id
      key
      name(language: $language)
    }
  }
`);

export const ActivityDetailDocument = graphql(`
  query ActivityDetail($id: ID!, $language: Language!) {
    activity(id: $id) {
      ...ActivityFields
    }
  }
`);

/** The choices of the activity form: the working groups (its project is searched by <ProjectSelect>). */
export const ActivityFormOptionsDocument = graphql(`
  query ActivityFormOptions($language: Language!) {
    workingGroups {
      id
      key
      name(language: $language)
    }
  }
`);

export const RecordActivityDocument = graphql(`
  mutation RecordActivity($input: RecordActivityInput!) {
    recordActivity(input: $input) {
      id
    }
  }
`);

export const UpdateActivityDocument = graphql(`
  mutation UpdateActivity($input: UpdateActivityInput!, $language: Language!) {
    updateActivity(input: $input) {
      ...ActivityFields
    }
  }
`);

export const DeleteActivityDocument = graphql(`
  mutation DeleteActivity($id: ID!) {
    deleteActivity(id: $id)
  }
`);
