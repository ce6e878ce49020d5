/** The `extensions.code` values of every GraphQL error the api returns (DESIGN.md section 4). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
  // The database is saturated or unreachable: try again shortly (HTTP 503).
  'UNAVAILABLE',
  // The password was right and a second factor is needed: completeSignIn with extensions.mfaToken.
  'MFA_REQUIRED',
  // The person's role needs two-factor sign-in and they have not turned it on yet: nothing else until they do.
  'MFA_ENROLMENT_REQUIRED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
