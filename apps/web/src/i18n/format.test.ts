import { describe, expect, it } from 'vitest';
import type { Language } from '@ctcp/shared';
import { createFormatters } from './format';

/** Intl puts no-break spaces between numbers and units: compared as plain spaces. */
const duration = (language: Language, seconds: number) =>
  createFormatters(language).duration(seconds).replace(/\s/g, ' ');

describe('duration', () => {
  it('says a length of time in its two largest units', () => {
    expect(duration('en', 42)).toBe('42 seconds');
    expect(duration('en', 60)).toBe('1 minute');
    expect(duration('en', 2 * 3600 + 5 * 60)).toBe('2 hours, 5 minutes');
    expect(duration('en', 3 * 86400 + 4 * 3600 + 59)).toBe('3 days, 4 hours');
    expect(duration('en', 3 * 86400 + 5 * 60)).toBe('3 days');
  });

  it('follows the language: words, plurals and digits', () => {
    expect(duration('fr', 86400 + 2 * 3600)).toBe('1 jour et 2 heures');
    expect(duration('ru', 5 * 86400)).toBe('5 дней');
    expect(duration('ar', 2 * 3600)).toMatch(/ساعت/);
  });
});

describe('count', () => {
  it('says "at least" for a list counted only that far', () => {
    expect(createFormatters('en').count({ totalCount: 10000, totalCountIsExact: false })).toBe('10,000+');
    expect(createFormatters('en').count({ totalCount: 1051, totalCountIsExact: true })).toBe('1,051');
    expect(createFormatters('fr').count({ totalCount: 10000, totalCountIsExact: false }).replace(/\s/g, ' ')).toBe(
      '10 000+',
    );
  });
});
