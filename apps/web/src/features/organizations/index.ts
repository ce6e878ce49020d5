export { loadEntitiesPage, loadMemberStatesPage, loadOrganizationPage } from './lazy-pages';
