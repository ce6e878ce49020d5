import { useTranslation } from 'react-i18next';
import type { QuarterFiguresFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useUsd } from '../../i18n/money';
import type { KeyFigure } from './KeyFigures';

/** The quarter's key figures as UNOCT's highlights give them: capacity building first, then funding to date. */
export function useKeyFigures(figures: QuarterFiguresFieldsFragment): KeyFigure[] {
  const { t } = useTranslation();
  const format = useFormatters();
  const usd = useUsd();
  const percent = new Intl.NumberFormat(format.language, { style: 'percent', maximumFractionDigits: 0 });
  return [
    { label: t('reports.figures.workshops'), value: format.number(figures.workshopsOrganized) },
    { label: t('reports.figures.individualsTrained'), value: format.number(figures.individualsTrained) },
    {
      label: t('reports.figures.womenShare'),
      value: figures.womenShare === null || figures.womenShare === undefined ? '—' : percent.format(figures.womenShare),
      note: t('reports.figures.ofParticipants', { number: format.number(figures.participants) }),
    },
    { label: t('reports.figures.pledged'), value: usd.compact(figures.pledgedUsdToDate) },
    {
      label: t('reports.figures.received'),
      value: usd.compact(figures.receivedUsdToDate),
      note:
        figures.inKindUsdToDate > 0
          ? t('reports.figures.inKindApart', { amount: usd.compact(figures.inKindUsdToDate) })
          : undefined,
    },
    { label: t('reports.figures.donors'), value: format.number(figures.donorCountToDate) },
  ];
}
