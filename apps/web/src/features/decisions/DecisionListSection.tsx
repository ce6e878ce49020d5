import { Button, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DECISION_STATUSES, type DecisionStatus } from '@ctcp/shared';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { DecisionList } from './DecisionList';
import { useDecisionList } from './useDecisionList';

/** The status filter, the list and its "show more": on the decisions page and in a workspace's tab. */
export function DecisionListSection({
  workspaceId,
  status,
  onStatusChange,
}: {
  workspaceId?: string;
  status: DecisionStatus | null;
  onStatusChange: (status: DecisionStatus | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, previousData, loading, error, refetch, loadMore, loadingMore } = useDecisionList({
    workspaceId: workspaceId ?? null,
    status,
  });
  const shown = data ?? previousData;
  const decisions = shown?.decisions.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="sm">
      <Select
        label={t('decisions.statusLabel')}
        placeholder={t('decisions.allStatuses')}
        data={DECISION_STATUSES.map((value) => ({ value, label: t(`decisions.status.${value}`) }))}
        value={status}
        onChange={(value) => onStatusChange(value as DecisionStatus | null)}
        clearable
        w={{ base: '100%', sm: 260 }}
      />
      {error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shown && loading ? (
        <LoadingState />
      ) : decisions.length === 0 ? (
        <EmptyState title={status ? t('decisions.emptyFiltered') : t('decisions.empty')} />
      ) : (
        <>
          <Text c="dimmed" size="sm" aria-live="polite">
            {t('common.showingOf', {
              shown: format.number(decisions.length),
              total: shown ? format.count(shown.decisions) : format.number(decisions.length),
            })}
          </Text>
          <DecisionList decisions={decisions} showWorkspace={!workspaceId} />
          {data?.decisions.pageInfo.hasNextPage && (
            <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
              {t('common.loadMore')}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
