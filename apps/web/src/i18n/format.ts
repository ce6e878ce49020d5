import { useTranslation } from 'react-i18next';
import type { Language } from '@ctcp/shared';
import { currentLanguage } from './index';

export interface Formatters {
  language: Language;
  number: (value: number) => string;
  /** A list's size, "10,000+" when it was counted only that far (`totalCountIsExact: false`). */
  count: (connection: { totalCount: number; totalCountIsExact: boolean }) => string;
  /** A calendar date, from an ISO date-time or a YYYY-MM-DD date. */
  date: (value: string) => string;
  dateTime: (value: string) => string;
  /** "5 minutes ago", "yesterday": for recent activity; older than a week, the date. */
  relative: (value: string, now?: number) => string;
  /** "3 days, 4 hours": a length of time in its two largest units (seconds under a minute). */
  duration: (seconds: number) => string;
}

const DURATION_UNITS = [
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
] as const;
type DurationUnit = (typeof DURATION_UNITS)[number][0] | 'second';

/** Numbers and dates in the conventions of the current UI language (digits, order, month names). */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(currentLanguage(i18n));
}

/**
 * One set of formatters per language, shared by every component: making the Intl formats is costly
 * (tens of milliseconds for a page's worth of components on a slow phone), using them is not.
 */
const formattersByLanguage = new Map<Language, Formatters>();

function formattersFor(language: Language): Formatters {
  let formatters = formattersByLanguage.get(language);
  if (!formatters) {
    formatters = createFormatters(language);
    formattersByLanguage.set(language, formatters);
  }
  return formatters;
}

/** A value made on first use, then kept. */
function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function createFormatters(language: Language): Formatters {
  // Each Intl format is made when first used: the first of a kind loads the language's data, which takes
  // milliseconds each, and most pages use two or three of them.
  const numberFormat = onFirstUse(() => new Intl.NumberFormat(language));
  const dateFormat = onFirstUse(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }));
  // YYYY-MM-DD dates are calendar days: format them in UTC so no time zone shifts them a day.
  const calendarDateFormat = onFirstUse(
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }),
  );
  const dateTimeFormat = onFirstUse(
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  const relativeFormat = onFirstUse(() => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }));
  const unitFormat = (unit: DurationUnit) =>
    onFirstUse(() => new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }));
  const unitFormats = {
    day: unitFormat('day'),
    hour: unitFormat('hour'),
    minute: unitFormat('minute'),
    second: unitFormat('second'),
  };
  const unitListFormat = onFirstUse(() => new Intl.ListFormat(language, { type: 'unit', style: 'long' }));
  return {
    language,
    number: (value) => numberFormat().format(value),
    count: ({ totalCount, totalCountIsExact }) => `${numberFormat().format(totalCount)}${totalCountIsExact ? '' : '+'}`,
    date: (value) =>
      /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? calendarDateFormat().format(new Date(`${value}T00:00:00Z`))
        : dateFormat().format(new Date(value)),
    dateTime: (value) => dateTimeFormat().format(new Date(value)),
    relative: (value, now = Date.now()) => {
      const seconds = Math.round((new Date(value).getTime() - now) / 1000);
      const magnitude = Math.abs(seconds);
      if (magnitude < 45) return relativeFormat().format(0, 'second');
      if (magnitude < 45 * 60) return relativeFormat().format(Math.round(seconds / 60), 'minute');
      if (magnitude < 22 * 3600) return relativeFormat().format(Math.round(seconds / 3600), 'hour');
      if (magnitude < 7 * 86400) return relativeFormat().format(Math.round(seconds / 86400), 'day');
      return dateFormat().format(new Date(value));
    },
    duration: (seconds) => {
      const total = Math.max(0, Math.round(seconds));
      const largest = DURATION_UNITS.findIndex(([, size]) => total >= size);
      if (largest === -1) return unitFormats.second().format(total);
      const [, largestSize] = DURATION_UNITS[largest];
      const parts = DURATION_UNITS.slice(largest, largest + 2)
        .map(([unit, size], index) => ({
          unit,
          amount: Math.floor((index === 0 ? total : total % largestSize) / size),
        }))
        .filter(({ amount }) => amount > 0);
      return unitListFormat().format(parts.map(({ unit, amount }) => unitFormats[unit]().format(amount)));
    },
  };
}
