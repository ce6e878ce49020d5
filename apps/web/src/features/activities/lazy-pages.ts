/** Each page loads on first visit, as its own chunk: the router gets these loaders, not the pages. */
export const loadActivitiesPage = () => import('./ActivitiesPage');
export const loadActivityPage = () => import('./ActivityPage');
export const loadActivityFormPages = () => import('./ActivityFormPage');
