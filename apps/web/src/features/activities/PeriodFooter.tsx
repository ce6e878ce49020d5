import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/QueryStates';

interface PeriodFooterProps {
  /** How many activities the period holds, in words. */
  count: string;
  /** Pages after the first are still being read. */
  loadingRest: boolean;
  error: unknown;
  retry: () => void;
}

/** Under a whole period (a month, a week): its count, whether the rest is still coming, and a failed page. */
export function PeriodFooter({ count, loadingRest, error, retry }: PeriodFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="sm">
        <Text size="sm" c="dimmed">
          {count}
        </Text>
        {loadingRest && (
          <Group gap={6} role="status">
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed">
              {t('common.loadingMore')}
            </Text>
          </Group>
        )}
      </Group>
      {error ? <ErrorState error={error} onRetry={retry} /> : null}
    </>
  );
}
