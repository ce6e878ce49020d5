import { type ReactNode, useId, useState } from 'react';
import { Box, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from './ScrollTable';
import classes from './ChartFigure.module.css';

interface ChartFigureProps {
  title: string;
  /** Controls next to the title (e.g. what the chart measures). */
  controls?: ReactNode;
  /** The drawing: decorative, hidden from assistive technology. */
  chart: ReactNode;
  /** The same figures as table rows (thead and tbody). */
  table: ReactNode;
  tableMinWidth?: number;
  /** On paper, the table instead of the drawing (a drawing sized for the screen may not fit the page). */
  printTable?: boolean;
}

/**
 * A chart and its data table: screen readers read the table; sighted readers see the chart, or the
 * table when they ask for it.
 */
export function ChartFigure({ title, controls, chart, table, tableMinWidth = 320, printTable }: ChartFigureProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <Stack gap="xs" className={classes.chartFigure} data-print-table={printTable || undefined}>
      <Group justify="space-between" gap="xs" align="center">
        <Text id={titleId} fw={600}>
          {title}
        </Text>
        <Group gap="xs" className="no-print">
          {controls}
          <Button variant="subtle" size="compact-sm" onClick={() => setAsTable(!asTable)} aria-pressed={asTable}>
            {t('charts.showTable')}
          </Button>
        </Group>
      </Group>
      <Box component="figure" m={0} aria-labelledby={titleId}>
        {asTable ? (
          <ScrollTable label={title} minWidth={tableMinWidth}>
            {table}
          </ScrollTable>
        ) : (
          <>
            <div aria-hidden="true" className={classes.chartDrawing}>
              {chart}
            </div>
            <VisuallyHidden className={classes.chartData}>
              <Table>
                <caption>{title}</caption>
                {table}
              </Table>
            </VisuallyHidden>
          </>
        )}
      </Box>
    </Stack>
  );
}
