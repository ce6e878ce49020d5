export { loadEntitiesPage, loadMemberStatesPage, loadOrganizationPage } from './lazy-pages';
export { type UnitNode, unitTree } from './units';
