/** Each page loads on first visit, as its own chunk: the router gets these loaders, not the pages. */
export const loadWorkspacesPage = () => import('./WorkspacesPage');
export const loadWorkspacePage = () => import('./WorkspacePage');
