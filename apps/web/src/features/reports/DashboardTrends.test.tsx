import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, signedInMock } from '../../test/render';
import { DashboardTrends } from './DashboardTrends';
import { DashboardTrendsDocument } from './operations';

const quarter = { year: 2026, quarter: 4 };

const trends = {
  __typename: 'Dashboard',
  ...quarter,
  requestPipeline: [
    { __typename: 'StatusPipeline', status: 'SUBMITTED', requests: 3, medianSecondsInStatus: 3 * 86400, overdue: 1 },
    { __typename: 'StatusPipeline', status: 'IN_PROGRESS', requests: 2, medianSecondsInStatus: 3600, overdue: 0 },
  ],
  slaCompliance: [3, 4].map((index) => ({
    __typename: 'QuarterSlaCompliance',
    year: 2026,
    quarter: index,
    met: index * 2,
    missed: index - 3,
  })),
  fundingTrend: [{ __typename: 'QuarterFunding', ...quarter, pledgedUsd: 1_500_000, receivedUsd: 400_000 }],
};

describe('DashboardTrends', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows where requests stand, the deadlines met per quarter and the funding per quarter, as tables too', async () => {
    // React says so on the console when the markup is invalid (a table inside a table, say).
    const consoleError = vi.spyOn(console, 'error');
    renderWithApp(<DashboardTrends quarter={quarter} />, {
      mocks: [
        signedInMock(),
        { request: { query: DashboardTrendsDocument, variables: quarter }, result: { data: { dashboard: trends } } },
      ],
    });

    const pipeline = await screen.findByRole('table', { name: 'Requests by status, now' }, { timeout: 10_000 });
    const submitted = within(pipeline).getByRole('row', { name: /Submitted/ });
    expect(
      within(submitted)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '3 days', '1']);

    const deadlines = screen.getByRole('table', { name: 'Request deadlines met and missed, by quarter' });
    const fourth = within(deadlines).getByRole('row', { name: /Q4 2026/ });
    expect(
      within(fourth)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['8', '1']);
    const funding = screen.getByRole('table', { name: 'Cash pledged and received, by quarter (USD)' });
    expect(within(funding).getByRole('row', { name: /Q4 2026/ })).toHaveTextContent('USD 1.5 millionUSD 400 thousand');

    // Each table is the alternative of a chart, in a figure named by its title; the drawing loads on demand.
    const fundingFigure = screen.getByRole('figure', { name: 'Cash pledged and received, by quarter (USD)' });
    expect(await within(fundingFigure).findByText('Pledged', { ignore: 'th, script, style' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Request deadlines met and missed, by quarter' })).toBeInTheDocument();
    expect(consoleError).not.toHaveBeenCalled();
  });
});
