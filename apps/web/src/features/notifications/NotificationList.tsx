import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import classes from './NotificationList.module.css';

interface NotificationListProps {
  notifications: readonly NotificationFieldsFragment[];
  /** Called when one is opened: it is marked read. */
  onOpen: (notification: NotificationFieldsFragment) => void;
  compact?: boolean;
}

/** Newest first; unread ones stand out (a dot and bold text, and "Unread" for screen readers). */
export function NotificationList({ notifications, onOpen, compact }: NotificationListProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack component="ul" className="plain-list notification-list" gap={0}>
      {notifications.map((notification) => {
        const unread = !notification.readAt;
        return (
          <li
            key={notification.id}
            className={unread ? `${classes.notificationItem} ${classes.unread}` : classes.notificationItem}
          >
            <Group gap="sm" wrap="nowrap" align="flex-start" p={compact ? 'xs' : 'sm'}>
              <span className="unread-dot" aria-hidden="true" data-visible={unread || undefined} />
              <Stack gap={2} miw={0} style={{ flex: 1 }}>
                <Anchor
                  component={Link}
                  to={notification.link}
                  onClick={() => onOpen(notification)}
                  fw={unread ? 700 : 400}
                  c="var(--mantine-color-text)"
                  size="sm"
                  className={classes.notificationLink}
                >
                  {unread && <span className="visually-hidden">{t('notifications.unread')}: </span>}
                  <bdi>{notification.title}</bdi>
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t(`enums.notificationType.${notification.type}`)} ·{' '}
                  <time dateTime={notification.createdAt} title={format.dateTime(notification.createdAt)}>
                    {format.relative(notification.createdAt)}
                  </time>
                </Text>
              </Stack>
            </Group>
          </li>
        );
      })}
    </Stack>
  );
}
