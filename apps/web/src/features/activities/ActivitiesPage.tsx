import { Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../components/icons';
import { Page } from '../../components/Page';
import { useFormatters } from '../../i18n/format';
import { useViewerCan } from '../../session';
import { quarterBounds, quarterOf } from '../../components/quarters';
import { ActivityFilters, isActivityType } from './ActivityFilters';
import { AgendaView } from './AgendaView';
import {
  firstDayOfWeek,
  localDay,
  monthBounds,
  monthKey,
  monthOf,
  monthOfDay,
  parseDay,
  parseMonth,
  weekDays,
} from './calendar';
import { MapView } from './MapView';
import { MonthView } from './MonthView';
import { WeekView } from './WeekView';

const VIEWS = ['calendar', 'week', 'agenda', 'list', 'map'] as const;
export type ActivitiesView = (typeof VIEWS)[number];

const isView = (value: unknown): value is ActivitiesView =>
  typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Activities as a month calendar, a week, an agenda, a list or a world map. What is shown (view, month,
 * day, filters, dates) lives in the address, so that it can be shared and comes back with the Back button.
 */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const can = useViewerCan();
  const [params, setParams] = useSearchParams();
  const now = new Date();
  const viewParam = params.get('view');
  const view = isView(viewParam) ? viewParam : 'calendar';
  const chosenMonth = parseMonth(params.get('month'));
  const month = chosenMonth ?? monthOf(now);
  // The week and the agenda start from the day chosen, else today, or the month's first day when a
  // month other than this one is shown.
  const today = localDay(now);
  const day =
    parseDay(params.get('day')) ??
    (chosenMonth && monthKey(chosenMonth) !== today.slice(0, 7) ? monthBounds(chosenMonth).from : today);
  const typeParam = params.get('type');
  const type = isActivityType(typeParam) ? typeParam : null;
  const countryCode = params.get('country');
  const defaults = quarterBounds(quarterOf(now));
  const fromParam = params.get('from');
  const toParam = params.get('to');
  const from = isDay(fromParam) ? fromParam : defaults.from;
  const to = isDay(toParam) ? toParam : defaults.to;

  const update = (changes: Record<string, string | null>) =>
    setParams((current) => withChanges(current, changes), { replace: true });
  // A day of the week or the agenda keeps the month with it, for the calendar and the list.
  const changeDay = (next: string) => update({ day: next, month: monthKey(monthOfDay(next)) });

  const week = weekDays(day, firstDayOfWeek(format.language));
  const shown: { from: string; to?: string } =
    view === 'calendar' || view === 'list'
      ? monthBounds(month)
      : view === 'week'
        ? { from: week[0], to: week[6] }
        : view === 'agenda'
          ? { from: day }
          : { from, to };
  const exportUrl = activitiesCalendarUrl(
    { ...shown, type, countryCode: view === 'map' ? null : countryCode },
    format.language,
  );

  return (
    <Page
      title={t('activities.title')}
      description={t('activities.intro')}
      actions={
        <Group gap="xs">
          <Button component="a" href={exportUrl} download variant="default">
            {t('activities.exportCalendar')}
          </Button>
          {can.recordActivities && (
            <Button component={Link} to="/activities/new" leftSection={<PlusIcon size={18} />}>
              {t('activities.record')}
            </Button>
          )}
        </Group>
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
        ) : view === 'week' ? (
          <WeekView day={day} type={type} countryCode={countryCode} onDayChange={changeDay} />
        ) : view === 'agenda' ? (
          <AgendaView day={day} type={type} countryCode={countryCode} onDayChange={changeDay} />
        ) : (
          <MonthView
            view={view}
            month={month}
            type={type}
            countryCode={countryCode}
            onMonthChange={(next) => update({ month: monthKey(next), day: null })}
            dayLink={(busy) => `?${withChanges(params, { view: 'agenda', day: busy }).toString()}`}
          />
        )}
      </Stack>
    </Page>
  );
}

function withChanges(current: URLSearchParams, changes: Record<string, string | null>): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/** The activities as an iCalendar file: the filters and the days shown, texts in the reader's language. */
export function activitiesCalendarUrl(filter: Record<string, string | null | undefined>, language: string): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value) query.set(name, value);
  query.set('language', language);
  return `/exports/activities.ics?${query.toString()}`;
}
