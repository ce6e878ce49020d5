import { Group, Table, Text } from '@mantine/core';
import { ChartFigure } from './ChartFigure';

export interface BarSeries {
  label: string;
  /** A CSS colour, e.g. var(--mantine-color-unBlue-6) */
  color: string;
}

export interface BarRow {
  key: string;
  label: string;
  /** One value per series. */
  values: number[];
}

interface BarChartProps {
  title: string;
  series: BarSeries[];
  rows: BarRow[];
  format: (value: number) => string;
  /** Header of the rows' column in the table (e.g. "Donor"). */
  rowHeader: string;
  /** Each series on its own scale (different units, e.g. activities and people trained). */
  independentScales?: boolean;
}

/** Horizontal bars, one group per row (every series on the same scale unless asked); with its data table. */
export function BarChart({ title, series, rows, format, rowHeader, independentScales }: BarChartProps) {
  const sharedMax = Math.max(1, ...rows.flatMap((row) => row.values));
  const maxOf = (index: number) =>
    independentScales ? Math.max(1, ...rows.map((row) => row.values[index])) : sharedMax;

  const chart = (
    <>
      {series.length > 1 && (
        <Group gap="md" mb="xs">
          {series.map((one) => (
            <Group key={one.label} gap={6} wrap="nowrap">
              <span className="bar-chart-swatch" style={{ background: one.color }} />
              <Text size="sm">{one.label}</Text>
            </Group>
          ))}
        </Group>
      )}
      <div className="bar-chart-rows">
        {rows.map((row) => (
          <div key={row.key} className="bar-chart-row">
            <Text size="sm" className="bar-chart-label">
              <bdi>{row.label}</bdi>
            </Text>
            <div className="bar-chart-bars">
              {row.values.map((value, index) => (
                <div key={series[index].label} className="bar-chart-bar">
                  <svg width="100%" height="14" focusable="false">
                    <rect width={`${(value / maxOf(index)) * 100}%`} height="14" rx="2" fill={series[index].color} />
                  </svg>
                  <Text size="xs" className="figure-cell">
                    {format(value)}
                  </Text>
                </div>
              ))}
            </div>
          </div>
        ))}
      </div>
    </>
  );

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

  return <ChartFigure title={title} chart={chart} table={table} />;
}
