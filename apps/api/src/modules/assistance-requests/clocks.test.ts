import { describe, expect, it } from 'vitest';
import { addWorkingDays, slaDueAt, timeInStatus } from './clocks.js';

describe('addWorkingDays', () => {
  it.each([
    ['2026-11-27T10:00:00Z', 1, '2026-11-30T10:00:00Z'], // Friday + 1 = Monday
    ['2026-11-28T10:00:00Z', 1, '2026-11-30T10:00:00Z'], // Saturday + 1 = Monday
    ['2026-11-30T10:00:00Z', 10, '2026-12-14T10:00:00Z'], // Monday + 10 = Monday two weeks on
    ['2026-11-30T10:00:00Z', 30, '2027-01-11T10:00:00Z'],
    ['2026-11-30T10:00:00Z', 0, '2026-11-30T10:00:00Z'],
  ])('%s + %i working days = %s', (start, days, due) => {
    expect(addWorkingDays(new Date(start), days).toISOString()).toBe(new Date(due).toISOString());
  });
});

describe('holidays', () => {
  it('are not working days', () => {
    // Friday 25 December 2026 and Friday 1 January 2027 off: 5 working days from Thursday 24 December.
    const due = addWorkingDays(new Date('2026-12-24T10:00:00Z'), 5, ['2026-12-25', '2027-01-01']);
    expect(due.toISOString()).toBe('2027-01-04T10:00:00.000Z');
  });

  it('count in every deadline: review, match and delivery; none once matched or delivered', () => {
    const sla = { reviewWorkingDays: 1, matchWorkingDays: 2, deliveryWorkingDays: 3, holidays: ['2026-11-30'] };
    const friday = new Date('2026-11-27T10:00:00Z');
    expect(slaDueAt('SUBMITTED', friday, sla)?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(slaDueAt('UNDER_REVIEW', friday, sla)?.toISOString()).toBe('2026-12-02T10:00:00.000Z');
    expect(slaDueAt('IN_PROGRESS', friday, sla)?.toISOString()).toBe('2026-12-03T10:00:00.000Z');
    expect(slaDueAt('MATCHED', friday, sla)).toBeNull();
    expect(slaDueAt('DELIVERED', friday, sla)).toBeNull();
  });
});

describe('timeInStatus', () => {
  const at = (iso: string) => new Date(iso);
  it('sums every visit of a status, and runs the current one until now', () => {
    const steps = [
      { toStatus: 'SUBMITTED' as const, createdAt: at('2026-01-01T00:00:00Z') },
      { toStatus: 'UNDER_REVIEW' as const, createdAt: at('2026-01-01T01:00:00Z') },
      { toStatus: 'MATCHED' as const, createdAt: at('2026-01-01T03:00:00Z') },
      { toStatus: 'UNDER_REVIEW' as const, createdAt: at('2026-01-01T04:00:00Z') },
    ];
    expect(timeInStatus(steps, at('2026-01-01T04:30:00Z'))).toEqual([
      { status: 'SUBMITTED', seconds: 3600, current: false },
      { status: 'UNDER_REVIEW', seconds: 7200 + 1800, current: true },
      { status: 'MATCHED', seconds: 3600, current: false },
    ]);
  });
});
