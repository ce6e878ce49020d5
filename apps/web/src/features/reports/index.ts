export { loadDashboardPage, loadQuarterlyReportPages } from './lazy-pages';
// The app prints the report alone, in the language the address asks for.
export { printLanguage, usePrintMode } from './print-mode';
// A coordinator's home page shows the quarter at a glance.
export { QuarterGlance } from './QuarterGlance';
