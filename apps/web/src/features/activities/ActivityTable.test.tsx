import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Classification } from '@ctcp/shared';
import type { ActivityListFieldsFragment } from '../../gql/graphql';
import { renderWithApp, signedInMock } from '../../test/render';
import { ActivityTable } from './ActivityTable';

/** A workshop in Almaty, of the project p1 marked `marking` (none: of no project the viewer reads). */
function workshop(id: string, title: string, marking: Classification | null): ActivityListFieldsFragment {
  return {
    id,
    title,
    type: 'WORKSHOP',
    startDate: '2026-03-02',
    endDate: '2026-03-04',
    countryCode: 'KZ',
    city: 'Almaty',
    online: false,
    featured: false,
    participants: 30,
    individualsTrained: 25,
    organizers: [{ id: 'o1', acronym: 'UNODC', name: 'UN Office on Drugs and Crime' }],
    project: marking && { id: 'p1', classification: marking },
  };
}

describe('ActivityTable', () => {
  it('marks the activities of a marked project beside their titles, and only those', () => {
    renderWithApp(
      <ActivityTable
        label="Activities"
        activities={[
          workshop('a1', 'Border patrol training', 'CONFIDENTIAL'),
          workshop('a2', 'Informant handling', 'STRICTLY_CONFIDENTIAL'),
          workshop('a3', 'Public outreach', 'UNCLASSIFIED'),
          workshop('a4', 'Regional conference', null),
        ]}
      />,
      { mocks: [signedInMock()] },
    );
    const table = screen.getByRole('table', { name: 'Activities' });
    const titleCell = (title: string) => within(table).getByRole('link', { name: title }).closest('td')!;

    expect(titleCell('Border patrol training')).toHaveTextContent(/^Border patrol trainingConfidential$/);
    expect(titleCell('Informant handling')).toHaveTextContent(/^Informant handlingStrictly confidential$/);
    expect(titleCell('Public outreach')).toHaveTextContent(/^Public outreach$/);
    expect(titleCell('Regional conference')).toHaveTextContent(/^Regional conference$/);
  });
});
