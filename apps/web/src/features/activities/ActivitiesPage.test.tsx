import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import type { DocumentNode } from 'graphql';
import { renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { activity } from './activities.fixtures';
import { ActivitiesPage, activitiesCalendarUrl } from './ActivitiesPage';
import { firstDayOfWeek, weekDays } from './calendar';
import { ActivitiesDocument, ActivityListDocument } from './operations';

/** A page of activities, as the api answers `query` for `filter`. */
function page(
  query: DocumentNode,
  filter: Record<string, string | null>,
  nodes: ReturnType<typeof activity>[],
  { after, endCursor, hasNextPage, total }: { after?: string; endCursor: string; hasNextPage: boolean; total: number },
): MockLink.MockedResponse {
  return {
    request: { query, variables: { language: 'en', filter, ...(after ? { after } : {}) } },
    result: {
      data: {
        activities: {
          __typename: 'ActivityConnection',
          totalCount: total,
          totalCountIsExact: true,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
          edges: nodes.map((node) => ({ __typename: 'ActivityEdge', node })),
        },
      },
    },
  };
}

const renderPage = (route: string, mocks: MockLink.MockedResponse[]) =>
  renderWithApp(
    <WhenSignedIn>
      <ActivitiesPage />
    </WhenSignedIn>,
    { route, path: '/activities', mocks: [signedInMock(), ...mocks] },
  );

const busyDay = Array.from({ length: 5 }, (_, index) =>
  activity({ id: `a${index}`, title: `Training ${index + 1}`, startDate: '2031-03-05', endDate: '2031-03-05' }),
);

describe('ActivitiesPage', () => {
  it('shows the month whole in the calendar, its count from the api, and exports what is shown', async () => {
    const month = { from: '2031-03-01', to: '2031-03-31', type: null, countryCode: 'PH' };
    renderPage('/activities?month=2031-03&country=PH', [
      page(ActivitiesDocument, month, busyDay.slice(0, 3), { endCursor: 'c3', hasNextPage: true, total: 5 }),
      page(ActivitiesDocument, month, busyDay.slice(3), { after: 'c3', endCursor: 'c5', hasNextPage: false, total: 5 }),
    ]);

    expect(await screen.findByText('Activities this month: 5')).toBeInTheDocument();
    const more = await screen.findByRole('link', { name: '2 more activities on Wednesday, March 5, 2031' });
    expect(more).toHaveAttribute('href', '/activities?month=2031-03&country=PH&view=agenda&day=2031-03-05');
    expect(screen.getByRole('link', { name: 'Export to calendar (.ics)' })).toHaveAttribute(
      'href',
      '/exports/activities.ics?from=2031-03-01&to=2031-03-31&countryCode=PH&language=en',
    );
  });

  it('lists the month a page at a time, with how many of how many', async () => {
    const month = { from: '2031-03-01', to: '2031-03-31', type: 'TRAINING', countryCode: null };
    renderPage('/activities?view=list&month=2031-03&type=TRAINING', [
      page(ActivityListDocument, month, busyDay.slice(0, 3), { endCursor: 'c3', hasNextPage: true, total: 5 }),
      page(ActivityListDocument, month, busyDay.slice(3), {
        after: 'c3',
        endCursor: 'c5',
        hasNextPage: false,
        total: 5,
      }),
    ]);

    expect(await screen.findByText('Showing 3 of 5')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Showing 5 of 5')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Training 5' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('exports the week shown', async () => {
    const days = weekDays('2031-03-05', firstDayOfWeek('en'));
    renderPage('/activities?view=week&day=2031-03-05', [
      page(ActivitiesDocument, { from: days[0], to: days[6], type: null, countryCode: null }, busyDay, {
        endCursor: 'c5',
        hasNextPage: false,
        total: 5,
      }),
    ]);
    expect(await screen.findByText('Activities this week: 5')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export to calendar (.ics)' })).toHaveAttribute(
      'href',
      `/exports/activities.ics?from=${days[0]}&to=${days[6]}&language=en`,
    );
  });
});

describe('activitiesCalendarUrl', () => {
  it('carries the filters that are set and the language', () => {
    expect(activitiesCalendarUrl({ from: '2031-03-05', to: undefined, type: 'WEBINAR', countryCode: null }, 'ar')).toBe(
      '/exports/activities.ics?from=2031-03-05&type=WEBINAR&language=ar',
    );
  });
});
