import { SimpleGrid, Skeleton, Stack, Table } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BarChartFigure } from '../../components/BarChartFigure';
import type { Quarter } from '../../components/quarters';
import { ErrorState } from '../../components/QueryStates';
import { ScrollTable } from '../../components/ScrollTable';
import { Section } from '../../components/Section';
import { useFormatters } from '../../i18n/format';
import { useUsd } from '../../i18n/money';
import { StatusBadge } from '../assistance-requests';
import { DashboardTrendsDocument } from './operations';
import { useQuarterLabel } from './useQuarterLabel';

// The UN blue, lighter on the dark scheme (global.css); orange for what is missing or still to come.
const FIRST_COLOR = 'var(--app-accent)';
const SECOND_COLOR = 'orange.5';

/** Where requests stand and how long they wait, deadlines met per quarter, and funding per quarter. */
export function DashboardTrends({ quarter }: { quarter: Quarter }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const usd = useUsd();
  const label = useQuarterLabel();
  const { data, previousData, error, refetch } = useQuery(DashboardTrendsDocument, {
    variables: quarter,
    fetchPolicy: 'cache-and-network',
  });
  const trends = (data ?? previousData)?.dashboard;
  if (error && !trends) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!trends) return <Skeleton height={240} radius="md" />;

  return (
    <Stack gap="lg">
      <Section title={t('dashboard.pipeline.title')}>
        <ScrollTable label={t('dashboard.pipeline.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.pipeline.status')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.pipeline.requests')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.pipeline.medianTime')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.pipeline.overdue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trends.requestPipeline.map((row) => (
              <Table.Tr key={row.status}>
                <Table.Th scope="row">
                  <StatusBadge status={row.status} />
                </Table.Th>
                <Table.Td>{format.number(row.requests)}</Table.Td>
                <Table.Td>{format.duration(row.medianSecondsInStatus)}</Table.Td>
                <Table.Td>{format.number(row.overdue)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      </Section>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Section title={t('dashboard.sla.title')}>
          <BarChartFigure
            title={t('dashboard.sla.chart')}
            rowHeader={t('dashboard.quarter')}
            series={[
              { label: t('dashboard.sla.met'), color: FIRST_COLOR },
              { label: t('dashboard.sla.missed'), color: SECOND_COLOR },
            ]}
            rows={trends.slaCompliance.map((row) => ({
              key: `${row.year}-${row.quarter}`,
              label: label.short(row),
              values: [row.met, row.missed],
            }))}
            format={format.number}
          />
        </Section>
        <Section title={t('dashboard.funding.title')}>
          <BarChartFigure
            title={t('dashboard.funding.chart')}
            rowHeader={t('dashboard.quarter')}
            series={[
              { label: t('dashboard.funding.pledged'), color: FIRST_COLOR },
              { label: t('dashboard.funding.received'), color: SECOND_COLOR },
            ]}
            rows={trends.fundingTrend.map((row) => ({
              key: `${row.year}-${row.quarter}`,
              label: label.short(row),
              values: [row.pledgedUsd, row.receivedUsd],
            }))}
            format={usd.compact}
          />
        </Section>
      </SimpleGrid>
    </Stack>
  );
}
