export { loadPeoplePage, loadPersonPage } from './lazy-pages';
