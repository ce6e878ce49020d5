export { loadAcceptInvitationPage, loadInvitationsPage } from './lazy-pages';
