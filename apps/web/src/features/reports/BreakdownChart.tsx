import { useTranslation } from 'react-i18next';
import { isPillar, isRegionalGroup } from './vocabularies';
import { BarChartFigure } from '../../components/BarChartFigure';
import type { QuarterFiguresFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';

export type BreakdownKind = 'pillar' | 'workingGroup' | 'region';

// The UN blue, lighter on the dark scheme (global.css).
const ACTIVITIES_COLOR = 'var(--app-accent)';
const TRAINED_COLOR = 'orange.5';

interface Row {
  key: string;
  label: string;
  activities: number;
  individualsTrained: number;
}

/** Activities and people trained in the quarter, by pillar, working group or region. */
export function BreakdownChart({ figures, kind }: { figures: QuarterFiguresFieldsFragment; kind: BreakdownKind }) {
  const { t } = useTranslation();
  const format = useFormatters();

  const rows: Row[] =
    kind === 'workingGroup'
      ? figures.activitiesByWorkingGroup.map((row) => ({
          ...row,
          key: row.workingGroup.id,
          label: row.workingGroup.name,
        }))
      : (kind === 'pillar' ? figures.activitiesByPillar : figures.activitiesByRegion).map((row) => ({
          ...row,
          label:
            kind === 'pillar'
              ? isPillar(row.key)
                ? t(`enums.pillar.${row.key}`)
                : row.key
              : isRegionalGroup(row.key)
                ? t(`enums.regionalGroup.${row.key}`)
                : row.key === 'ONLINE'
                  ? t('reports.online')
                  : t('reports.otherPlaces'),
        }));

  return (
    <BarChartFigure
      title={t(`reports.chart.${kind}`)}
      rowHeader={t(`reports.byHeader.${kind}`)}
      series={[
        { label: t('reports.figures.activities'), color: ACTIVITIES_COLOR },
        { label: t('reports.figures.individualsTrained'), color: TRAINED_COLOR },
      ]}
      rows={rows.map((row) => ({ key: row.key, label: row.label, values: [row.activities, row.individualsTrained] }))}
      format={format.number}
      independentScales
    />
  );
}
