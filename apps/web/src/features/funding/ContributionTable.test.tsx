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
});
