export { loadProjectFormPages, loadProjectPage, loadProjectsPage } from './lazy-pages';
