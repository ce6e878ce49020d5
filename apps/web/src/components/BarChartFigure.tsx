import { lazy, Suspense } from 'react';
import { type MantineColor, Table } from '@mantine/core';
import { ChartFigure } from './ChartFigure';

export interface BarSeries {
  label: string;
  /** A Mantine colour ('orange.5') or a CSS one (var(--app-accent), which follows the colour scheme). */
  color: MantineColor;
}

export interface BarRow {
  key: string;
  label: string;
  /** One value per series. */
  values: number[];
}

export interface BarChartProps {
  title: string;
  series: BarSeries[];
  rows: BarRow[];
  format: (value: number) => string;
  /** Header of the rows' column in the table (e.g. "Donor"). */
  rowHeader: string;
  /** Each series on its own scale (different units, e.g. activities and people trained). */
  independentScales?: boolean;
}

/** The drawing (@mantine/charts on recharts) is loaded with the first chart shown, not with the app. */
const BarChartDrawing = lazy(() => import('./BarChartDrawing'));

/** The legend above the bars, when there are two series or more (one line of text). */
const LEGEND_HEIGHT = 30;

/** Height of the bars: a band per row, tall enough for its bars and a label on three lines. */
function barsHeight(series: number, rows: number): number {
  return rows * Math.max(48, series * 16 + 16) + 8;
}

/** Horizontal bars, one group per row (every series on the same scale unless asked); with its data table. */
export function BarChartFigure({ title, series, rows, format, rowHeader, independentScales }: BarChartProps) {
  const height = barsHeight(series.length, rows.length);
  const chart =
    rows.length > 0 ? (
      // A box of the drawing's size while it loads, so that the page does not jump when it comes.
      <Suspense fallback={<div style={{ height: height + (series.length > 1 ? LEGEND_HEIGHT : 0) }} />}>
        <BarChartDrawing
          series={series}
          rows={rows}
          format={format}
          independentScales={independentScales}
          height={height}
          legendHeight={LEGEND_HEIGHT}
        />
      </Suspense>
    ) : null;

  const table = (
    <>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{rowHeader}</Table.Th>
          {series.map((one) => (
            <Table.Th scope="col" key={one.label} ta="end">
              {one.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row" fw={400}>
              <bdi>{row.label}</bdi>
            </Table.Th>
            {row.values.map((value, index) => (
              <Table.Td key={series[index].label} ta="end" className="figure-cell">
                {format(value)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </>
  );

  return <ChartFigure title={title} chart={chart} table={table} printTable />;
}
