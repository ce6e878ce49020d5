export { loadWorkingGroupPage, loadWorkingGroupsPage } from './lazy-pages';
