export { loadGovernanceBodiesPage, loadGovernanceBodyPage, loadMeetingPage } from './lazy-pages';
// The quarterly report page offers to publish the report to a body.
export { PublishReportButton } from './PublishReportButton';
