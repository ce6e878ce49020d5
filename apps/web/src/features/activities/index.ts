export { loadActivitiesPage, loadActivityFormPages, loadActivityPage } from './lazy-pages';
// Shown by projects and reports too.
export { ActivityTable } from './ActivityTable';
export { useDayRange } from './dates';
export { activityPlace } from './place';
