export { loadDecisionPage, loadDecisionsPage } from './lazy-pages';
// A workspace shows its decisions in a tab of its page.
export { WorkspaceDecisions } from './WorkspaceDecisions';
