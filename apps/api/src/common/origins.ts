import type { IncomingMessage } from 'node:http';

/**
 * Whether a browser request comes from the platform's own pages. A request without an Origin header is
 * not a browser's cross-site request (a script or a mail reader with a bearer token or a signed link), so
 * it passes; one with an Origin passes when that origin is the request's own host (the web app served by
 * the api, or the dev server's proxy), PUBLIC_URL's, or CORS_ORIGIN's.
 */
export function isAllowedOrigin(req: IncomingMessage, allowed: readonly (string | undefined)[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.host === req.headers.host) return true;
  return allowed.some((url) => url !== undefined && new URL(url).origin === parsed.origin);
}
