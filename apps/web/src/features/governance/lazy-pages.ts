/** Each page loads on first visit, as its own chunk: the router gets these loaders, not the pages. */
export const loadGovernanceBodiesPage = () => import('./GovernanceBodiesPage');
export const loadGovernanceBodyPage = () => import('./GovernanceBodyPage');
export const loadMeetingPage = () => import('./MeetingPage');
