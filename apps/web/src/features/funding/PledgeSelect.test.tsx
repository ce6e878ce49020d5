import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { DonorPledgesDocument } from './operations';
import { PledgeSelect } from './PledgeSelect';

/** Pledge `index` of a donor's many: every one fulfilled but the 150th. */
const pledge = (index: number) => ({
  __typename: 'ContributionEdge',
  node: {
    __typename: 'Contribution',
    id: `p${index}`,
    date: `20${String(10 + Math.floor(index / 12)).padStart(2, '0')}-${String(1 + (index % 12)).padStart(2, '0')}-01`,
    amountUsd: 1000,
    inKind: false,
    outstandingUsd: index === 150 ? 400 : 0,
    purpose: '',
  },
});

function page(from: number, to: number, after: string | undefined, hasNextPage: boolean): MockLink.MockedResponse {
  return {
    request: { query: DonorPledgesDocument, variables: { donorId: 'org-eu', ...(after ? { after } : {}) } },
    result: {
      data: {
        contributions: {
          __typename: 'ContributionConnection',
          totalCount: 160,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `cursor-${to}` },
          edges: Array.from({ length: to - from + 1 }, (_, index) => pledge(from + index)),
        },
      },
    },
  };
}

describe('PledgeSelect', () => {
  it('reads every page of the donor’s pledges, so that an open one past the first hundred is offered', async () => {
    renderWithApp(
      <PledgeSelect label="Pledges it fulfils" donorId="org-eu" inKind={false} value={[]} onChange={vi.fn()} />,
      { mocks: [page(1, 100, undefined, true), page(101, 160, 'cursor-100', false)] },
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Pledges it fulfils' }));
    expect(await screen.findByRole('option', { name: /USD 400 outstanding/ })).toBeInTheDocument();
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });
});
