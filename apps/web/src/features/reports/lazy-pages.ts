/** Each page loads on first visit, as its own chunk: the router gets these loaders, not the pages. */
export const loadDashboardPage = () => import('./DashboardPage');
export const loadQuarterlyReportPages = () => import('./QuarterlyReportPage');
