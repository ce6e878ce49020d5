export { UndeliveredMailPage } from './UndeliveredMailPage';
