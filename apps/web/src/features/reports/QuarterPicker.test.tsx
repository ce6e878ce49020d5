import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { QuarterPicker } from './QuarterPicker';

const latest = { year: 2026, quarter: 2 };

describe('QuarterPicker', () => {
  it('steps to the quarter before, across the year', async () => {
    const onChange = vi.fn();
    renderWithApp(<QuarterPicker value={{ year: 2020, quarter: 1 }} onChange={onChange} latest={latest} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Previous quarter' }));
    expect(onChange).toHaveBeenCalledWith({ year: 2019, quarter: 4 });
  });

  it('offers no quarter after the latest', async () => {
    const onChange = vi.fn();
    renderWithApp(<QuarterPicker value={latest} onChange={onChange} latest={latest} />);
    expect(screen.getByRole('button', { name: 'Next quarter' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Q3' })).toBeDisabled();
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Q1' }));
    expect(onChange).toHaveBeenCalledWith({ year: 2026, quarter: 1 });
  });

  it('keeps the quarter when the year changes, unless it is still to come', async () => {
    const onChange = vi.fn();
    renderWithApp(<QuarterPicker value={{ year: 2025, quarter: 4 }} onChange={onChange} latest={latest} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Year' }));
    await user.click(await screen.findByRole('option', { name: '2026' }));
    expect(onChange).toHaveBeenCalledWith(latest);
  });

  it('builds a quick second change on the first, while the chosen value has not caught up yet', async () => {
    const onChange = vi.fn(); // the parent's value stays 2026 Q2, as while the address is still changing
    renderWithApp(<QuarterPicker value={latest} onChange={onChange} latest={latest} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Year' }));
    await user.click(await screen.findByRole('option', { name: '2020' }));
    await user.click(screen.getByRole('radio', { name: 'Q1' }));
    expect(onChange).toHaveBeenLastCalledWith({ year: 2020, quarter: 1 });
  });
});
