import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import { BoardColumn } from './BoardColumn';
import { AssistanceRequestsDocument } from './operations';
import { summary } from './requests.fixtures';

const filter = { pillar: 'II' as const, overdue: null };
const variables = (after?: string) => ({
  language: 'en',
  filter: { ...filter, statuses: ['SUBMITTED'] },
  ...(after ? { after } : {}),
});

/** A page of the thousand submitted requests: two cards of it, the first of them numbered `from`. */
function page(from: number, after?: string, endCursor = 'c2'): MockLink.MockedResponse {
  return {
    request: { query: AssistanceRequestsDocument, variables: variables(after) },
    result: {
      data: {
        assistanceRequests: {
          __typename: 'AssistanceRequestConnection',
          totalCount: 1000,
          totalCountIsExact: true,
          pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor },
          edges: [from, from + 1].map((number) => ({
            __typename: 'AssistanceRequestEdge',
            node: summary({
              id: `r${number}`,
              reference: `AR-${String(number).padStart(4, '0')}`,
              title: `Request ${number}`,
              status: 'SUBMITTED',
              classification: 'UNCLASSIFIED',
            }),
          })),
        },
      },
    },
  };
}

describe('BoardColumn', () => {
  it('counts the whole status from the api and shows more cards on demand', async () => {
    renderWithApp(
      <BoardColumn
        status="SUBMITTED"
        filter={filter}
        droppable={false}
        onDragOver={vi.fn()}
        onDrop={vi.fn()}
        onMove={vi.fn()}
        onDragStart={vi.fn()}
        onDragEnd={vi.fn()}
        focusedId={null}
        onFocused={vi.fn()}
      />,
      { mocks: [signedInMock(), page(1), page(3, 'c2', 'c4')] },
    );

    const column = await screen.findByRole('region', { name: 'Submitted' }, { timeout: 10_000 });
    expect(await within(column).findByText('Total: 1,000', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(column).getAllByRole('article')).toHaveLength(2);

    await userEvent.click(within(column).getByRole('button', { name: 'Show more (2 of 1,000)' }));

    expect(await within(column).findByRole('article', { name: /Request 4/ }, { timeout: 10_000 })).toBeVisible();
    expect(within(column).getAllByRole('article')).toHaveLength(4);
    expect(within(column).getByRole('button', { name: 'Show more (4 of 1,000)' })).toBeEnabled();
  });
});
