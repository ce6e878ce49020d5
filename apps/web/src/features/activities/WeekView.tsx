import { useMemo } from 'react';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityType } from '@ctcp/shared';
import { ErrorState, LoadingState } from '../../components/QueryStates';
import { useLatestChoice } from '../../components/useLatestChoice';
import { useFormatters } from '../../i18n/format';
import { ActivityDayList } from './ActivityDayList';
import { activitiesOn, firstDayOfWeek, localDay, shiftDay, weekDays } from './calendar';
import { formatDayRange } from './dates';
import { PeriodFooter } from './PeriodFooter';
import { PeriodNav } from './PeriodNav';
import { useWholeActivities } from './useActivities';

interface WeekViewProps {
  /** A day of the week shown. */
  day: string;
  type: ActivityType | null;
  countryCode: string | null;
  onDayChange: (day: string) => void;
}

/**
 * The seven days of a week, from the first day of the week where the language is spoken, each with every
 * activity taking place on it.
 */
export function WeekView({ day: chosen, type, countryCode, onDayChange }: WeekViewProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [day, setDay] = useLatestChoice(chosen, (value) => value);
  const go = (next: string) => {
    setDay(next);
    onDayChange(next);
  };
  const firstDay = firstDayOfWeek(format.language);
  const days = useMemo(() => weekDays(day, firstDay), [day, firstDay]);
  const dayName = useMemo(
    () => new Intl.DateTimeFormat(format.language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
    [format.language],
  );
  const title = formatDayRange(
    new Intl.DateTimeFormat(format.language, { dateStyle: 'long', timeZone: 'UTC' }),
    days[0],
    days[6],
  );
  const { activities, connection, loading, loadingRest, error, retry } = useWholeActivities({
    from: days[0],
    to: days[6],
    type,
    countryCode,
  });
  const today = localDay(new Date());

  return (
    <Stack gap="sm">
      <PeriodNav
        title={title}
        previousLabel={t('activities.previousWeek')}
        nextLabel={t('activities.nextWeek')}
        currentLabel={t('activities.thisWeek')}
        onPrevious={() => go(shiftDay(day, -7))}
        onNext={() => go(shiftDay(day, 7))}
        onCurrent={() => go(today)}
      />
      {error && !connection ? (
        <ErrorState error={error} onRetry={retry} />
      ) : loading || !connection ? (
        <LoadingState />
      ) : (
        <>
          <SimpleGrid component="ol" className="plain-list" cols={{ base: 1, sm: 2, lg: 7 }} spacing="xs">
            {days.map((weekDay) => {
              const entries = activitiesOn(weekDay, activities);
              return (
                <Paper component="li" key={weekDay} withBorder p="xs" radius="sm">
                  <Title order={3} size="h6" mb={6}>
                    <time dateTime={weekDay} aria-current={weekDay === today ? 'date' : undefined}>
                      {dayName.format(new Date(`${weekDay}T00:00:00Z`))}
                    </time>
                  </Title>
                  {entries.length > 0 ? (
                    <ActivityDayList activities={entries} compact />
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t('activities.emptyDay')}
                    </Text>
                  )}
                </Paper>
              );
            })}
          </SimpleGrid>
          <PeriodFooter
            count={t('activities.countInWeek', { number: format.count(connection) })}
            loadingRest={loadingRest}
            error={error}
            retry={retry}
          />
        </>
      )}
    </Stack>
  );
}
