export { WorkingGroupPage } from './WorkingGroupPage';
export { WorkingGroupsPage } from './WorkingGroupsPage';
