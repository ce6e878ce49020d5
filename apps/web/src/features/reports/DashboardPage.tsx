import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/QueryStates';
import { Section } from '../../components/Section';
import { useFormatters } from '../../i18n/format';
import { useUsd } from '../../i18n/money';
import { BreakdownChart } from './BreakdownChart';
import { KeyFigures } from './KeyFigures';
import { DashboardDocument } from './operations';
import { DashboardTrends } from './DashboardTrends';
import { parseQuarter, type Quarter, quarterOf, reportPath } from '../../components/quarters';
import { QuarterPicker } from './QuarterPicker';
import { useKeyFigures } from './useKeyFigures';
import { useQuarterLabel } from './useQuarterLabel';
import type { QuarterFiguresFieldsFragment } from '../../gql/graphql';

/** The quarter at a glance, for coordinators and the Compact's entities: key figures and where activity went. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const label = useQuarterLabel();
  const [params, setParams] = useSearchParams();
  const latest = quarterOf(new Date());
  const quarter = parseQuarter(params.get('year') ?? undefined, params.get('quarter') ?? undefined) ?? latest;
  const { data, previousData, loading, error, refetch } = useQuery(DashboardDocument, {
    variables: { ...quarter, language },
    fetchPolicy: 'cache-and-network',
  });
  const figures = (data ?? previousData)?.quarterlyReport;

  const choose = (next: Quarter) =>
    setParams({ year: String(next.year), quarter: String(next.quarter) }, { replace: true });

  return (
    <Page
      title={t('dashboard.title')}
      description={t('dashboard.intro')}
      actions={
        <Button component={Link} to={reportPath(quarter)}>
          {t('dashboard.openReport', { quarter: label.short(quarter) })}
        </Button>
      }
    >
      <Group justify="space-between" gap="sm">
        <Stack gap={0}>
          <Text fw={700} size="lg">
            {label.short(quarter)}
          </Text>
          <Text c="dimmed" size="sm">
            {label.months(quarter)}
          </Text>
        </Stack>
        <QuarterPicker value={quarter} onChange={choose} latest={latest} />
      </Group>
      {error && !figures ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !figures ? (
        loading && <LoadingState />
      ) : (
        <DashboardFigures figures={figures} />
      )}
      <DashboardTrends quarter={quarter} />
    </Page>
  );
}

function DashboardFigures({ figures }: { figures: QuarterFiguresFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const usd = useUsd();
  const keyFigures = useKeyFigures(figures);
  return (
    <Stack gap="lg">
      <KeyFigures
        figures={[
          ...keyFigures,
          { label: t('reports.figures.activities'), value: format.number(figures.activityCount) },
          { label: t('reports.figures.receivedInQuarter'), value: usd.compact(figures.receivedUsdInQuarter) },
          { label: t('reports.figures.participants'), value: format.number(figures.participants) },
        ]}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Section title={t('reports.by.pillar')}>
          <BreakdownChart figures={figures} kind="pillar" />
        </Section>
        <Section title={t('reports.by.region')}>
          <BreakdownChart figures={figures} kind="region" />
        </Section>
      </SimpleGrid>
      <Section title={t('reports.by.workingGroup')}>
        <BreakdownChart figures={figures} kind="workingGroup" />
      </Section>
    </Stack>
  );
}
