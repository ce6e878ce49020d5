/** Limits shared by the api (enforced) and the web app (shown in forms). */
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;
export const SEARCH_MAX_LENGTH = 100;

/** Access tokens are short-lived; the refresh token rotates on each use. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;
export const INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60;

/** Failed sign-ins allowed per window, per account and per client address. */
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 5;
export const SIGN_IN_MAX_ATTEMPTS_PER_ADDRESS = 30;

/** Cookie names set by signIn/refreshSession for the browser. */
export const ACCESS_COOKIE = 'ctcp_access';
export const REFRESH_COOKIE = 'ctcp_refresh';
