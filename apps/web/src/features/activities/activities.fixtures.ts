import type { ActivityListFieldsFragment } from '../../gql/graphql';

/** An activity as the lists and calendars read it (with the __typenames of the api's answers). */
export function activity(fields: Partial<ActivityListFieldsFragment> & { id: string }): ActivityListFieldsFragment {
  return {
    __typename: 'Activity',
    title: 'Workshop',
    type: 'WORKSHOP',
    startDate: '2031-03-05',
    endDate: '2031-03-05',
    countryCode: 'PH',
    city: 'Manila',
    online: false,
    featured: false,
    participants: null,
    individualsTrained: 0,
    organizers: [
      {
        __typename: 'Organization',
        id: 'o1',
        acronym: 'UNOCT',
        name: 'United Nations Office of Counter-Terrorism',
      },
    ],
    project: null,
    ...fields,
  } as ActivityListFieldsFragment;
}
