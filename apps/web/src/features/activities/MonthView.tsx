import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityType } from '@ctcp/shared';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { useLatestChoice } from '../../components/useLatestChoice';
import { useFormatters } from '../../i18n/format';
import { ActivityCalendar } from './ActivityCalendar';
import { ActivityTable } from './ActivityTable';
import { localDay, type Month, monthBounds, monthKey, monthOf, shiftMonth } from './calendar';
import { PeriodFooter } from './PeriodFooter';
import { PeriodNav } from './PeriodNav';
import { usePagedActivities, useWholeActivities } from './useActivities';

interface MonthViewProps {
  view: 'calendar' | 'list';
  month: Month;
  type: ActivityType | null;
  countryCode: string | null;
  onMonthChange: (month: Month) => void;
  /** Where a day's whole list is, for a busy day of the calendar. */
  dayLink: (day: string) => string;
}

/** One month of activities, as a calendar or a list, with the way to the months around it. */
export function MonthView({ view, month: chosen, type, countryCode, onMonthChange, dayLink }: MonthViewProps) {
  const { t } = useTranslation();
  const [month, setMonth] = useLatestChoice(chosen, monthKey);
  const go = (next: Month) => {
    setMonth(next);
    onMonthChange(next);
  };
  const format = useFormatters();
  const { from, to } = monthBounds(month);
  const monthName = new Intl.DateTimeFormat(format.language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${from}T00:00:00Z`));
  const filter = { from, to, type, countryCode };

  return (
    <Stack gap="sm">
      <PeriodNav
        title={monthName}
        previousLabel={t('activities.previousMonth')}
        nextLabel={t('activities.nextMonth')}
        currentLabel={t('activities.thisMonth')}
        onPrevious={() => go(shiftMonth(month, -1))}
        onNext={() => go(shiftMonth(month, 1))}
        onCurrent={() => go(monthOf(new Date()))}
      />
      {view === 'calendar' ? (
        <MonthCalendar month={month} label={monthName} filter={filter} dayLink={dayLink} />
      ) : (
        <MonthList label={monthName} filter={filter} />
      )}
    </Stack>
  );
}

interface MonthPartProps {
  label: string;
  filter: { from: string; to: string; type: ActivityType | null; countryCode: string | null };
}

/** The month's every activity on its days: the calendar reads the whole month, page after page. */
function MonthCalendar({
  month,
  label,
  filter,
  dayLink,
}: MonthPartProps & { month: Month; dayLink: MonthViewProps['dayLink'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { activities, connection, loading, loadingRest, error, retry } = useWholeActivities(filter);
  if (error && !connection) return <ErrorState error={error} onRetry={retry} />;
  if (loading || !connection) return <LoadingState />;
  return (
    <>
      <ActivityCalendar
        month={month}
        label={label}
        activities={activities}
        today={localDay(new Date())}
        dayLink={dayLink}
      />
      <PeriodFooter
        count={t('activities.countInMonth', { number: format.count(connection) })}
        loadingRest={loadingRest}
        error={error}
        retry={retry}
      />
    </>
  );
}

/** The month's activities as a list, a page at a time. */
function MonthList({ label, filter }: MonthPartProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { activities, connection, loading, error, refetch, hasMore, loadingMore, loadMore } =
    usePagedActivities(filter);
  if (error) return <ErrorState error={error} onRetry={refetch} />;
  if (loading || !connection) return <LoadingState />;
  if (activities.length === 0) return <EmptyState title={t('activities.emptyMonth')} />;
  return (
    <Stack gap="sm">
      <Text c="dimmed" size="sm" aria-live="polite">
        {t('common.showingOf', { shown: format.number(activities.length), total: format.count(connection) })}
      </Text>
      <ActivityTable label={label} activities={activities} />
      {hasMore && (
        <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
          {t('common.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
