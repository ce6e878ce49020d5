export { loadRequestFormPages, loadRequestPage, loadRequestsPage, loadTriageBoardPage } from './lazy-pages';
// A project lists the requests linked to it.
export { OverdueBadge, StatusBadge } from './badges';
