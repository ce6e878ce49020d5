import { Button, SegmentedControl, Stack } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../components/icons';
import { Page } from '../../components/Page';
import { useViewerCan } from '../../session';
import { quarterBounds, quarterOf } from '../../components/quarters';
import { ActivityFilters, isActivityType } from './ActivityFilters';
import { monthKey, monthOf, parseMonth } from './calendar';
import { MapView } from './MapView';
import { MonthView } from './MonthView';

const VIEWS = ['calendar', 'list', 'map'] as const;
export type ActivitiesView = (typeof VIEWS)[number];

const isView = (value: unknown): value is ActivitiesView =>
  typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Activities as a month calendar, a list or a world map. What is shown (view, month, filters, dates)
 * lives in the address, so that it can be shared and comes back with the Back button.
 */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const can = useViewerCan();
  const [params, setParams] = useSearchParams();
  const now = new Date();
  const viewParam = params.get('view');
  const view = isView(viewParam) ? viewParam : 'calendar';
  const month = parseMonth(params.get('month')) ?? monthOf(now);
  const typeParam = params.get('type');
  const type = isActivityType(typeParam) ? typeParam : null;
  const countryCode = params.get('country');
  const defaults = quarterBounds(quarterOf(now));
  const fromParam = params.get('from');
  const toParam = params.get('to');
  const from = isDay(fromParam) ? fromParam : defaults.from;
  const to = isDay(toParam) ? toParam : defaults.to;

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  return (
    <Page
      title={t('activities.title')}
      description={t('activities.intro')}
      actions={
        can.recordActivities && (
          <Button component={Link} to="/activities/new" leftSection={<PlusIcon size={18} />}>
            {t('activities.record')}
          </Button>
        )
      }
    >
      <Stack gap="md">
        <SegmentedControl
          aria-label={t('activities.views.label')}
          value={view}
          onChange={(value) => update({ view: value })}
          data={VIEWS.map((value) => ({ value, label: t(`activities.views.${value}`) }))}
          w={{ base: '100%', xs: 'fit-content' }}
        />
        <ActivityFilters
          type={type}
          countryCode={countryCode}
          withCountry={view !== 'map'}
          onChange={(changes) =>
            update({
              ...('type' in changes ? { type: changes.type ?? null } : {}),
              ...('countryCode' in changes ? { country: changes.countryCode ?? null } : {}),
            })
          }
        />
        {view === 'map' ? (
          <MapView initialRange={{ from, to }} type={type} onRangeChange={(range) => update({ ...range })} />
        ) : (
          <MonthView
            view={view}
            month={month}
            type={type}
            countryCode={countryCode}
            onMonthChange={(next) => update({ month: monthKey(next) })}
          />
        )}
      </Stack>
    </Page>
  );
}
