export { loadAuditTrailPage } from './lazy-pages';
// The navigation offers the audit trail to those who may read it.
