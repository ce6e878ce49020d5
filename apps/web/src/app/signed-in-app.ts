// One chunk, loaded once someone is signed in: the layout every signed-in page is shown in (header,
// navigation, search, notifications, live connection) and the first page after signing in.
export { AppShellLayout } from './AppShellLayout';
export { HomePage } from './HomePage';
export { NotFoundPage } from './NotFoundPage';
export { PrintableLayout } from './PrintableLayout';
