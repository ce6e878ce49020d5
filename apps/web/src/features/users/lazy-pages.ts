/** Each page loads on first visit, as its own chunk: the router gets these loaders, not the pages. */
export const loadPeoplePage = () => import('./PeoplePage');
export const loadPersonPage = () => import('./PersonPage');
