/** Each page loads on first visit, as its own chunk: the router gets these loaders, not the pages. */
export const loadRequestsPage = () => import('./RequestsPage');
export const loadTriageBoardPage = () => import('./TriageBoardPage');
export const loadRequestPage = () => import('./RequestPage');
export const loadRequestFormPages = () => import('./RequestFormPage');
