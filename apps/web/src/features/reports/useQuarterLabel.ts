import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { quarterBounds, type Quarter } from '../../components/quarters';

/** "Q1 2020", and its months: "January – March 2020", in the UI language. */
export function useQuarterLabel(): { short: (quarter: Quarter) => string; months: (quarter: Quarter) => string } {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const monthFormat = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    short: ({ year, quarter }) => t('reports.quarterLabel', { quarter, year: String(year) }),
    months: (quarter) => {
      const { from, to } = quarterBounds(quarter);
      return monthFormat.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
    },
  };
}
