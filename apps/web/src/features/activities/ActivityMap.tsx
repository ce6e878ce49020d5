import { useEffect, useMemo, useState } from 'react';
import { SegmentedControl, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Topology } from 'topojson-specification';
import { ChartFigure } from '../../components/ChartFigure';
import { LoadingState } from '../../components/QueryStates';
import { countryName } from '../../i18n/countries';
import { useFormatters } from '../../i18n/format';
import type { WorldMap } from './map-geometry';
import classes from './ActivityMap.module.css';

export interface CountryFigures {
  countryCode: string;
  activities: number;
  individualsTrained: number;
  participants: number;
}

type Measure = 'activities' | 'individualsTrained';

const MAP_WIDTH = 960;
const MAP_HEIGHT = 470;
const MAX_RADIUS = 18;
const MIN_RADIUS = 3;

/** The world map's shapes, loaded once and only where a map is shown. */
function useWorldMap(): WorldMap | null {
  const [map, setMap] = useState<WorldMap | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([import('./map-geometry'), import('world-atlas/countries-110m.json')]).then(
      ([geometry, atlas]) => {
        if (live) setMap(geometry.buildWorldMap(atlas.default as unknown as Topology, MAP_WIDTH, MAP_HEIGHT));
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return map;
}

/** Where activities took place and how many people they trained: circles by country, and the table. */
export function ActivityMap({ title, figures }: { title: string; figures: readonly CountryFigures[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const map = useWorldMap();
  const [measure, setMeasure] = useState<Measure>('activities');
  const reached = useMemo(() => new Set(figures.map((row) => row.countryCode)), [figures]);
  const rows = useMemo(
    () =>
      [...figures]
        .map((row) => ({ ...row, name: countryName(row.countryCode, format.language) }))
        .sort((a, b) => b[measure] - a[measure] || a.name.localeCompare(b.name, format.language)),
    [figures, format.language, measure],
  );
  const max = Math.max(1, ...figures.map((row) => row[measure]));
  const radius = (value: number) => (value > 0 ? Math.max(MIN_RADIUS, Math.sqrt(value / max) * MAX_RADIUS) : 0);

  const chart = map ? (
    <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} className={classes.activityMap} focusable="false">
      {map.countries.map((country, index) => (
        <path
          key={index}
          d={country.path}
          className={
            country.code && reached.has(country.code) ? `${classes.mapCountry} ${classes.reached}` : classes.mapCountry
          }
        />
      ))}
      {rows.map((row) => {
        const point = map.locate(row.countryCode);
        if (!point || row[measure] === 0) return null;
        return (
          <circle
            key={row.countryCode}
            cx={point[0]}
            cy={point[1]}
            r={radius(row[measure])}
            className={classes.mapCircle}
          >
            <title>{`${row.name}: ${format.number(row[measure])}`}</title>
          </circle>
        );
      })}
    </svg>
  ) : (
    <LoadingState />
  );

  const table = (
    <>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('activities.map.country')}</Table.Th>
          <Table.Th scope="col" ta="end">
            {t('activities.map.activities')}
          </Table.Th>
          <Table.Th scope="col" ta="end">
            {t('activities.individualsTrained')}
          </Table.Th>
          <Table.Th scope="col" ta="end">
            {t('activities.participants')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.countryCode}>
            <Table.Th scope="row" fw={400}>
              {row.name}
            </Table.Th>
            <Table.Td ta="end" className="figure-cell">
              {format.number(row.activities)}
            </Table.Td>
            <Table.Td ta="end" className="figure-cell">
              {format.number(row.individualsTrained)}
            </Table.Td>
            <Table.Td ta="end" className="figure-cell">
              {format.number(row.participants)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </>
  );

  return (
    <ChartFigure
      title={title}
      controls={
        <SegmentedControl
          size="xs"
          aria-label={t('activities.map.measure')}
          value={measure}
          onChange={(value) => setMeasure(value === 'individualsTrained' ? 'individualsTrained' : 'activities')}
          data={[
            { value: 'activities', label: t('activities.map.activities') },
            { value: 'individualsTrained', label: t('activities.individualsTrained') },
          ]}
        />
      }
      chart={chart}
      table={table}
      tableMinWidth={480}
    />
  );
}
