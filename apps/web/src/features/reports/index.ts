export { loadDashboardPage, loadQuarterlyReportPages } from './lazy-pages';
// The app prints the report alone, in the language the address asks for.
export { printLanguage, usePrintMode } from './print-mode';
