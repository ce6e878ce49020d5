import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import type { Quarter } from '../../components/quarters';
import { PublishReportButton } from '../governance';
import { useQuarterLabel } from './useQuarterLabel';

/**
 * Print, the exports the api makes in the reader's language (the PDF of this page and the records as CSV), and
 * publishing the report to a governance body for those who may.
 */
export function ReportActions({ quarter }: { quarter: Quarter }) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const label = useQuarterLabel();
  const base = `/exports/quarterly/${quarter.year}/${quarter.quarter}`;
  const exportLink = (file: string) => `${base}/${file}?language=${language}`;
  return (
    <Group gap="xs" className="no-print">
      <Button component="a" href={exportLink('report.pdf')} download>
        {t('reports.export.pdf')}
      </Button>
      <Button component="a" href={exportLink('activities.csv')} download variant="default">
        {t('reports.export.activities')}
      </Button>
      <Button component="a" href={exportLink('contributions.csv')} download variant="default">
        {t('reports.export.contributions')}
      </Button>
      <PublishReportButton quarter={quarter} label={label.short(quarter)} />
      <Button variant="subtle" onClick={() => window.print()}>
        {t('reports.export.print')}
      </Button>
    </Group>
  );
}
