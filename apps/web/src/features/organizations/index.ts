export { loadEntitiesPage, loadMemberStatesPage, loadOrganizationPage } from './lazy-pages';
export { ACRONYM_MAX_LENGTH, emptyNames, type Names, NamesFields, namesInput } from './NamesFields';
export { type UnitNode, unitTree } from './units';
