import { createContext, useContext, useEffect, useRef } from 'react';
import type { NotificationEvent } from '@ctcp/shared';
import type { ConnectionStatus, NotificationSource, RecordEventName, RecordEvents } from './realtime-client';

export type RecordListener = <E extends RecordEventName>(event: E, payload: RecordEvents[E]) => void;
export type NotificationListener = (notifications: NotificationEvent[], source: NotificationSource) => void;

/** Fans the live client's events out to the components that show something they concern. */
export interface RealtimeHub {
  status: ConnectionStatus;
  subscribeRecords(listener: RecordListener): () => void;
  subscribeNotifications(listener: NotificationListener): () => void;
  publishRecord: RecordListener;
  publishNotifications: NotificationListener;
}

export function createRealtimeHub(status: ConnectionStatus = 'disconnected'): RealtimeHub {
  const recordListeners = new Set<RecordListener>();
  const notificationListeners = new Set<NotificationListener>();
  return {
    status,
    subscribeRecords(listener) {
      recordListeners.add(listener);
      return () => void recordListeners.delete(listener);
    },
    subscribeNotifications(listener) {
      notificationListeners.add(listener);
      return () => void notificationListeners.delete(listener);
    },
    publishRecord(event, payload) {
      for (const listener of [...recordListeners]) listener(event, payload);
    },
    publishNotifications(notifications, source) {
      for (const listener of [...notificationListeners]) listener(notifications, source);
    },
  };
}

/** Without a provider (public pages, tests) nothing is live and nothing is published. */
export const RealtimeContext = createContext<RealtimeHub>(createRealtimeHub());

export function useRealtime(): RealtimeHub {
  return useContext(RealtimeContext);
}

/**
 * Calls `handler` (the latest one rendered) for every live `post.*`, `thread.*`, `assistanceRequest.*` or
 * `decision.*` event.
 */
export function useRecordEvents(handler: RecordListener): void {
  const hub = useRealtime();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => hub.subscribeRecords((event, payload) => latest.current(event, payload)), [hub]);
}

/** Calls `handler` (the latest one rendered) with each batch of new notifications. */
export function useNotificationEvents(handler: NotificationListener): void {
  const hub = useRealtime();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => hub.subscribeNotifications((notifications, source) => latest.current(notifications, source)), [hub]);
}
