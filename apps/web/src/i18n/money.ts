import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@ctcp/shared';
import { useFormatters } from './format';

/** Amounts in US dollars, written the way the language writes numbers. */
export interface UsdFormatters {
  /** "USD 350,000" */
  full: (amount: number) => string;
  /** "USD 248.7 million": key figures */
  compact: (amount: number) => string;
}

/** Made once per language and notation: a report writes hundreds of amounts, and each format is costly to make. */
const usdNumberFormats = new Map<string, Intl.NumberFormat>();

/** The number part: whole dollars, or millions and thousands in words ("248.7 million", "2.487亿"). */
export function usdNumber(language: Language, amount: number, compact: boolean): string {
  const key = `${language} ${compact ? 'compact' : 'full'}`;
  let format = usdNumberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      language,
      compact
        ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 }
        : { maximumFractionDigits: 0 },
    );
    usdNumberFormats.set(key, format);
  }
  return format.format(amount);
}

export function useUsd(): UsdFormatters {
  const { t } = useTranslation();
  const { language } = useFormatters();
  return useMemo(
    () => ({
      full: (amount) => t('funding.usd', { amount: usdNumber(language, amount, false) }),
      compact: (amount) => t('funding.usd', { amount: usdNumber(language, amount, true) }),
    }),
    [t, language],
  );
}
