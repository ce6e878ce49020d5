export { AcceptInvitationPage } from './AcceptInvitationPage';
export { InvitationsPage } from './InvitationsPage';
