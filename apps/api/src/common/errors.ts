import type { ErrorCode } from '@ctcp/shared';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';

/** A GraphQL error carrying one of the contract's codes, and the input field at fault when there is one. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'Sign in to continue.') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError('FORBIDDEN', message);
/** Also the answer for a record the viewer may not see: its existence is not disclosed. */
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found.`);
export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });
export const conflict = (message: string, field?: string) => new AppError('CONFLICT', message, field ? { field } : {});
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError('RATE_LIMITED', 'Too many attempts. Try again later.', { retryAfterSeconds });

export const mfaRequired = (mfaToken: string) =>
  new AppError('MFA_REQUIRED', 'Enter the code from your authenticator app.', { mfaToken });
export const mfaEnrolmentRequired = () =>
  new AppError('MFA_ENROLMENT_REQUIRED', 'Turn on two-factor sign-in to continue: your role requires it.');

export const unavailable = () => new AppError('UNAVAILABLE', 'The service is busy. Try again in a moment.');

/**
 * Answers `error` before GraphQL runs (a body that cannot be read, the request gate) in GraphQL's own shape,
 * `{ errors: [{ message, extensions: { code } }] }`, so that clients handle it like any other error.
 */
export function sendGraphQLError(res: Response, status: number, error: AppError): void {
  if (error.extensions.code === 'UNAVAILABLE') res.setHeader('Retry-After', '1');
  res.status(status).json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
}

/** Throws FORBIDDEN unless the policy allowed the action. */
export function assertAllowed(allowed: boolean, message?: string): asserts allowed {
  if (!allowed) throw forbidden(message);
}
