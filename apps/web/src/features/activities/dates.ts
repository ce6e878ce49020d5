import { useMemo } from 'react';
import { useFormatters } from '../../i18n/format';

/**
 * "1–3 Mar 2020", "28 Feb – 2 Mar 2020": the days something lasts, as the language writes a range.
 * Days are calendar dates (YYYY-MM-DD): formatted in UTC so that no time zone moves them.
 */
export function formatDayRange(format: Intl.DateTimeFormat, start: string, end?: string | null): string {
  const from = new Date(`${start}T00:00:00Z`);
  if (!end || end === start) return format.format(from);
  return format.formatRange(from, new Date(`${end}T00:00:00Z`));
}

/** Dates in the UI language: "1–3 Mar 2020" (medium), or "1–3 March 2020" (long, as reports write them). */
export function useDayRange(style: 'medium' | 'long' = 'medium'): (start: string, end?: string | null) => string {
  const { language } = useFormatters();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' });
    return (start, end) => formatDayRange(format, start, end);
  }, [language, style]);
}
