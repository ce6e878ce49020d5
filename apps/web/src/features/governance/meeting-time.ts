/**
 * Meetings are held in a time zone of their own (an IANA name such as 'America/New_York'): their times are
 * entered as the clock reads there, and shown both there and in the reader's time zone.
 */

const MINUTE_MS = 60_000;

/** The reader's time zone, as the browser knows it. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function isTimeZone(value: string): boolean {
  if (!value) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Every time zone the browser knows, with UTC and the reader's own among them. */
export function timeZoneNames(): string[] {
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ([] as string[]);
  const names = new Set(supported);
  names.add('UTC');
  names.add(browserTimeZone());
  return [...names].sort((a, b) => a.localeCompare(b));
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** The clock of `timeZone` at `instant`, as its parts. */
function wallClock(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    offsetFormat(timeZone)
      .formatToParts(new Date(instant))
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return parts;
}

/** How far (ms) the clock of `timeZone` is ahead of UTC at `instant`. */
export function timeZoneOffsetMs(instant: number, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * The instant at which the clock of `timeZone` reads `wallTime` (a `datetime-local` value, YYYY-MM-DDTHH:mm),
 * or null when it is no such value. A time skipped by a change to summer time is read as an hour later.
 */
export function zonedWallTimeToInstant(wallTime: string, timeZone: string): Date | null {
  const match = WALL_TIME.exec(wallTime);
  if (!match || !isTimeZone(timeZone)) return null;
  const [, year, month, day, hour, minute] = match.map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc)) return null;
  // The offset at the guess, then again at the result: right on both sides of a change of offset.
  let instant = asUtc - timeZoneOffsetMs(asUtc, timeZone);
  const corrected = asUtc - timeZoneOffsetMs(instant, timeZone);
  if (corrected !== instant && timeZoneOffsetMs(corrected, timeZone) === asUtc - corrected) instant = corrected;
  return new Date(instant);
}

/** What the clock of `timeZone` reads at `instant`, as a `datetime-local` value (YYYY-MM-DDTHH:mm). */
export function instantToZonedWallTime(instant: string | Date, timeZone: string): string {
  const time = new Date(instant).getTime();
  const clock = wallClock(time, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** "GMT+05:30", "GMT": the offset of `timeZone` at `instant`. */
export function offsetLabel(timeZone: string, instant = Date.now()): string {
  const minutes = Math.round(timeZoneOffsetMs(instant, timeZone) / MINUTE_MS);
  if (minutes === 0) return 'GMT';
  const sign = minutes > 0 ? '+' : '−';
  const magnitude = Math.abs(minutes);
  return `GMT${sign}${String(Math.floor(magnitude / 60)).padStart(2, '0')}:${String(magnitude % 60).padStart(2, '0')}`;
}

/** Whether the clocks of two time zones read the same at both ends of a meeting. */
export function sameClock(a: string, b: string, startsAt: string, endsAt: string): boolean {
  if (a === b) return true;
  return [startsAt, endsAt].every((value) => {
    const instant = new Date(value).getTime();
    return timeZoneOffsetMs(instant, a) === timeZoneOffsetMs(instant, b);
  });
}

/** A time zone's name in `language` ("Eastern Time"), else its IANA name. */
export function timeZoneDisplayName(language: string, timeZone: string, instant = Date.now()): string {
  try {
    const part = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date(instant))
      .find((candidate) => candidate.type === 'timeZoneName');
    // Some zones have no name but their offset ("GMT+03:00"): the IANA name says more.
    if (part && !/^(GMT|UTC)[+−-]/.test(part.value)) return part.value;
  } catch {
    // An engine without the option: the IANA name.
  }
  return timeZone;
}

/** The meeting's date and hours in `timeZone`, e.g. "Tuesday, May 12, 2026, 10:00 AM – 12:00 PM EDT". */
export function formatMeetingRange(language: string, startsAt: string, endsAt: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat(language, {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}

/** The meeting's date in `timeZone`, shorter, for lists. */
export function formatMeetingStart(language: string, startsAt: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(startsAt));
}

/** The plural category of the ordinal `number` in `language`: "one" for 1st, "two" for 2nd, "few" for 3rd… */
export function ordinalCategory(language: string, number: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(language, { type: 'ordinal' }).select(number);
}

/** A `datetime-local` value moved by `hours`, as a clock would (no time zone involved). */
export function addHoursToWallTime(wallTime: string, hours: number): string {
  const match = WALL_TIME.exec(wallTime);
  if (!match) return '';
  const [, year, month, day, hour, minute] = match.map(Number);
  const moved = new Date(Date.UTC(year, month - 1, day, hour, minute) + hours * 3_600_000);
  return moved.toISOString().slice(0, 16);
}
