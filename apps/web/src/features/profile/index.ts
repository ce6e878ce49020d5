export { ProfilePage } from './ProfilePage';
// Shown instead of the app while a role's required second factor is not on.
export { TwoFactorRequired } from './TwoFactorRequired';
// The language switcher saves the choice to the profile.
export { UpdateMyProfileDocument } from './operations';
