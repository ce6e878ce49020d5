export { loadNotificationsPage, loadUnsubscribePage } from './lazy-pages';
export { NotificationBell } from './NotificationBell';
export { NotificationToasts } from './NotificationToasts';
