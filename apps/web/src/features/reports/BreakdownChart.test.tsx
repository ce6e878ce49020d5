import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QuarterFiguresFieldsFragment } from '../../gql/graphql';
import { renderWithApp, signedInMock } from '../../test/render';
import { BreakdownChart } from './BreakdownChart';

const figures: QuarterFiguresFieldsFragment = {
  year: 2026,
  quarter: 1,
  from: '2026-01-01',
  to: '2026-03-31',
  workshopsOrganized: 3,
  individualsTrained: 1250,
  activityCount: 7,
  participants: 1400,
  participantsWomen: 600,
  womenShare: 0.43,
  pledgedUsdToDate: 0,
  receivedUsdToDate: 0,
  inKindUsdToDate: 0,
  donorCountToDate: 0,
  receivedUsdInQuarter: 0,
  activitiesByPillar: [
    { key: 'II', activities: 5, individualsTrained: 1200 },
    { key: 'IV', activities: 2, individualsTrained: 50 },
  ],
  activitiesByRegion: [
    { key: 'AFRICAN', activities: 4, individualsTrained: 900 },
    { key: 'ONLINE', activities: 2, individualsTrained: 300 },
    { key: 'NONE', activities: 1, individualsTrained: 50 },
  ],
  activitiesByType: [],
  activitiesByWorkingGroup: [
    { activities: 7, individualsTrained: 1250, workingGroup: { id: 'wg-1', key: 'BORDER', name: 'Border security' } },
  ],
};

/** The cells of a row of the figure's table, by its header. */
const cells = (table: HTMLElement, row: RegExp) =>
  within(within(table).getByRole('row', { name: row }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('BreakdownChart', () => {
  it('draws activities and people trained by pillar, with every figure in its table', async () => {
    renderWithApp(<BreakdownChart figures={figures} kind="pillar" />, { mocks: [signedInMock()] });

    const figure = await screen.findByRole('figure', { name: 'Activities and individuals trained, by pillar' });
    const table = within(figure).getByRole('table', { name: 'Activities and individuals trained, by pillar' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Pillar', 'Activities', 'Individuals trained']);
    expect(cells(table, /Pillar II: Preventing and combating terrorism/)).toEqual(['5', '1,200']);
    expect(cells(table, /Pillar IV/)).toEqual(['2', '50']);
    // The drawing loads on demand: its legend shows once it has.
    expect(await within(figure).findByText('Individuals trained', { ignore: 'th, script, style' })).toBeVisible();
  });

  it('names regions, online activities and the other places', async () => {
    renderWithApp(<BreakdownChart figures={figures} kind="region" />, { mocks: [signedInMock()] });

    const table = await screen.findByRole('table', { name: 'Activities and individuals trained, by region' });
    expect(cells(table, /African States/)).toEqual(['4', '900']);
    expect(cells(table, /Online/)).toEqual(['2', '300']);
    expect(cells(table, /Other places/)).toEqual(['1', '50']);
  });

  it('names working groups by their names', async () => {
    renderWithApp(<BreakdownChart figures={figures} kind="workingGroup" />, { mocks: [signedInMock()] });

    const table = await screen.findByRole('table', { name: 'Activities and individuals trained, by working group' });
    expect(cells(table, /Border security/)).toEqual(['7', '1,250']);
  });
});
