import type { Language } from '@ctcp/shared';

/**
 * Days as the date fields show and read them. A day is a calendar day (YYYY-MM-DD), not an instant: it is
 * written in UTC from its own numbers, so no time zone moves it, and read back into those numbers.
 */

type DayPart = 'day' | 'month' | 'year';

const isDayPart = (type: string): type is DayPart => type === 'day' || type === 'month' || type === 'year';

/** Any day will do to learn a format's order and separators. */
const SAMPLE_DAY = new Date(Date.UTC(2031, 3, 1));

const numericDayFormats = new Map<Language, Intl.DateTimeFormat>();

/** The language's numeric date, as its formatters write digits: 04/01/2031, 01/04/2031, 01.04.2031, 2031/04/01. */
function numericDayFormat(language: Language): Intl.DateTimeFormat {
  let format = numericDayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
    numericDayFormats.set(language, format);
  }
  return format;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A YYYY-MM-DD day (or the day of a "YYYY-MM-DD HH:mm:ss" value) in the language's numeric format. */
export function formatDay(value: string, language: Language): string {
  return numericDayFormat(language).format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

/** The pattern to type a day in, e.g. "mm/dd/yyyy", from the language's letters for each part. */
export function dayPattern(language: Language, letters: Record<DayPart, string>): string {
  return numericDayFormat(language)
    .formatToParts(SAMPLE_DAY)
    .map(({ type, value }) => (isDayPart(type) ? letters[type] : value))
    .join('');
}

// Direction marks that Arabic dates carry between their numbers.
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;
// Arabic-Indic (U+0660…) and Eastern Arabic-Indic (U+06F0…) digits: their low four bits are their value.
const NON_LATIN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const THREE_NUMBERS = /^\D*(\d{1,4})\D+(\d{1,2})\D+(\d{1,4})\D*$/;

/**
 * The YYYY-MM-DD day typed as `text`, or null while it is not one: the language's numeric order (day,
 * month and year in any separators), or year first whenever the first number has four digits (2031-04-01).
 * The year needs its four digits, so that a day is not taken while it is still being typed.
 */
export function parseDay(text: string, language: Language): string | null {
  const cleaned = text
    .replace(BIDI_MARKS, '')
    .replace(NON_LATIN_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf))
    .trim();
  const match = THREE_NUMBERS.exec(cleaned);
  if (!match) return null;
  const numbers = match.slice(1);
  const order: DayPart[] =
    numbers[0].length === 4
      ? ['year', 'month', 'day']
      : numericDayFormat(language)
          .formatToParts(SAMPLE_DAY)
          .map(({ type }) => type)
          .filter(isDayPart);
  const part = (name: DayPart) => numbers[order.indexOf(name)];
  if (part('year').length !== 4) return null;
  const [year, month, day] = (['year', 'month', 'day'] as const).map((name) => Number(part(name)));
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 April over to 1 May: only a day that exists is one.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const dateTimeFormats = new Map<Language, Intl.DateTimeFormat>();

/**
 * A "YYYY-MM-DD HH:mm(:ss)" wall-clock time in the language's medium date and short time, on a 24-hour clock
 * like the time fields that set it. The time is the clock's reading, not converted to any time zone.
 */
export function formatWallTime(value: string, language: Language): string {
  let format = dateTimeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      hourCycle: 'h23',
      timeZone: 'UTC',
    });
    dateTimeFormats.set(language, format);
  }
  const [day, time = '00:00'] = value.split(/[T ]/);
  return format.format(new Date(`${day}T${time.slice(0, 5)}:00Z`));
}

/** A `datetime-local` value (YYYY-MM-DDTHH:mm) as the pickers hold it (YYYY-MM-DD HH:mm:ss); null for none. */
export function toPickerDateTime(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value) : null;
  return match ? `${match[1]} ${match[2]}:00` : null;
}

/** A picker's YYYY-MM-DD HH:mm:ss as a `datetime-local` value (YYYY-MM-DDTHH:mm); '' for none. */
export function fromPickerDateTime(value: string | null): string {
  const match = value ? /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/.exec(value) : null;
  return match ? `${match[1]}T${match[2]}` : '';
}
