import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import { activity } from './activities.fixtures';
import { AgendaView } from './AgendaView';
import { ActivityListDocument } from './operations';

const DAY = '2031-03-05';

function page(
  nodes: ReturnType<typeof activity>[],
  {
    after,
    endCursor,
    hasNextPage,
    from = DAY,
  }: { after?: string; endCursor: string; hasNextPage: boolean; from?: string },
): MockLink.MockedResponse {
  return {
    request: {
      query: ActivityListDocument,
      variables: { language: 'en', filter: { from, type: 'TRAINING', countryCode: 'PH' }, ...(after ? { after } : {}) },
    },
    result: {
      data: {
        activities: {
          __typename: 'ActivityConnection',
          totalCount: 6,
          totalCountIsExact: true,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
          edges: nodes.map((node) => ({ __typename: 'ActivityEdge', node })),
        },
      },
    },
  };
}

describe('AgendaView', () => {
  it('lists the activities from a day on, grouped by day, a page at a time', async () => {
    const onDayChange = vi.fn();
    renderWithApp(<AgendaView day={DAY} type="TRAINING" countryCode="PH" onDayChange={onDayChange} />, {
      mocks: [
        signedInMock(),
        page(
          [
            activity({ id: 'a0', title: 'Going on since Monday', startDate: '2031-03-03', endDate: '2031-03-06' }),
            activity({ id: 'a1', title: 'Morning training', startDate: DAY, endDate: DAY }),
            activity({ id: 'a2', title: 'Evening training', startDate: DAY, endDate: DAY }),
            activity({ id: 'a3', title: 'Friday training', startDate: '2031-03-07', endDate: '2031-03-07' }),
          ],
          { endCursor: 'c4', hasNextPage: true },
        ),
        page(
          [
            activity({ id: 'a4', title: 'Second Friday training', startDate: '2031-03-07', endDate: '2031-03-07' }),
            activity({ id: 'a5', title: 'Monday training', startDate: '2031-03-10', endDate: '2031-03-10' }),
          ],
          { after: 'c4', endCursor: 'c6', hasNextPage: false },
        ),
        page([], { from: '2031-02-26', endCursor: '', hasNextPage: false }),
      ],
    });

    expect(await screen.findByRole('heading', { level: 2, name: 'From Wednesday, March 5, 2031' })).toBeInTheDocument();
    expect(await screen.findByText('Showing 4 of 6')).toBeInTheDocument();
    // The day asked for first, with what is still going on then.
    const first = screen.getByRole('region', { name: 'Wednesday, March 5, 2031' });
    expect(
      within(first)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Going on since Monday', 'Morning training', 'Evening training']);
    expect(within(first).getByText(/Mar 3 – 6, 2031/)).toBeInTheDocument();
    const friday = screen.getByRole('region', { name: 'Friday, March 7, 2031' });
    expect(within(friday).getAllByRole('link')).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));

    expect(await screen.findByText('Showing 6 of 6')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Friday, March 7, 2031' })).getAllByRole('link')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Monday, March 10, 2031' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    expect(onDayChange).toHaveBeenCalledWith('2031-02-26');
    expect(await screen.findByText('No activities from this day on')).toBeInTheDocument();
  });
});
