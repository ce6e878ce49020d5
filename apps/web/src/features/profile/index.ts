export { ProfilePage } from './ProfilePage';
// The language switcher saves the choice to the profile.
export { UpdateMyProfileDocument } from './operations';
