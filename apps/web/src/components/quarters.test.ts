import { describe, expect, it } from 'vitest';
import { compareQuarters, parseQuarter, quarterBounds, quarterOf, shiftQuarter } from './quarters';

describe('quarters', () => {
  it('finds the quarter of a date', () => {
    expect(quarterOf(new Date(2020, 0, 1))).toEqual({ year: 2020, quarter: 1 });
    expect(quarterOf(new Date(2020, 2, 31))).toEqual({ year: 2020, quarter: 1 });
    expect(quarterOf(new Date(2026, 10, 29))).toEqual({ year: 2026, quarter: 4 });
  });

  it('moves across years', () => {
    expect(shiftQuarter({ year: 2020, quarter: 1 }, -1)).toEqual({ year: 2019, quarter: 4 });
    expect(shiftQuarter({ year: 2019, quarter: 4 }, 1)).toEqual({ year: 2020, quarter: 1 });
    expect(shiftQuarter({ year: 2020, quarter: 2 }, 5)).toEqual({ year: 2021, quarter: 3 });
    expect(compareQuarters({ year: 2020, quarter: 4 }, { year: 2021, quarter: 1 })).toBeLessThan(0);
  });

  it('gives the first and last day', () => {
    expect(quarterBounds({ year: 2020, quarter: 1 })).toEqual({ from: '2020-01-01', to: '2020-03-31' });
    expect(quarterBounds({ year: 2020, quarter: 4 })).toEqual({ from: '2020-10-01', to: '2020-12-31' });
  });

  it('reads only quarters the api accepts from an address', () => {
    expect(parseQuarter('2020', '1')).toEqual({ year: 2020, quarter: 1 });
    expect(parseQuarter('2020', '5')).toBeNull();
    expect(parseQuarter('20', '1')).toBeNull();
    expect(parseQuarter('1999', '1')).toBeNull();
    expect(parseQuarter(undefined, '1')).toBeNull();
  });
});
