/** Each page loads on first visit, as its own chunk: the router gets these loaders, not the pages. */
export const loadWorkPlansPage = () => import('./WorkPlansPage');
export const loadWorkPlanPage = () => import('./WorkPlanPage');
export const loadWorkPlanItemPage = () => import('./WorkPlanItemPage');
