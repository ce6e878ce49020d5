import { describe, expect, it } from 'vitest';
import { formatDayRange } from './dates';

/** ICU puts thin spaces around the dash of a range: compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatDayRange', () => {
  const english = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

  it('writes one day, or the days something lasts', () => {
    expect(formatDayRange(english, '2020-03-26')).toBe('26 Mar 2020');
    expect(formatDayRange(english, '2020-03-26', '2020-03-26')).toBe('26 Mar 2020');
    expect(plain(formatDayRange(english, '2020-03-01', '2020-03-03'))).toBe('1 – 3 Mar 2020');
    expect(plain(formatDayRange(english, '2020-02-28', '2020-03-02'))).toBe('28 Feb – 2 Mar 2020');
  });
});
