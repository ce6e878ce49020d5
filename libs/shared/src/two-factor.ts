/** How long the step between a right password and the code may take. */
export const MFA_CHALLENGE_TTL_SECONDS = 5 * 60;
/** Wrong codes for one person in MFA_WINDOW_SECONDS before RATE_LIMITED. */
export const MFA_MAX_FAILURES = 5;
export const MFA_WINDOW_SECONDS = 15 * 60;
/** Single-use codes issued when two-factor sign-in is turned on. */
export const RECOVERY_CODE_COUNT = 10;
