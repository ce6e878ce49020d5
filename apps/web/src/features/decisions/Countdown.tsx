import { useEffect, useState } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';

/** The current time, again every `intervalMs` while the component is shown. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * The deadline in the reader's time zone and language, with the time left until it, counting down live.
 * The countdown is not announced at each tick: a screen reader reads it when it comes to it.
 */
export function Countdown({ until, size = 'sm' }: { until: string; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow();
  const seconds = Math.floor((new Date(until).getTime() - now) / 1000);
  return (
    <Text size={size} component="span">
      <time dateTime={until}>{format.dateTime(until)}</time>
      {' · '}
      <Text span size={size} c={seconds > 0 ? undefined : 'dimmed'} fw={seconds > 0 ? 600 : undefined}>
        {seconds > 0 ? t('decisions.remaining', { time: format.duration(seconds) }) : t('decisions.deadlinePassed')}
      </Text>
    </Text>
  );
}
