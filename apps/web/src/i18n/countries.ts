import { getAlpha2Codes, numericToAlpha2 } from 'i18n-iso-countries';
import type { Language } from '@ctcp/shared';

const displayNames = new Map<Language, Intl.DisplayNames>();

/** A country's name in the UI language ("Maldives", "Maldivas", "جزر المالديف"), from its ISO alpha-2 code. */
export function countryName(code: string, language: Language): string {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    displayNames.set(language, names);
  }
  return names.of(code) ?? code;
}

export interface CountryOption {
  value: string;
  label: string;
}

/** Every ISO 3166-1 country, named and sorted in the UI language: the options of a country picker. */
export function countryOptions(language: Language): CountryOption[] {
  const collator = new Intl.Collator(language);
  return Object.keys(getAlpha2Codes())
    .map((code) => ({ value: code, label: countryName(code, language) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** The alpha-2 code of an ISO numeric code ("462" is "MV"): map data names countries by number. */
export function alpha2FromNumeric(numeric: string | number): string | undefined {
  return numericToAlpha2(numeric);
}
