export { loadFundingPage } from './lazy-pages';
// Projects and reports show funding too.
export { ContributionTable } from './ContributionTable';
export { DonorFundingChart } from './DonorFundingChart';
