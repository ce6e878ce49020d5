import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../components/errors';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { ScrollTable } from '../../components/ScrollTable';
import { Section } from '../../components/Section';
import type { QuarterlyReportQuery } from '../../gql/graphql';
import { countryName } from '../../i18n/countries';
import { useFormatters } from '../../i18n/format';
import { DonorFundingChart } from '../funding';
import { useUsd } from '../../i18n/money';
import { BreakdownChart } from './BreakdownChart';
import { KeyFigures } from './KeyFigures';
import { QuarterlyReportDocument } from './operations';
import { usePrintMode } from './print-mode';
import { parseQuarter, type Quarter, quarterOf, reportPath } from '../../components/quarters';
import { QuarterPicker } from './QuarterPicker';
import { ReportActions } from './ReportActions';
import { ReportActivities, ReportAgreements, ReportPart, ReportReceipts } from './ReportItems';
import { useKeyFigures } from './useKeyFigures';
import { useQuarterLabel } from './useQuarterLabel';
import classes from './QuarterlyReportPage.module.css';

type Report = QuarterlyReportQuery['quarterlyReport'];

/** /reports: the current quarter's report. */
export function CurrentReportRedirect() {
  return <Navigate to={reportPath(quarterOf(new Date()))} replace />;
}

export function QuarterlyReportPage() {
  const { t } = useTranslation();
  const { year, quarter } = useParams();
  const parsed = parseQuarter(year, quarter);
  if (!parsed) {
    return (
      <Page title={t('reports.title')}>
        <EmptyState title={t('reports.invalidQuarter')} />
      </Page>
    );
  }
  return <QuarterlyReport key={reportPath(parsed)} quarter={parsed} />;
}

/**
 * True while the report is shown, once its fonts are loaded: the api prints the page to PDF when
 * `[data-print-ready]` appears (and refuses to if it is gone two frames later), and refuses to when
 * `[data-print-error]` does (an error is no report).
 */
function usePrintReady(shown: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!shown) return;
    let live = true;
    void document.fonts.ready.then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [shown]);
  return shown && ready;
}

/** The quarterly highlights, laid out as UNOCT writes them; printable, and what the PDF export prints. */
function QuarterlyReport({ quarter }: { quarter: Quarter }) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const navigate = useNavigate();
  const label = useQuarterLabel();
  const print = usePrintMode();
  const { data, loading, error, refetch } = useQuery(QuarterlyReportDocument, {
    variables: { ...quarter, language },
    fetchPolicy: print ? 'network-only' : 'cache-and-network',
  });
  const report = data?.quarterlyReport;
  const ready = usePrintReady(print && Boolean(report));
  const printError = print && !report && error ? (errorCode(error) ?? 'ERROR') : undefined;

  return (
    <article className={classes.report} data-print-ready={ready ? 'true' : undefined} data-print-error={printError}>
      <Page
        title={t('reports.titleOf', { quarter: label.short(quarter) })}
        breadcrumb={
          <Text size="sm" fw={600} c="var(--mantine-color-unBlue-text)" className="report-kicker">
            {t('app.fullName')}
          </Text>
        }
        description={label.months(quarter)}
        actions={!print && <ReportActions quarter={quarter} />}
      >
        {!print && (
          <Group className="no-print">
            <QuarterPicker
              value={quarter}
              latest={quarterOf(new Date())}
              onChange={(next) => navigate(reportPath(next))}
            />
          </Group>
        )}
        {report ? (
          <ReportBody report={report} />
        ) : error ? (
          <ErrorState error={error} onRetry={print ? undefined : () => void refetch()} />
        ) : (
          loading && <LoadingState />
        )}
      </Page>
    </article>
  );
}

function ReportBody({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const usd = useUsd();
  const keyFigures = useKeyFigures(report);

  return (
    <Stack gap="lg">
      <KeyFigures figures={keyFigures} />
      <Section title={t('reports.sections.leadership')}>
        <ReportPart title={t('reports.parts.visits')} count={report.highLevelVisits.length}>
          <ReportActivities activities={report.highLevelVisits} />
        </ReportPart>
        <ReportPart title={t('reports.parts.endorsements')} count={report.endorsements.length}>
          <ReportAgreements agreements={report.endorsements} />
        </ReportPart>
      </Section>
      <Section title={t('reports.sections.highlights')}>
        <ReportPart title={t('reports.parts.launches')} count={report.launches.length}>
          <ReportActivities activities={report.launches} />
        </ReportPart>
        <ReportPart title={t('reports.parts.agreements')} count={report.agreementsSigned.length}>
          <ReportAgreements agreements={report.agreementsSigned} />
        </ReportPart>
      </Section>
      <Section title={t('reports.sections.capacity')}>
        <Text>
          {t('reports.capacitySummary', {
            workshops: format.number(report.workshopsOrganized),
            trained: format.number(report.individualsTrained),
            activities: format.number(report.activityCount),
          })}
        </Text>
        <ReportPart title={t('reports.parts.events')} count={report.capacityBuildingEvents.length}>
          <ReportActivities activities={report.capacityBuildingEvents} />
        </ReportPart>
      </Section>
      <Section title={t('reports.sections.fundingReceived')}>
        <Text>{t('reports.receivedInQuarter', { amount: usd.full(report.receivedUsdInQuarter) })}</Text>
        {report.fundingReceived.length > 0 && <ReportReceipts receipts={report.fundingReceived} />}
      </Section>
      <Section title={t('reports.sections.topContributors')}>
        {report.topContributors.length === 0 ? (
          <Text c="dimmed">{t('reports.nothing')}</Text>
        ) : (
          <DonorFundingChart title={t('reports.topContributorsChart')} funding={report.topContributors} />
        )}
      </Section>
      <Section title={t('reports.by.pillar')}>
        <BreakdownChart figures={report} kind="pillar" />
      </Section>
      <Section title={t('reports.by.workingGroup')}>
        <BreakdownChart figures={report} kind="workingGroup" />
      </Section>
      <Section title={t('reports.sections.countries')}>
        <CountriesReached countries={report.countriesReached} />
      </Section>
      <Section title={t('reports.sections.workPlanProgress')}>
        <WorkPlanProgress rows={report.workPlanProgress} />
      </Section>
    </Stack>
  );
}

const PROGRESS_COLUMNS = ['done', 'onTrack', 'atRisk', 'notStarted', 'dropped'] as const;

/** Per working group, the items of the work plans of the quarter's half year, by status. */
function WorkPlanProgress({ rows }: { rows: Report['workPlanProgress'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (rows.length === 0) return <Text c="dimmed">{t('reports.nothing')}</Text>;
  return (
    <ScrollTable label={t('reports.sections.workPlanProgress')} minWidth={520}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('reports.workPlanProgress.workingGroup')}</Table.Th>
          {PROGRESS_COLUMNS.map((column) => (
            <Table.Th key={column} scope="col" ta="end">
              {t(`reports.workPlanProgress.${column}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.workingGroup.id}>
            <Table.Th scope="row" fw={400}>
              <bdi>{row.workingGroup.name}</bdi>
            </Table.Th>
            {PROGRESS_COLUMNS.map((column) => (
              <Table.Td key={column} ta="end" className="figure-cell">
                {format.number(row[column])}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

function CountriesReached({ countries }: { countries: Report['countriesReached'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (countries.length === 0) return <Text c="dimmed">{t('reports.nothing')}</Text>;
  return (
    <ScrollTable label={t('reports.sections.countries')} minWidth={420}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('activities.map.country')}</Table.Th>
          <Table.Th scope="col" ta="end">
            {t('activities.map.activities')}
          </Table.Th>
          <Table.Th scope="col" ta="end">
            {t('activities.individualsTrained')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {countries.map((country) => (
          <Table.Tr key={country.countryCode}>
            <Table.Th scope="row" fw={400}>
              {countryName(country.countryCode, format.language)}
            </Table.Th>
            <Table.Td ta="end" className="figure-cell">
              {format.number(country.activities)}
            </Table.Td>
            <Table.Td ta="end" className="figure-cell">
              {format.number(country.individualsTrained)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
