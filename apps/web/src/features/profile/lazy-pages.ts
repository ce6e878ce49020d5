/** Each page loads on first visit, as its own chunk: the router gets these loaders, not the pages. */
export const loadProfilePage = () => import('./ProfilePage');
/** Shown instead of the app while a role's required second factor is not on: rarely, so on demand too. */
export const loadTwoFactorRequired = () => import('./TwoFactorRequired');
