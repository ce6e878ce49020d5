export { loadForgotPasswordPage, loadResetPasswordPage } from './lazy-pages';
// Public pages of other features (unsubscribing from mail) use the same card.
export { AuthCard } from './AuthCard';
export { SignInPage } from './SignInPage';
export { signInPathFor } from './next-path';
export { useSignOut } from './useSignOut';
// The GraphQL client renews the session with it, never for these operations.
export { AUTH_OPERATION_NAMES, RefreshSessionDocument } from './operations';
