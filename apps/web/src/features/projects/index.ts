export { loadProjectFormPages, loadProjectPage, loadProjectsPage } from './lazy-pages';
// The home page shows the projects of one's work.
export { ProjectStatusBadge } from './badges';
