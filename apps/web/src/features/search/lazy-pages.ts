/** The results page loads on first visit, as its own chunk: the router gets this loader, not the page. */
export const loadSearchPage = () => import('./SearchPage');
