import { useState } from 'react';
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../components/icons';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { ScrollTable } from '../../components/ScrollTable';
import { SearchInput } from '../../components/SearchInput';
import type { AssistanceRequestFilter } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useViewerCan } from '../../session';
import { MarkingBadge, OverdueBadge, PriorityBadge, StatusBadge } from './badges';
import { appendRequestsPage, useRefetchOnRequestUpdate } from './live';
import { AssistanceRequestsDocument } from './operations';

export type RequestListKind = 'all' | 'open' | 'assigned';

const FILTERS: Record<RequestListKind, AssistanceRequestFilter> = {
  all: {},
  open: { openForViewerOffer: true },
  assigned: { assignedToViewerOrganization: true },
};

/** The requests the viewer may read (a State's focal points: their State's), or those open for an offer, or assigned. */
export function RequestsPage({ kind }: { kind: RequestListKind }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const can = useViewerCan();
  const requester = can.requestAssistance;
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AssistanceRequestsDocument, {
    variables: { language: format.language, filter: { ...FILTERS[kind], search: debouncedSearch || null } },
    fetchPolicy: 'cache-and-network',
  });
  useRefetchOnRequestUpdate(refetch);

  const shown = data ?? previousData;
  const requests = shown?.assistanceRequests.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.assistanceRequests.pageInfo;
  const title =
    kind === 'open'
      ? t('requests.openTitle')
      : kind === 'assigned'
        ? t('requests.assignedTitle')
        : requester
          ? t('requests.ourTitle')
          : t('requests.title');
  const intro =
    kind === 'open'
      ? t('requests.openIntro')
      : kind === 'assigned'
        ? t('requests.assignedIntro')
        : requester
          ? t('requests.ourIntro')
          : t('requests.intro');

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendRequestsPage });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Page
      title={title}
      description={intro}
      actions={
        requester &&
        kind === 'all' && (
          <Button component={Link} to="/requests/new" leftSection={<PlusIcon size={18} />}>
            {t('requests.new')}
          </Button>
        )
      }
    >
      <SearchInput
        label={t('requests.search')}
        placeholder={t('requests.searchPlaceholder')}
        value={search}
        onChange={setSearch}
      />
      {error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shown && loading ? (
        <LoadingState />
      ) : requests.length === 0 ? (
        <EmptyState title={t('requests.empty')}>
          {debouncedSearch ? t('common.tryOtherSearch') : requester && kind === 'all' ? t('requests.startFirst') : null}
        </EmptyState>
      ) : (
        <Stack gap="sm">
          <Text c="dimmed" size="sm" aria-live="polite">
            {t('common.showingOf', {
              shown: format.number(requests.length),
              total: shown ? format.count(shown.assistanceRequests) : format.number(requests.length),
            })}
          </Text>
          <ScrollTable label={title} minWidth={requester ? 760 : 900}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('requests.reference')}</Table.Th>
                <Table.Th scope="col">{t('requests.titleLabel')}</Table.Th>
                {!requester && <Table.Th scope="col">{t('requests.state')}</Table.Th>}
                <Table.Th scope="col">{t('requests.status')}</Table.Th>
                <Table.Th scope="col">{t('requests.priority')}</Table.Th>
                <Table.Th scope="col">{t('requests.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.map((request) => (
                <Table.Tr key={request.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <bdi className="request-reference">{request.reference}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="wrap">
                      <Anchor component={Link} to={`/requests/${request.id}`} fw={600} inherit>
                        <bdi>{request.title}</bdi>
                      </Anchor>
                      <MarkingBadge classification={request.classification} />
                    </Group>
                  </Table.Td>
                  {!requester && (
                    <Table.Td>
                      <bdi>{request.requestingState.name}</bdi>
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Group gap={6} wrap="wrap">
                      <StatusBadge status={request.status} />
                      <OverdueBadge overdue={request.overdue} />
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <PriorityBadge priority={request.priority} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={request.updatedAt} title={format.dateTime(request.updatedAt)}>
                      {format.relative(request.updatedAt)}
                    </time>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
          {pageInfo?.hasNextPage && (
            <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
              {t('common.loadMore')}
            </Button>
          )}
        </Stack>
      )}
    </Page>
  );
}
