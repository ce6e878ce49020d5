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

/** What a contribution's amount says: its currency and USD value, with the rate and its day when not USD. */
export interface ContributionAmount {
  currency: string;
  amount: number;
  amountUsd: number;
  usdRate: number;
  rateDate: string;
}

const moneyNumberFormats = new Map<string, Intl.NumberFormat>();

/** An amount in any currency or a rate: as the language writes numbers, with up to `fractionDigits` decimals. */
export function moneyNumber(language: Language, amount: number, fractionDigits = 2): string {
  const key = `${language} ${fractionDigits}`;
  let format = moneyNumberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: fractionDigits });
    moneyNumberFormats.set(key, format);
  }
  return format.format(amount);
}

/** "EUR 1,000,000 (USD 1,085,000 at 1.085 on 1 Mar 2026)", or "USD 350,000" for US dollars. */
export function useContributionAmount(): (contribution: ContributionAmount) => string {
  const { t } = useTranslation();
  const { language, date } = useFormatters();
  const usd = useUsd();
  return useMemo(
    () => (contribution: ContributionAmount) => {
      if (contribution.currency === 'USD') return usd.full(contribution.amountUsd);
      return t('funding.converted', {
        original: t('funding.money', {
          currency: contribution.currency,
          amount: moneyNumber(language, contribution.amount),
        }),
        usd: usd.full(contribution.amountUsd),
        rate: moneyNumber(language, contribution.usdRate, 8),
        date: date(contribution.rateDate),
      });
    },
    [t, language, date, usd],
  );
}
