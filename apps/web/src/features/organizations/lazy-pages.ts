/** Each page loads on first visit, as its own chunk: the router gets these loaders, not the pages. */
export const loadEntitiesPage = () => import('./EntitiesPage');
export const loadMemberStatesPage = () => import('./MemberStatesPage');
export const loadOrganizationPage = () => import('./OrganizationPage');
