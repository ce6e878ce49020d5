import { describe, expect, it } from 'vitest';
import {
  addHoursToWallTime,
  instantToZonedWallTime,
  ordinalCategory,
  sameClock,
  timeZoneNames,
  zonedWallTimeToInstant,
} from './meeting-time';

describe('zonedWallTimeToInstant', () => {
  it('reads a time as the clock of the meeting’s time zone reads it', () => {
    expect(zonedWallTimeToInstant('2026-06-10T10:00', 'America/New_York')?.toISOString()).toBe(
      '2026-06-10T14:00:00.000Z',
    );
    expect(zonedWallTimeToInstant('2026-01-10T10:00', 'America/New_York')?.toISOString()).toBe(
      '2026-01-10T15:00:00.000Z',
    );
    expect(zonedWallTimeToInstant('2026-03-01T09:30', 'Asia/Riyadh')?.toISOString()).toBe('2026-03-01T06:30:00.000Z');
    expect(zonedWallTimeToInstant('2026-03-01T09:30', 'Asia/Kolkata')?.toISOString()).toBe('2026-03-01T04:00:00.000Z');
    expect(zonedWallTimeToInstant('2026-03-01T09:30', 'UTC')?.toISOString()).toBe('2026-03-01T09:30:00.000Z');
  });

  it('is right on both sides of a change to or from summer time', () => {
    // Vienna moves to summer time at 02:00 on 29 March 2026, and back at 03:00 on 25 October.
    expect(zonedWallTimeToInstant('2026-03-29T01:30', 'Europe/Vienna')?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedWallTimeToInstant('2026-03-29T03:30', 'Europe/Vienna')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedWallTimeToInstant('2026-10-25T04:00', 'Europe/Vienna')?.toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });

  it('gives nothing for an empty value or an unknown time zone', () => {
    expect(zonedWallTimeToInstant('', 'UTC')).toBeNull();
    expect(zonedWallTimeToInstant('2026-03-01T09:30', 'Mars/Olympus_Mons')).toBeNull();
  });

  it('is undone by instantToZonedWallTime', () => {
    for (const zone of ['America/New_York', 'Asia/Riyadh', 'Pacific/Auckland', 'Europe/Vienna']) {
      const instant = zonedWallTimeToInstant('2026-11-03T18:45', zone)!;
      expect(instantToZonedWallTime(instant, zone)).toBe('2026-11-03T18:45');
    }
  });
});

describe('time zone helpers', () => {
  it('lists the known zones with UTC among them', () => {
    const names = timeZoneNames();
    expect(names).toContain('UTC');
    expect(names).toContain('America/New_York');
    expect(names).toContain('Asia/Riyadh');
  });

  it('knows when two zones read the same clock', () => {
    const [start, end] = ['2026-06-10T14:00:00Z', '2026-06-10T16:00:00Z'];
    expect(sameClock('Europe/Paris', 'Europe/Berlin', start, end)).toBe(true);
    expect(sameClock('UTC', 'America/New_York', start, end)).toBe(false);
  });

  it('moves a clock time by hours, across midnight', () => {
    expect(addHoursToWallTime('2026-06-10T23:00', 2)).toBe('2026-06-11T01:00');
    expect(addHoursToWallTime('', 2)).toBe('');
  });
});

describe('ordinalCategory', () => {
  it('follows each language’s rules for ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map((number) => ordinalCategory('en', number))).toEqual([
      'one',
      'two',
      'few',
      'other',
      'other',
      'other',
      'other',
      'one',
      'two',
      'few',
    ]);
    expect(ordinalCategory('fr', 1)).toBe('one');
    expect(ordinalCategory('fr', 12)).toBe('other');
    expect(ordinalCategory('ar', 12)).toBe('other');
  });
});
