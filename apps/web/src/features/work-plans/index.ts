export { loadWorkPlanItemPage, loadWorkPlanPage, loadWorkPlansPage } from './lazy-pages';
