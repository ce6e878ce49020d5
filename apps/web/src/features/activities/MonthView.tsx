import { useMemo } from 'react';
import { ActionIcon, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ActivityType } from '@ctcp/shared';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { useLatestChoice } from '../../components/useLatestChoice';
import { isRightToLeft } from '@ctcp/shared';
import { useFormatters } from '../../i18n/format';
import { ActivityCalendar } from './ActivityCalendar';
import { ActivityTable } from './ActivityTable';
import { type Month, monthBounds, monthKey, monthOf, shiftMonth } from './calendar';
import { ActivitiesDocument } from './operations';

interface MonthViewProps {
  view: 'calendar' | 'list';
  month: Month;
  type: ActivityType | null;
  countryCode: string | null;
  onMonthChange: (month: Month) => void;
}

/** One month of activities, as a calendar or a list, with the way to the months around it. */
export function MonthView({ view, month: chosen, type, countryCode, onMonthChange }: MonthViewProps) {
  const { t } = useTranslation();
  const [month, setMonth] = useLatestChoice(chosen, monthKey);
  const go = (next: Month) => {
    setMonth(next);
    onMonthChange(next);
  };
  const format = useFormatters();
  const { from, to } = monthBounds(month);
  const { data, previousData, loading, error, refetch } = useQuery(ActivitiesDocument, {
    variables: { language: format.language, filter: { from, to, type, countryCode } },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const activities = useMemo(() => shown?.activities.edges.map((edge) => edge.node) ?? [], [shown]);
  const monthName = new Intl.DateTimeFormat(format.language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${from}T00:00:00Z`));
  const today = new Date();
  const todayKey = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  // Arrows point the way the months go in the reading direction.
  const [back, forward] = isRightToLeft(format.language) ? ['→', '←'] : ['←', '→'];

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <Group gap="xs">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('activities.previousMonth')}
            onClick={() => go(shiftMonth(month, -1))}
          >
            <span aria-hidden="true">{back}</span>
          </ActionIcon>
          <Title order={2} size="h3" miw={180} ta="center" aria-live="polite">
            {monthName}
          </Title>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('activities.nextMonth')}
            onClick={() => go(shiftMonth(month, 1))}
          >
            <span aria-hidden="true">{forward}</span>
          </ActionIcon>
        </Group>
        <Button variant="subtle" size="sm" onClick={() => go(monthOf(today))}>
          {t('activities.thisMonth')}
        </Button>
      </Group>
      {error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shown && loading ? (
        <LoadingState />
      ) : view === 'calendar' ? (
        <>
          <ActivityCalendar month={month} label={monthName} activities={activities} today={todayKey} />
          <Text size="sm" c="dimmed">
            {t('activities.countInMonth', { number: format.number(activities.length) })}
          </Text>
        </>
      ) : activities.length === 0 ? (
        <EmptyState title={t('activities.emptyMonth')} />
      ) : (
        <ActivityTable label={monthName} activities={activities} />
      )}
    </Stack>
  );
}
