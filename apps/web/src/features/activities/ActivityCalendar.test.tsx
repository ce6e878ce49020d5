import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActivityListFieldsFragment } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { ActivityCalendar } from './ActivityCalendar';

const visit: ActivityListFieldsFragment = {
  id: 'a1',
  title: 'Joint high-level visit to the Philippines',
  type: 'HIGH_LEVEL_VISIT',
  startDate: '2020-03-01',
  endDate: '2020-03-03',
  countryCode: 'PH',
  city: 'Manila',
  online: false,
  featured: false,
  participants: null,
  individualsTrained: 0,
  organizers: [{ id: 'o1', acronym: 'UNOCT', name: 'United Nations Office of Counter-Terrorism' }],
  project: null,
};

describe('ActivityCalendar', () => {
  it('shows an activity on each of its days, linked to its page, under weekday headers', () => {
    renderWithApp(
      <ActivityCalendar month={{ year: 2020, month: 3 }} label="March 2020" activities={[visit]} today="2020-03-02" />,
    );
    const table = screen.getByRole('table', { name: 'March 2020' });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(7);
    const links = within(table).getAllByRole('link', { name: visit.title });
    expect(links).toHaveLength(3);
    expect(links[0]).toHaveAttribute('href', '/activities/a1');
    expect(table.querySelector('[aria-current="date"]')).toHaveAttribute('datetime', '2020-03-02');
  });
});
