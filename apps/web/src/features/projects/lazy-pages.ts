/** Each page loads on first visit, as its own chunk: the router gets these loaders, not the pages. */
export const loadProjectsPage = () => import('./ProjectsPage');
export const loadProjectPage = () => import('./ProjectPage');
export const loadProjectFormPages = () => import('./ProjectFormPage');
