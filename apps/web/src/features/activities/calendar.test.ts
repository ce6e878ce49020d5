import { describe, expect, it } from 'vitest';
import {
  activitiesOn,
  agendaDays,
  localDay,
  monthBounds,
  monthGrid,
  monthOfDay,
  parseDay,
  parseMonth,
  shiftDay,
  shiftMonth,
  weekDays,
  weekdayNames,
} from './calendar';

describe('the activities calendar', () => {
  it('lays a month out in whole weeks, from the first day of the week', () => {
    // March 2020 starts on a Sunday and ends on a Tuesday.
    const mondayFirst = monthGrid({ year: 2020, month: 3 }, 1);
    expect(mondayFirst).toHaveLength(6);
    expect(mondayFirst[0][0]).toBe('2020-02-24');
    expect(mondayFirst[0][6]).toBe('2020-03-01');
    expect(mondayFirst[5][6]).toBe('2020-04-05');

    const sundayFirst = monthGrid({ year: 2020, month: 3 }, 7);
    expect(sundayFirst).toHaveLength(5);
    expect(sundayFirst[0][0]).toBe('2020-03-01');
    expect(sundayFirst[4][6]).toBe('2020-04-04');

    // February 2021: exactly four weeks from a Monday.
    expect(monthGrid({ year: 2021, month: 2 }, 1)).toHaveLength(4);
    // Saturday-first weeks (as in much of the Arab world).
    expect(monthGrid({ year: 2020, month: 3 }, 6)[0][0]).toBe('2020-02-29');
  });

  it('names weekdays in grid order and the language', () => {
    expect(weekdayNames('en', 1, 'short')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(weekdayNames('en', 7, 'short')[0]).toBe('Sun');
    expect(weekdayNames('fr', 1, 'long')[0]).toBe('lundi');
  });

  it('moves between months and reads them from an address', () => {
    expect(shiftMonth({ year: 2020, month: 1 }, -1)).toEqual({ year: 2019, month: 12 });
    expect(shiftMonth({ year: 2020, month: 12 }, 1)).toEqual({ year: 2021, month: 1 });
    expect(monthBounds({ year: 2020, month: 2 })).toEqual({ from: '2020-02-01', to: '2020-02-29' });
    expect(parseMonth('2020-03')).toEqual({ year: 2020, month: 3 });
    expect(parseMonth('2020-13')).toBeNull();
    expect(parseMonth(null)).toBeNull();
  });

  it('puts an activity on every day it lasts', () => {
    const visit = { id: 'a', startDate: '2020-03-01', endDate: '2020-03-03' };
    expect(activitiesOn('2020-02-29', [visit])).toEqual([]);
    expect(activitiesOn('2020-03-02', [visit])).toEqual([visit]);
    expect(activitiesOn('2020-03-03', [visit])).toEqual([visit]);
  });
});

describe('weeks and the agenda', () => {
  it('reads days from an address and moves between them', () => {
    expect(parseDay('2031-03-05')).toBe('2031-03-05');
    expect(parseDay('2031-02-30')).toBeNull();
    expect(parseDay('5 March')).toBeNull();
    expect(parseDay(null)).toBeNull();
    expect(shiftDay('2031-02-26', 7)).toBe('2031-03-05');
    expect(shiftDay('2031-01-01', -1)).toBe('2030-12-31');
    expect(monthOfDay('2031-03-05')).toEqual({ year: 2031, month: 3 });
    expect(localDay(new Date(2031, 2, 5, 23, 30))).toBe('2031-03-05');
  });

  it('lays a week out from the first day of the week', () => {
    // 5 March 2031 is a Wednesday.
    expect(weekDays('2031-03-05', 1)).toEqual([
      '2031-03-03',
      '2031-03-04',
      '2031-03-05',
      '2031-03-06',
      '2031-03-07',
      '2031-03-08',
      '2031-03-09',
    ]);
    expect(weekDays('2031-03-05', 7)[0]).toBe('2031-03-02');
    expect(weekDays('2031-03-05', 6)[0]).toBe('2031-03-01');
    expect(weekDays('2031-03-02', 1)[0]).toBe('2031-02-24');
  });

  it('groups the agenda by day, what is still going on under the first day', () => {
    const ongoing = { id: 'a', startDate: '2031-03-01', endDate: '2031-03-06' };
    const today = { id: 'b', startDate: '2031-03-05' };
    const later = { id: 'c', startDate: '2031-03-07' };
    expect(agendaDays('2031-03-05', [ongoing, today, later])).toEqual([
      { day: '2031-03-05', activities: [ongoing, today] },
      { day: '2031-03-07', activities: [later] },
    ]);
  });
});
