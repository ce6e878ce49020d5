/** The currencies donors commonly give in (ISO 4217), US dollars first; the form offers these. */
export const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'SEK',
  'NOK',
  'DKK',
  'CNY',
  'KRW',
  'INR',
  'SAR',
  'AED',
  'QAR',
  'KWD',
  'RUB',
  'TRY',
  'BRL',
  'MXN',
  'ZAR',
  'SGD',
] as const;

/** The USD value of `amount` at `usdRate` (USD per unit), to the cent. */
export function usdValue(amount: number, usdRate: number): number {
  return Math.round(amount * usdRate * 100) / 100;
}
