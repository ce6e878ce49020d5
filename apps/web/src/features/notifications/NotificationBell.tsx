import { useEffect, useState } from 'react';
import { Anchor, Button, Group, Indicator, Popover, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BellIcon } from '../../components/icons';
import { ErrorState, LoadingState } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { NotificationList } from './NotificationList';
import { NotificationsDocument, UnreadNotificationCountDocument } from './operations';
import { useNotificationEvents } from '../../realtime';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';
import classes from './NotificationBell.module.css';

const RECENT_COUNT = 8;

/** The unread count as a badge shows at most two digits. */
export function badgeText(count: number, formatNumber: (value: number) => string): string {
  return count > 99 ? `${formatNumber(99)}+` : formatNumber(count);
}

/**
 * The header's bell: the unread count (kept current by live notifications) and, opened, the newest
 * notifications with "Mark all read" and a link to all of them.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [opened, setOpened] = useState(false);
  const client = useApolloClient();
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  const count = data?.unreadNotificationCount ?? 0;

  useNotificationEvents((notifications, source) => {
    if (source === 'sync') return void refetch().catch(() => undefined);
    // A notification pushed live was just written, so it is unread: counted here rather than asked again.
    client.cache.updateQuery({ query: UnreadNotificationCountDocument }, (cached) =>
      cached ? { ...cached, unreadNotificationCount: cached.unreadNotificationCount + notifications.length } : cached,
    );
  });
  // Another tab or device may have read some meanwhile: counted again when this one is looked at again.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refetch().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refetch]);

  const label =
    count > 0 ? t('notifications.bellLabelUnread', { number: format.number(count) }) : t('notifications.bellLabel');

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      shadow="md"
      // Inside the header landmark, like the account menu.
      withinPortal={false}
      returnFocus
      trapFocus={false}
      radius="md"
      width="min(380px, calc(100vw - 1rem))"
    >
      <Popover.Target>
        <UnstyledButton
          className={`header-button ${classes.bellButton}`}
          aria-label={label}
          onClick={() => setOpened((open) => !open)}
        >
          <Indicator
            disabled={count === 0}
            label={badgeText(count, format.number)}
            size={18}
            offset={3}
            color="red"
            withBorder
            aria-hidden="true"
            className={classes.bellIndicator}
          >
            <BellIcon size={24} />
          </Indicator>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown className={classes.notificationPopover} p={0} aria-labelledby="notification-popover-heading">
        <RecentNotifications onNavigate={() => setOpened(false)} />
      </Popover.Dropdown>
    </Popover>
  );
}

function RecentNotifications({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NotificationsDocument, {
    variables: { first: RECENT_COUNT, unreadOnly: false },
    fetchPolicy: 'cache-and-network',
  });
  const { markOne, markAll, marking } = useMarkNotificationsRead();
  useNotificationEvents(() => void refetch().catch(() => undefined));
  const notifications = data?.notifications.edges.map((edge) => edge.node) ?? [];
  const anyUnread = notifications.some((notification) => !notification.readAt);

  return (
    <Stack gap={0}>
      <Group justify="space-between" gap="xs" px="sm" py="xs" className={classes.notificationPopoverHeader}>
        <Title order={2} size="h5" id="notification-popover-heading">
          {t('notifications.title')}
        </Title>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => void markAll().catch(() => undefined)}
          loading={marking}
          disabled={!anyUnread}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <div className={classes.notificationPopoverBody}>
        {error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : loading && !data ? (
          <LoadingState />
        ) : notifications.length === 0 ? (
          <Text size="sm" c="dimmed" p="md" ta="center">
            {t('notifications.empty')}
          </Text>
        ) : (
          <NotificationList
            compact
            notifications={notifications}
            onOpen={(notification) => {
              if (!notification.readAt) void markOne(notification.id).catch(() => undefined);
              onNavigate();
            }}
          />
        )}
      </div>
      <Anchor component={Link} to="/notifications" onClick={onNavigate} size="sm" p="sm" ta="center" fw={500}>
        {t('notifications.seeAll')}
      </Anchor>
    </Stack>
  );
}
