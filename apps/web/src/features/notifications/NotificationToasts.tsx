import { useCallback, useEffect, useRef, useState } from 'react';
import { Anchor, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_TYPES, type NotificationEvent, type NotificationType } from '@ctcp/shared';
import { BellIcon } from '../../components/icons';
import { useFormatters } from '../../i18n/format';
import { type NotificationSource, useNotificationEvents } from '../../realtime';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';
import classes from './NotificationToasts.module.css';

function isNotificationType(value: string): value is NotificationType {
  return (NOTIFICATION_TYPES as readonly string[]).includes(value);
}

/** Missed notifications synced after a reconnect: up to this many get a toast each, more one summary. */
export const SYNCED_TOASTS_MAX = 3;
const TOASTS_SHOWN_MAX = 4;
const TOAST_DURATION_MS = 8000;

export type Toast =
  | { key: string; kind: 'notification'; notification: NotificationEvent }
  | { key: string; kind: 'summary'; count: number };

/** What to show for a batch of new notifications. */
export function toastsFor(notifications: readonly NotificationEvent[], source: NotificationSource): Toast[] {
  if (source === 'sync' && notifications.length > SYNCED_TOASTS_MAX) {
    return [
      { key: `summary-${notifications[notifications.length - 1].id}`, kind: 'summary', count: notifications.length },
    ];
  }
  return notifications.map((notification) => ({ key: notification.id, kind: 'notification', notification }));
}

/**
 * New notifications as toasts, in a polite live region (screen readers hear them without losing their
 * place). Each stays a few seconds, longer while hovered or focused, and can be closed.
 */
export function NotificationToasts() {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);

  useNotificationEvents((notifications, source) => {
    const incoming = toastsFor(notifications, source);
    setToasts((shown) => {
      const keys = new Set(shown.map((toast) => toast.key));
      return [...shown, ...incoming.filter((toast) => !keys.has(toast.key))].slice(-TOASTS_SHOWN_MAX);
    });
  });

  const dismiss = useCallback((key: string) => setToasts((shown) => shown.filter((toast) => toast.key !== key)), []);

  return (
    <div className={classes.toastRegion} role="status" aria-live="polite" aria-label={t('notifications.toastRegion')}>
      {toasts.map((toast) => (
        <ToastCard key={toast.key} toast={toast} onDismiss={dismiss} />
      ))}
    </div>
  );
}

function ToastCard({ toast, onDismiss }: { toast: Toast; onDismiss: (key: string) => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { markOne } = useMarkNotificationsRead();
  const [paused, setPaused] = useState(false);
  const remaining = useRef(TOAST_DURATION_MS);

  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(() => onDismiss(toast.key), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(1500, remaining.current - (Date.now() - started));
    };
  }, [paused, toast.key, onDismiss]);

  const pause = () => setPaused(true);
  const resume = () => setPaused(false);

  return (
    <Paper
      className={classes.toast}
      shadow="lg"
      radius="md"
      withBorder
      p="sm"
      onMouseEnter={pause}
      onMouseLeave={resume}
      onFocus={pause}
      onBlur={resume}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <span className={classes.toastIcon} aria-hidden="true">
          <BellIcon size={18} />
        </span>
        <Stack gap={2} miw={0} style={{ flex: 1 }}>
          {toast.kind === 'notification' ? (
            <>
              <Text size="xs" c="dimmed" fw={600}>
                {isNotificationType(toast.notification.type)
                  ? t(`enums.notificationType.${toast.notification.type}`)
                  : t('notifications.title')}
              </Text>
              <Anchor
                component={Link}
                to={toast.notification.link}
                size="sm"
                fw={600}
                c="var(--mantine-color-text)"
                onClick={() => {
                  void markOne(toast.notification.id).catch(() => undefined);
                  onDismiss(toast.key);
                }}
              >
                <bdi>{toast.notification.title}</bdi>
              </Anchor>
            </>
          ) : (
            <Anchor
              component={Link}
              to="/notifications"
              size="sm"
              fw={600}
              c="var(--mantine-color-text)"
              onClick={() => onDismiss(toast.key)}
            >
              {t('notifications.missedSummary', { number: format.number(toast.count) })}
            </Anchor>
          )}
        </Stack>
        <CloseButton size="sm" aria-label={t('notifications.dismiss')} onClick={() => onDismiss(toast.key)} />
      </Group>
    </Paper>
  );
}
