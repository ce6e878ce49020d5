import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Classification } from '@ctcp/shared';
import type { ContributionFieldsFragment } from '../../gql/graphql';
import { renderWithApp, signedInMock } from '../../test/render';
import { ContributionTable } from './ContributionTable';

/** A receipt from `donor`, earmarked for the project p1 marked `marking` (none: for no project the viewer reads). */
function receipt(id: string, donor: string, marking: Classification | null): ContributionFieldsFragment {
  return {
    id,
    kind: 'RECEIPT',
    amountUsd: 250_000,
    currency: 'USD',
    amount: 250_000,
    usdRate: 1,
    rateDate: '2026-03-02',
    fulfilledUsd: null,
    outstandingUsd: null,
    fulfils: [],
    inKind: false,
    date: '2026-03-02',
    purpose: 'Border management programme',
    donor: { id: `org-${id}`, acronym: null, kind: 'MEMBER_STATE', name: donor },
    project: marking && { id: 'p1', title: 'Border security in Central Asia', classification: marking },
  };
}

describe('ContributionTable', () => {
  it('marks the contributions to a marked project, and only those', () => {
    renderWithApp(
      <ContributionTable
        label="Contributions"
        contributions={[
          receipt('c1', 'Norway', 'CONFIDENTIAL'),
          receipt('c2', 'Japan', 'UNCLASSIFIED'),
          receipt('c3', 'Canada', null),
        ]}
      />,
      { mocks: [signedInMock()] },
    );
    const rows = within(screen.getByRole('table', { name: 'Contributions' }))
      .getAllByRole('row')
      .slice(1);
    const donorCell = (row: HTMLElement) => within(row).getAllByRole('cell')[1];

    expect(rows.map((row) => donorCell(row).textContent)).toEqual(['NorwayConfidential', 'Japan', 'Canada']);
  });

  it('writes an amount in another currency with its USD value, rate and day, and what a pledge still awaits', () => {
    const euro = { ...receipt('c1', 'European Union', null), currency: 'EUR', amount: 1_000_000, usdRate: 1.085 };
    const pledge: ContributionFieldsFragment = {
      ...receipt('c2', 'Japan', null),
      kind: 'PLEDGE',
      amountUsd: 500_000,
      amount: 500_000,
      fulfilledUsd: 200_000,
      outstandingUsd: 300_000,
    };
    renderWithApp(
      <ContributionTable
        label="Contributions"
        contributions={[{ ...euro, amountUsd: 1_085_000, rateDate: '2026-03-01' }, pledge]}
      />,
      { mocks: [signedInMock()] },
    );
    const rows = within(screen.getByRole('table', { name: 'Contributions' }))
      .getAllByRole('row')
      .slice(1);
    const amountCell = (row: HTMLElement) => within(row).getAllByRole('cell')[3].textContent;

    expect(amountCell(rows[0])).toBe('EUR 1,000,000 (USD 1,085,000 at 1.085 on Mar 1, 2026)');
    expect(amountCell(rows[1])).toBe('USD 500,000Outstanding: USD 300,000');
  });
});
