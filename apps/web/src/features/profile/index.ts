export { loadProfilePage, loadTwoFactorRequired } from './lazy-pages';
// The language switcher saves the choice to the profile.
export { UpdateMyProfileDocument } from './operations';
