import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';

interface ShowMoreProps {
  /** What the list should be called by the button, for those who hear several of them on the page. */
  label: string;
  shown: number;
  total: number;
  hasMore: boolean;
  onMore: () => Promise<unknown>;
}

/**
 * Under one of a project's lists that is longer than its first page: how much of it is shown, and a
 * button for the next page. Nothing for a list shown whole from the start.
 */
export function ShowMore({ label, shown, total, hasMore, onMore }: ShowMoreProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [paged, setPaged] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!hasMore && !paged) return null;

  const more = async () => {
    setLoading(true);
    setError(null);
    try {
      await onMore();
      setPaged(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Group gap="sm" align="center">
      <Text c="dimmed" size="sm" aria-live="polite">
        {t('common.showingOf', { shown: format.number(shown), total: format.number(total) })}
      </Text>
      {hasMore && (
        <Button
          variant="default"
          size="xs"
          onClick={() => void more()}
          loading={loading}
          aria-label={t('projects.showMoreOf', { list: label })}
        >
          {t('common.loadMore')}
        </Button>
      )}
      {error !== null && <ErrorState error={error} onRetry={() => void more()} />}
    </Group>
  );
}
