export type { NotificationSource } from './realtime-client';
export { useNotificationEvents, useRecordEvents } from './realtime-context';
export { RealtimeProvider } from './RealtimeProvider';
// Tests publish live events through a hub of their own.
export { createRealtimeHub, RealtimeContext } from './realtime-context';
