export { NotificationBell } from './NotificationBell';
export { NotificationsPage } from './NotificationsPage';
export { NotificationToasts } from './NotificationToasts';
export { UnsubscribePage } from './UnsubscribePage';
