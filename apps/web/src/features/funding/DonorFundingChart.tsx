import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BarChartFigure } from '../../components/BarChartFigure';
import { isolate } from '../../i18n/bidi';
import { useUsd } from '../../i18n/money';

interface DonorFunding {
  pledgedUsd: number;
  receivedUsd: number;
  inKindUsd: number;
  /** Pledged and not yet fulfilled by receipts; a column of its own when given. */
  outstandingUsd?: number;
  donor: { id: string; acronym?: string | null; name: string };
}

// Received stands out from pledged: darker on the light scheme, lighter on the dark one (global.css).
export const PLEDGED_COLOR = 'var(--app-chart-pledged)';
export const RECEIVED_COLOR = 'var(--app-chart-received)';
export const OUTSTANDING_COLOR = 'orange.6';

/** Pledged against received, per donor; in-kind values are said apart, under the chart. */
export function DonorFundingChart({ title, funding }: { title: string; funding: readonly DonorFunding[] }) {
  const { t } = useTranslation();
  const usd = useUsd();
  const inKind = funding.filter((row) => row.inKindUsd > 0);
  const withOutstanding = funding.length > 0 && funding.every((row) => row.outstandingUsd !== undefined);
  return (
    <>
      <BarChartFigure
        title={title}
        rowHeader={t('funding.donor')}
        series={[
          { label: t('funding.pledged'), color: PLEDGED_COLOR },
          { label: t('funding.received'), color: RECEIVED_COLOR },
          ...(withOutstanding ? [{ label: t('funding.outstanding'), color: OUTSTANDING_COLOR }] : []),
        ]}
        rows={funding.map((row) => ({
          key: row.donor.id,
          label: row.donor.name,
          values: [row.pledgedUsd, row.receivedUsd, ...(withOutstanding ? [row.outstandingUsd ?? 0] : [])],
        }))}
        format={usd.compact}
      />
      {inKind.map((row) => (
        <Text key={row.donor.id} size="sm" c="dimmed">
          {t('funding.inKindApart', { donor: isolate(row.donor.name), amount: usd.compact(row.inKindUsd) })}
        </Text>
      ))}
    </>
  );
}
