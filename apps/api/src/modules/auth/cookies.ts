import { ACCESS_COOKIE, ACCESS_TOKEN_TTL_SECONDS, REFRESH_COOKIE, REFRESH_TOKEN_TTL_SECONDS } from '@ctcp/shared';
import type { CookieOptions, Response } from 'express';
import type { IssuedSession } from './auth.types.js';

/**
 * The browser keeps its tokens in httpOnly cookies that scripts cannot read. SameSite keeps them off
 * cross-site requests; the refresh cookie travels only to /graphql.
 */
export function setAuthCookies(res: Response, payload: IssuedSession, secure: boolean): void {
  res.cookie(ACCESS_COOKIE, payload.accessToken, {
    ...base(secure),
    sameSite: 'lax',
    path: '/',
    maxAge: ACCESS_TOKEN_TTL_SECONDS * 1000,
  });
  res.cookie(REFRESH_COOKIE, payload.refreshToken, {
    ...base(secure),
    sameSite: 'strict',
    path: '/graphql',
    maxAge: REFRESH_TOKEN_TTL_SECONDS * 1000,
  });
}

export function clearAuthCookies(res: Response, secure: boolean): void {
  res.clearCookie(ACCESS_COOKIE, { ...base(secure), sameSite: 'lax', path: '/' });
  res.clearCookie(REFRESH_COOKIE, { ...base(secure), sameSite: 'strict', path: '/graphql' });
}

function base(secure: boolean): CookieOptions {
  return { httpOnly: true, secure };
}
