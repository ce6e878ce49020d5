import type { Language } from '@ctcp/shared';

const ENGLISH_ORDINAL_SUFFIXES: Record<Intl.LDMLPluralRule, string> = {
  zero: 'th',
  one: 'st',
  two: 'nd',
  few: 'rd',
  many: 'th',
  other: 'th',
};
const englishOrdinals = new Intl.PluralRules('en', { type: 'ordinal' });

/** "12th meeting" in each language, as the web app writes it (its locale files hold the same forms). */
const NUMBERED: Record<Language, (number: number) => string> = {
  en: (n) => `${n}${ENGLISH_ORDINAL_SUFFIXES[englishOrdinals.select(n)]} meeting`,
  fr: (n) => `${n}${n === 1 ? 're' : 'e'} réunion`,
  es: (n) => `${n}.ª reunión`,
  ru: (n) => `${n}-е заседание`,
  zh: (n) => `第${n}次会议`,
  ar: (n) => `الاجتماع رقم ${n}`,
};

/** "UNCCT Advisory Board, 12th meeting": how notifications and calendar files name a meeting. */
export function meetingName(language: Language, bodyName: string, number: number): string {
  return `${bodyName}, ${(NUMBERED[language] ?? NUMBERED.en)(number)}`;
}

/** When a meeting starts, in its own time zone, written for `language` with the zone's short name. */
export function meetingWhen(language: Language, startsAt: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(startsAt);
}

/** Whether `timeZone` is an IANA zone this runtime knows (the web lists the same zones). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone.length <= 64 && timeZone.trim() === timeZone && timeZone !== '';
  } catch {
    return false;
  }
}
