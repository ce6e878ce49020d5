import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActivityListFieldsFragment } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { ActivityCalendar } from './ActivityCalendar';
import { activity } from './activities.fixtures';

const visit: ActivityListFieldsFragment = activity({
  id: 'a1',
  title: 'Joint high-level visit to the Philippines',
  type: 'HIGH_LEVEL_VISIT',
  startDate: '2020-03-01',
  endDate: '2020-03-03',
});

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

  it('shows the first few activities of a busy day and "+N more" leading to that day’s whole list', async () => {
    const busy = Array.from({ length: 7 }, (_, index) =>
      activity({ id: `b${index}`, title: `Training ${index + 1}`, startDate: '2031-03-05', endDate: '2031-03-05' }),
    );
    renderWithApp(
      <ActivityCalendar
        month={{ year: 2031, month: 3 }}
        label="March 2031"
        activities={[
          ...busy,
          activity({ id: 'q', title: 'Quiet day', startDate: '2031-03-06', endDate: '2031-03-06' }),
        ]}
        today="2031-03-01"
        dayLink={(day) => `/activities?view=agenda&day=${day}`}
      />,
      {
        route: '/calendar',
        routes: [{ path: '/activities', element: <p>The agenda</p> }],
      },
    );
    const table = screen.getByRole('table', { name: 'March 2031' });
    const cell = (day: string) => table.querySelector(`time[datetime="${day}"]`)!.closest('td')!;
    const day = cell('2031-03-05');
    expect(within(day).getAllByRole('link', { name: /^Training/ })).toHaveLength(3);
    const more = within(day).getByRole('link', { name: '4 more activities on Wednesday, March 5, 2031' });
    expect(more).toHaveTextContent('+4 more');
    expect(more).toHaveAttribute('href', '/activities?view=agenda&day=2031-03-05');
    // A day within the limit shows all, without the link.
    const quiet = cell('2031-03-06');
    expect(within(quiet).getAllByRole('link')).toHaveLength(1);

    await userEvent.click(more);
    expect(await screen.findByText('The agenda')).toBeInTheDocument();
  });
});
