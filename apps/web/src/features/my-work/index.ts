export { MyWork } from './MyWork';
