import { useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import type { NotificationsQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { NotificationList } from './NotificationList';
import { NotificationsDocument } from './operations';
import { useNotificationEvents } from '../../realtime';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';

const PAGE_SIZE = 30;

function appendNotificationsPage(
  previous: NotificationsQuery,
  { fetchMoreResult }: { fetchMoreResult: NotificationsQuery },
): NotificationsQuery {
  return {
    ...fetchMoreResult,
    notifications: {
      ...fetchMoreResult.notifications,
      edges: [...previous.notifications.edges, ...fetchMoreResult.notifications.edges],
    },
  };
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(NotificationsDocument, {
    variables: { first: PAGE_SIZE, unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const { markOne, markAll, marking } = useMarkNotificationsRead();
  useNotificationEvents(() => void refetch().catch(() => undefined));

  const shown = data ?? previousData;
  const notifications = shown?.notifications.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.notifications.pageInfo;

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendNotificationsPage });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Page
      title={t('notifications.title')}
      description={t('notifications.intro')}
      actions={
        <Button variant="default" onClick={() => void markAll().catch(() => undefined)} loading={marking}>
          {t('notifications.markAllRead')}
        </Button>
      }
    >
      <Group gap="md">
        <SegmentedControl
          aria-label={t('notifications.show')}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(value) => setUnreadOnly(value === 'unread')}
          data={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadOnly') },
          ]}
        />
      </Group>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shown && loading ? (
        <LoadingState />
      ) : notifications.length === 0 ? (
        <EmptyState title={unreadOnly ? t('notifications.noUnread') : t('notifications.empty')} />
      ) : (
        <Stack gap="sm">
          <Text c="dimmed" size="sm" aria-live="polite">
            {t('common.showingOf', {
              shown: format.number(notifications.length),
              total: format.number(shown?.notifications.totalCount ?? notifications.length),
            })}
          </Text>
          <Paper withBorder radius="md">
            <NotificationList
              notifications={notifications}
              onOpen={(notification) => {
                if (!notification.readAt) void markOne(notification.id).catch(() => undefined);
              }}
            />
          </Paper>
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
