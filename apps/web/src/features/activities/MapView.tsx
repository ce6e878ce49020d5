import { useState } from 'react';
import { Group, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ActivityType } from '@ctcp/shared';
import { ErrorState, LoadingState } from '../../components/QueryStates';
import { DayField } from '../../components/DateFields';
import { ActivityMap } from './ActivityMap';
import { useDayRange } from './dates';
import { ActivitiesByCountryDocument } from './operations';

export interface DayRange {
  from: string;
  to: string;
}

interface MapViewProps {
  /** The dates the address gives; the view then keeps its own, and writes both back on each change. */
  initialRange: DayRange;
  type: ActivityType | null;
  onRangeChange: (range: DayRange) => void;
}

/** Activities and people trained per host country, between two dates. */
export function MapView({ initialRange, type, onRangeChange }: MapViewProps) {
  const { t } = useTranslation();
  const dayRange = useDayRange();
  const [{ from, to }, setRange] = useState(initialRange);
  const change = (changed: Partial<DayRange>) => {
    const next = { from, to, ...changed };
    setRange(next);
    onRangeChange(next);
  };
  const { data, previousData, loading, error, refetch } = useQuery(ActivitiesByCountryDocument, {
    variables: { filter: { from, to, type } },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;

  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-end">
        <DayField
          label={t('activities.from')}
          value={from}
          maxDate={to}
          clearable={false}
          onChange={(value) => value && change({ from: value })}
        />
        <DayField
          label={t('activities.to')}
          value={to}
          minDate={from}
          clearable={false}
          onChange={(value) => value && change({ to: value })}
        />
      </Group>
      {error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shown && loading ? (
        <LoadingState />
      ) : (
        <ActivityMap
          title={t('activities.map.title', { range: dayRange(from, to) })}
          figures={shown?.activitiesByCountry ?? []}
        />
      )}
    </Stack>
  );
}
