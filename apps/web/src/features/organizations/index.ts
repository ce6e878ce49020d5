export { EntitiesPage } from './EntitiesPage';
export { MemberStatesPage } from './MemberStatesPage';
export { OrganizationPage } from './OrganizationPage';
