import type { Language } from '@ctcp/shared';

/** A calendar month: what the activities calendar shows. */
export interface Month {
  year: number;
  /** 1 to 12 */
  month: number;
}

const DAY_MS = 86_400_000;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const utcDate = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

export function monthOf(date: Date): Month {
  return { year: date.getFullYear(), month: date.getMonth() + 1 };
}

export function shiftMonth({ year, month }: Month, by: number): Month {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** "2020-03" */
export function monthKey({ year, month }: Month): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function parseMonth(key: string | null): Month | null {
  const match = key ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

/** The first and last day of the month, as YYYY-MM-DD. */
export function monthBounds({ year, month }: Month): { from: string; to: string } {
  return { from: isoDate(utcDate(year, month, 1)), to: isoDate(utcDate(year, month + 1, 0)) };
}

/**
 * The weeks shown for a month, each a list of seven YYYY-MM-DD days, starting on `firstDay` (1 Monday
 * … 7 Sunday, as Intl.Locale's week info numbers them): the month's days and those around them that
 * complete its first and last weeks.
 */
export function monthGrid({ year, month }: Month, firstDay: number): string[][] {
  const first = utcDate(year, month, 1);
  const last = utcDate(year, month + 1, 0);
  const weekday = (date: Date) => date.getUTCDay() || 7;
  const start = new Date(first.getTime() - ((weekday(first) - firstDay + 7) % 7) * DAY_MS);
  const weeks: string[][] = [];
  for (let day = start; day <= last;) {
    const week: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      week.push(isoDate(day));
      day = new Date(day.getTime() + DAY_MS);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The day weeks start on in the language's main region (1 Monday … 7 Sunday); Monday when unknown. */
export function firstDayOfWeek(language: Language): number {
  const locale = new Intl.Locale(language) as Intl.Locale & {
    getWeekInfo?: () => { firstDay: number };
    weekInfo?: { firstDay: number };
  };
  return locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay ?? 1;
}

/** The names of the seven weekdays, in grid order. */
export function weekdayNames(language: Language, firstDay: number, width: 'short' | 'long'): string[] {
  const format = new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => format.format(utcDate(2024, 1, ((firstDay - 1 + index) % 7) + 1)));
}

/** The activities taking place on a day (from their first to their last day). */
export function activitiesOn<T extends { startDate: string; endDate: string }>(
  day: string,
  activities: readonly T[],
): T[] {
  return activities.filter((activity) => activity.startDate <= day && day <= activity.endDate);
}
