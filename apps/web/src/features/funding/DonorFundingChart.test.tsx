import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { renderWithApp, signedInMock } from '../../test/render';
import { DonorFundingChart } from './DonorFundingChart';

const eu = { id: 'org-eu', acronym: 'EU', name: 'European Union' };
const qatar = { id: 'org-qa', acronym: null, name: 'State of Qatar' };

/** The cells of a row of a table, by its header. */
const cells = (table: HTMLElement, row: RegExp | string) =>
  within(within(table).getByRole('row', { name: row }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('DonorFundingChart', () => {
  it('draws pledged against received per donor, with the amounts in its table and in-kind said apart', async () => {
    renderWithApp(
      <DonorFundingChart
        title="Pledged and received, by donor"
        funding={[
          { donor: eu, pledgedUsd: 2_500_000, receivedUsd: 1_000_000, inKindUsd: 0 },
          { donor: qatar, pledgedUsd: 750_000, receivedUsd: 750_000, inKindUsd: 120_000 },
        ]}
      />,
      { mocks: [signedInMock()] },
    );

    const figure = await screen.findByRole('figure', { name: 'Pledged and received, by donor' });
    const table = within(figure).getByRole('table', { name: 'Pledged and received, by donor' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Donor', 'Pledged', 'Received']);
    expect(cells(table, /European Union/)).toEqual(['USD 2.5 million', 'USD 1 million']);
    expect(cells(table, /State of Qatar/)).toEqual(['USD 750 thousand', 'USD 750 thousand']);
    expect(screen.getByText(/State of Qatar.*also gave in kind: USD 120 thousand/)).toBeVisible();
    // The drawing loads on demand: its legend shows once it has.
    expect(await within(figure).findByText('Received', { ignore: 'th, script, style' })).toBeVisible();
  });

  it('adds what is outstanding when every donor has it, and shows the table on demand', async () => {
    renderWithApp(
      <DonorFundingChart
        title="Pledged and received, by donor"
        funding={[
          { donor: eu, pledgedUsd: 2_500_000, receivedUsd: 1_000_000, inKindUsd: 0, outstandingUsd: 1_500_000 },
        ]}
      />,
      { mocks: [signedInMock()] },
    );

    await userEvent.setup().click(screen.getByRole('button', { name: 'Show as a table' }));
    const table = screen.getByRole('table', { name: 'Pledged and received, by donor' });
    expect(table).toBeVisible();
    expect(cells(table, /European Union/)).toEqual(['USD 2.5 million', 'USD 1 million', 'USD 1.5 million']);
  });

  it('writes its headers and amounts in Arabic', async () => {
    await act(() => i18n.changeLanguage('ar'));
    renderWithApp(
      <DonorFundingChart
        title="Pledged and received, by donor"
        funding={[{ donor: eu, pledgedUsd: 2_500_000, receivedUsd: 1_000_000, inKindUsd: 0 }]}
      />,
      { mocks: [signedInMock()] },
    );

    const table = await screen.findByRole('table', { name: 'Pledged and received, by donor' });
    expect(within(table).getAllByRole('columnheader')[1]).toHaveTextContent('المتعهد به');
    expect(cells(table, /European Union/)[0]).toContain('مليون');
  });
});
