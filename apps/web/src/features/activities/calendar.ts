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

/** A day of the reader's own calendar (in their time zone), as YYYY-MM-DD. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** A YYYY-MM-DD day that exists, or null ("2020-02-30" does not). */
export function parseDay(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && isoDate(date) === value ? value : null;
}

/** The day `by` days after `day` (before it when negative). */
export function shiftDay(day: string, by: number): string {
  return isoDate(new Date(new Date(`${day}T00:00:00Z`).getTime() + by * DAY_MS));
}

export function monthOfDay(day: string): Month {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
}

/** The seven days of the week `day` falls in, the week starting on `firstDay` (1 Monday … 7 Sunday). */
export function weekDays(day: string, firstDay: number): string[] {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
  const start = shiftDay(day, -((weekday - firstDay + 7) % 7));
  return Array.from({ length: 7 }, (_, index) => shiftDay(start, index));
}

/**
 * Activities from `from` on, grouped by day, in the order given (the list's, by start date): each under
 * the day it starts, or under `from` when it started before and is still going on then.
 */
export function agendaDays<T extends { startDate: string }>(
  from: string,
  activities: readonly T[],
): { day: string; activities: T[] }[] {
  const days = new Map<string, T[]>();
  for (const activity of activities) {
    const day = activity.startDate < from ? from : activity.startDate;
    const onDay = days.get(day);
    if (onDay) onDay.push(activity);
    else days.set(day, [activity]);
  }
  return [...days].map(([day, onDay]) => ({ day, activities: onDay }));
}
