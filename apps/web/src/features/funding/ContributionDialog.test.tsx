import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it, vi } from 'vitest';
import type { ContributionFieldsFragment } from '../../gql/graphql';
import { renderWithApp, signedInMock } from '../../test/render';
import { ContributionDialog } from './ContributionDialog';
import { ProjectOptionsDocument } from '../../components/operations';
import { DonorPledgesDocument, UpdateContributionDocument } from './operations';

const receipt: ContributionFieldsFragment = {
  id: 'c1',
  kind: 'RECEIPT',
  amountUsd: 1000,
  currency: 'USD',
  amount: 1000,
  usdRate: 1,
  rateDate: '2026-03-02',
  fulfilledUsd: null,
  outstandingUsd: null,
  fulfils: [{ amountUsd: 1000, pledge: { id: 'p1', date: '2025-01-15' } }],
  inKind: false,
  date: '2026-03-02',
  purpose: 'Border management programme',
  donor: { id: 'org-jp', acronym: null, kind: 'MEMBER_STATE', name: 'Japan' },
  project: null,
};

const pledge = (id: string, date: string, outstandingUsd: number) => ({
  __typename: 'Contribution' as const,
  id,
  date,
  amountUsd: 5000,
  inKind: false,
  outstandingUsd,
  purpose: '',
});

/** The api refuses the change: the test reads what was sent. */
const refusal = () =>
  vi.fn((_variables: Record<string, unknown>) => ({
    errors: [{ message: 'Nothing to save here.', extensions: { code: 'BAD_USER_INPUT' } }],
  }));

const mocks = (updated: ReturnType<typeof refusal>): MockLink.MockedResponse[] => [
  signedInMock(),
  {
    request: { query: ProjectOptionsDocument, variables: { search: null, first: 20 } },
    result: { data: { projects: { __typename: 'ProjectConnection', totalCount: 0, edges: [] } } },
    maxUsageCount: 10,
  },
  {
    request: { query: DonorPledgesDocument, variables: { donorId: 'org-jp' } },
    result: {
      data: {
        contributions: {
          __typename: 'ContributionConnection',
          totalCount: 3,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c3' },
          edges: [
            { __typename: 'ContributionEdge', node: pledge('p1', '2025-01-15', 0) },
            { __typename: 'ContributionEdge', node: pledge('p2', '2025-06-01', 4000) },
            { __typename: 'ContributionEdge', node: pledge('p3', '2024-06-01', 0) },
          ],
        },
      },
    },
    maxUsageCount: 10,
  },
  { request: { query: UpdateContributionDocument, variables: () => true }, result: updated },
];

describe('ContributionDialog', () => {
  it('asks for the rate of another currency, shows the USD value, and sends amount, rate and pledges', async () => {
    const updated = refusal();
    renderWithApp(<ContributionDialog contribution={receipt} onClose={vi.fn()} />, { mocks: mocks(updated) });
    const user = userEvent.setup();

    // The receipt's pledges: the one it fulfils and the open one, not the fulfilled one it does not.
    await user.click(await screen.findByRole('combobox', { name: /^Pledges it fulfils/ }));
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual([
      'Jan 15, 2025: USD 5,000 pledged, USD 0 outstanding',
      'Jun 1, 2025: USD 5,000 pledged, USD 4,000 outstanding',
    ]);
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText(/^Rate \(USD per/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: /^Currency/ }));
    await user.click(await screen.findByRole('option', { name: 'EUR' }));
    expect(screen.getByLabelText(/^Amount \(EUR\)/)).toHaveValue('1,000');

    const save = screen.getByRole('button', { name: 'Save' });
    await user.click(save);
    expect(await screen.findByText('Enter a rate above zero.')).toBeInTheDocument();
    expect(updated).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/^Rate \(USD per EUR\)/), '1.085');
    expect(screen.getByText('Value in US dollars: USD 1,085')).toBeInTheDocument();
    await user.click(save);

    await waitFor(() => expect(updated).toHaveBeenCalledTimes(1));
    const { input } = updated.mock.calls[0][0] as { input: Record<string, unknown> };
    expect(input).toMatchObject({
      id: 'c1',
      donorId: 'org-jp',
      kind: 'RECEIPT',
      currency: 'EUR',
      amount: 1000,
      usdRate: 1.085,
      rateDate: null,
      fulfilsPledgeIds: ['p1'],
    });
    expect(input).not.toHaveProperty('amountUsd');
  });

  it('sends a USD amount as amountUsd, as before', async () => {
    const updated = refusal();
    renderWithApp(<ContributionDialog contribution={{ ...receipt, kind: 'PLEDGE', fulfils: [] }} onClose={vi.fn()} />, {
      mocks: mocks(updated),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save' }));

    await waitFor(() => expect(updated).toHaveBeenCalledTimes(1));
    const { input } = updated.mock.calls[0][0] as { input: Record<string, unknown> };
    expect(input).toMatchObject({ amountUsd: 1000, kind: 'PLEDGE', fulfilsPledgeIds: [] });
    expect(input).not.toHaveProperty('currency');
    expect(screen.queryByText('Pledges it fulfils')).not.toBeInTheDocument();
  });
});
