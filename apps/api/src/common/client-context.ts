import type { Request } from 'express';

/** Where a request comes from, as the audit trail and the sign-in records keep it. */
export interface ClientContext {
  ipAddress: string;
  userAgent: string | null;
}

/** Longest user agent kept: enough to tell browsers and scripts apart, not a place to store payloads. */
const USER_AGENT_MAX_LENGTH = 300;

/**
 * The request's client. It travels with the actor (`Actor.client`) or is passed where nobody is signed in
 * yet, rather than in an AsyncLocalStorage: on Node 20 a storage in use hooks every promise, which cost
 * the api about a fifth of its CPU per read (bench/README.md, Load).
 */
export function clientOf(req: Pick<Request, 'ip' | 'socket' | 'headers'>): ClientContext {
  return {
    ipAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    userAgent: req.headers['user-agent']?.slice(0, USER_AGENT_MAX_LENGTH) ?? null,
  };
}
