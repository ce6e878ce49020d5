import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Box, Group, Text, useDirection } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { type LabelProps, Text as SvgText, XAxis, type YAxisTickContentProps } from 'recharts';
import type { BarRow, BarSeries } from './BarChartFigure';

/*
 * The drawing of BarChartFigure, in a module of its own that the figure loads on demand: @mantine/charts and
 * recharts weigh more than the rest of a page, and only the dashboard, the report and a project's funding draw.
 */

interface BarChartDrawingProps {
  series: BarSeries[];
  rows: BarRow[];
  format: (value: number) => string;
  independentScales?: boolean;
  /** Of the bars, without the legend. */
  height: number;
  legendHeight: number;
}

const FONT_SIZE = 12;
const TEXT_COLOR = 'var(--mantine-color-text)';
/** Room between an axis label and the bars. */
const GAP = 8;

/** About how wide `text` is at FONT_SIZE: enough to keep a value written after its bar inside the drawing. */
function textWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    // Chinese characters and full-width forms are about twice as wide as Latin, Cyrillic or Arabic letters.
    width += /[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(character) ? FONT_SIZE : FONT_SIZE * 0.6;
  }
  return Math.ceil(width);
}

const seriesKey = (index: number) => `s${index}`;

/**
 * Horizontal bars growing from the start edge: from the left, or from the right in Arabic (recharts draws
 * left to right, so in right-to-left languages the value axis is reversed and the labels go on the right).
 * Each bar is followed by its value, written with the app's formatters.
 */
export default function BarChartDrawing({
  series,
  rows,
  format,
  independentScales,
  height,
  legendHeight,
}: BarChartDrawingProps) {
  const { dir } = useDirection();
  const rtl = dir === 'rtl';
  const { ref, width } = useElementSize();
  // Row labels take up to about two fifths of the width, and wrap onto up to three lines within it.
  const labelWidth = Math.round(Math.min(260, Math.max(80, width * 0.38)));
  const valueWidth = Math.max(...rows.flatMap((row) => row.values.map((value) => textWidth(format(value))))) + GAP;
  const data = rows.map((row) => ({
    label: row.label,
    ...Object.fromEntries(row.values.map((value, index) => [seriesKey(index), value])),
  }));

  const rowLabel = ({ x, y, payload }: YAxisTickContentProps) => (
    <g>
      {/* The whole label, on hover, when it is cut short. */}
      <title>{String(payload.value)}</title>
      <SvgText
        x={Number(x) + (rtl ? GAP : -GAP)}
        y={y}
        width={labelWidth - GAP}
        maxLines={3}
        lineHeight={14}
        textAnchor={rtl ? 'start' : 'end'}
        verticalAnchor="middle"
        fontSize={FONT_SIZE}
        fill={TEXT_COLOR}
      >
        {payload.value}
      </SvgText>
    </g>
  );

  // After the bar's far end, whichever way it grows (recharts' own positions put a zero's label on the
  // wrong side of the axis in right-to-left drawings).
  const valueLabel = ({ viewBox, value }: LabelProps) => {
    if (!viewBox || !('width' in viewBox)) return null;
    const { x, y, width, height } = viewBox;
    const end = rtl ? Math.min(x, x + width) - 4 : Math.max(x, x + width) + 4;
    return (
      <text
        x={end}
        y={y + height / 2}
        textAnchor={rtl ? 'end' : 'start'}
        dominantBaseline="central"
        fontSize={FONT_SIZE}
        fill={TEXT_COLOR}
      >
        {format(Number(value))}
      </text>
    );
  };

  return (
    <div>
      {series.length > 1 && (
        <Group gap="md" mih={legendHeight} align="center">
          {series.map((one) => (
            <Group key={one.label} gap={6} wrap="nowrap">
              <Box w={12} h={12} bg={one.color} style={{ borderRadius: 2, flexShrink: 0 }} />
              <Text size="sm">{one.label}</Text>
            </Group>
          ))}
        </Group>
      )}
      {/* Drawn once the box has a width (recharts has nothing to draw in before, and says so). */}
      <div ref={ref} style={{ height }}>
        {width > 0 && (
          <BarChart
            h={height}
            data={data}
            dataKey="label"
            orientation="vertical"
            series={series.map((one, index) => ({ name: seriesKey(index), label: one.label, color: one.color }))}
            valueFormatter={format}
            withBarValueLabel
            valueLabelProps={{ content: valueLabel }}
            textColor={TEXT_COLOR}
            maxBarWidth={14}
            withXAxis={false}
            gridAxis="none"
            // Decorative: the figure's table is what assistive technology reads, and the values are written out.
            withTooltip={false}
            accessibilityLayer={false}
            xAxisProps={{ reversed: rtl }}
            yAxisProps={{ orientation: rtl ? 'right' : 'left', width: labelWidth, interval: 0, tick: rowLabel }}
            barChartProps={{
              barGap: 2,
              margin: { top: 4, bottom: 4, left: rtl ? valueWidth : 0, right: rtl ? 0 : valueWidth },
            }}
            // Each series after the first against an axis of its own (hidden: every bar says its value).
            barProps={(one) => (independentScales && one.name !== seriesKey(0) ? { xAxisId: one.name } : {})}
          >
            {independentScales &&
              series
                .slice(1)
                .map((_, index) => (
                  <XAxis key={index} xAxisId={seriesKey(index + 1)} type="number" reversed={rtl} hide />
                ))}
          </BarChart>
        )}
      </div>
    </div>
  );
}
