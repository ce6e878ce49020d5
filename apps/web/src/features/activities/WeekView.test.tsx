import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { i18n } from '../../i18n';
import { renderWithApp, signedInMock } from '../../test/render';
import { activity } from './activities.fixtures';
import { firstDayOfWeek, shiftDay, weekDays, weekdayNames } from './calendar';
import { ActivitiesDocument } from './operations';
import { WeekView } from './WeekView';

const DAY = '2031-03-05';

/** A page of the week's activities, as the api answers it. */
function page(
  language: string,
  days: string[],
  nodes: ReturnType<typeof activity>[],
  { after, endCursor, hasNextPage }: { after?: string; endCursor: string; hasNextPage: boolean },
): MockLink.MockedResponse {
  return {
    request: {
      query: ActivitiesDocument,
      variables: {
        language,
        filter: { from: days[0], to: days[6], type: null, countryCode: null },
        ...(after ? { after } : {}),
      },
    },
    result: {
      data: {
        activities: {
          __typename: 'ActivityConnection',
          totalCount: 3,
          totalCountIsExact: true,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
          edges: nodes.map((node) => ({ __typename: 'ActivityEdge', node })),
        },
      },
    },
  };
}

describe('WeekView', () => {
  it('lists each day of the week with its activities, reading every page, under localized weekday names', async () => {
    const days = weekDays(DAY, firstDayOfWeek('en'));
    const onDayChange = vi.fn();
    renderWithApp(<WeekView day={DAY} type={null} countryCode={null} onDayChange={onDayChange} />, {
      mocks: [
        signedInMock(),
        page(
          'en',
          days,
          [
            activity({ id: 'a1', title: 'Border workshop', startDate: days[0], endDate: days[1] }),
            activity({ id: 'a2', title: 'Prison training', startDate: DAY, endDate: DAY }),
          ],
          { endCursor: 'c2', hasNextPage: true },
        ),
        page('en', days, [activity({ id: 'a3', title: 'Late webinar', startDate: days[6], endDate: days[6] })], {
          after: 'c2',
          endCursor: 'c3',
          hasNextPage: false,
        }),
        page(
          'en',
          days.map((day) => shiftDay(day, 7)),
          [],
          { endCursor: '', hasNextPage: false },
        ),
      ],
    });

    // The second page is read without asking.
    expect(await screen.findByRole('link', { name: 'Late webinar' })).toHaveAttribute('href', '/activities/a3');
    expect(screen.getByText('Activities this week: 3')).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 3 });
    const names = weekdayNames('en', firstDayOfWeek('en'), 'long');
    expect(headings.map((heading) => heading.textContent?.split(',')[0])).toEqual(names);
    const list = (index: number) => headings[index].closest('li')!;
    // A two-day activity on both of its days; a quiet day says so.
    expect(within(list(0)).getByRole('link', { name: 'Border workshop' })).toBeInTheDocument();
    expect(within(list(1)).getByRole('link', { name: 'Border workshop' })).toBeInTheDocument();
    expect(within(list(days.indexOf(DAY))).getByRole('link', { name: 'Prison training' })).toBeInTheDocument();
    expect(within(list(days.indexOf(DAY) + 1)).getByText('No activities')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next week' }));
    expect(onDayChange).toHaveBeenCalledWith('2031-03-12');
    expect(await screen.findAllByText('No activities')).toHaveLength(7);
  });

  it('points its arrows the way Arabic reads: the previous week on the right', async () => {
    await i18n.changeLanguage('ar');
    const days = weekDays(DAY, firstDayOfWeek('ar'));
    renderWithApp(<WeekView day={DAY} type={null} countryCode={null} onDayChange={vi.fn()} />, {
      mocks: [signedInMock(), page('ar', days, [], { endCursor: '', hasNextPage: false })],
    });
    const previous = await screen.findByRole('button', { name: 'الأسبوع السابق' });
    expect(previous.querySelector('svg')).toHaveClass('tabler-icon-chevron-right');
    expect(screen.getByRole('button', { name: 'الأسبوع التالي' }).querySelector('svg')).toHaveClass(
      'tabler-icon-chevron-left',
    );
    expect(await screen.findAllByText('لا توجد أنشطة')).toHaveLength(7);
  });
});
