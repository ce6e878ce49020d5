export { loadUndeliveredMailPage } from './lazy-pages';
