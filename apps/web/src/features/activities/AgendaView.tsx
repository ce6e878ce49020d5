import { useMemo } from 'react';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityType } from '@ctcp/shared';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { useLatestChoice } from '../../components/useLatestChoice';
import { useFormatters } from '../../i18n/format';
import { ActivityDayList } from './ActivityDayList';
import { agendaDays, localDay, shiftDay } from './calendar';
import { PeriodNav } from './PeriodNav';
import { usePagedActivities } from './useActivities';

interface AgendaViewProps {
  /** The first day shown. */
  day: string;
  type: ActivityType | null;
  countryCode: string | null;
  onDayChange: (day: string) => void;
}

/**
 * The activities from a day on, in date order and grouped by day (those still going on that day first),
 * a page at a time.
 */
export function AgendaView({ day: chosen, type, countryCode, onDayChange }: AgendaViewProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [day, setDay] = useLatestChoice(chosen, (value) => value);
  const go = (next: string) => {
    setDay(next);
    onDayChange(next);
  };
  const fullDate = useMemo(
    () => new Intl.DateTimeFormat(format.language, { dateStyle: 'full', timeZone: 'UTC' }),
    [format.language],
  );
  const dateOf = (value: string) => fullDate.format(new Date(`${value}T00:00:00Z`));
  const { activities, connection, loading, error, refetch, hasMore, loadingMore, loadMore } = usePagedActivities({
    from: day,
    type,
    countryCode,
  });
  const days = useMemo(() => agendaDays(day, activities), [day, activities]);
  const today = localDay(new Date());

  return (
    <Stack gap="sm">
      <PeriodNav
        title={t('activities.agendaFrom', { day: dateOf(day) })}
        previousLabel={t('activities.previousWeek')}
        nextLabel={t('activities.nextWeek')}
        currentLabel={t('activities.today')}
        onPrevious={() => go(shiftDay(day, -7))}
        onNext={() => go(shiftDay(day, 7))}
        onCurrent={() => go(today)}
      />
      {error ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : loading || !connection ? (
        <LoadingState />
      ) : activities.length === 0 ? (
        <EmptyState title={t('activities.emptyAgenda')} />
      ) : (
        <Stack gap="md">
          <Text c="dimmed" size="sm" aria-live="polite">
            {t('common.showingOf', { shown: format.number(activities.length), total: format.count(connection) })}
          </Text>
          {days.map((group) => (
            <section key={group.day} aria-label={dateOf(group.day)}>
              <Title order={3} size="h5" mb="xs">
                <time dateTime={group.day} aria-current={group.day === today ? 'date' : undefined}>
                  {dateOf(group.day)}
                </time>
              </Title>
              <ActivityDayList activities={group.activities} />
            </section>
          ))}
          {hasMore && (
            <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
              {t('common.loadMore')}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
