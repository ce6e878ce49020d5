import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/** Where a request comes from, as the audit trail records it. */
export interface ClientContext {
  ipAddress: string;
  userAgent: string | null;
}

const clients = new AsyncLocalStorage<ClientContext>();

/** Longest user agent kept: enough to tell browsers and scripts apart, not a place to store payloads. */
const USER_AGENT_MAX_LENGTH = 300;

/**
 * Express middleware: the rest of the request (GraphQL resolvers, services, their transactions) runs with
 * its client known, so that the audit trail records the address and user agent of every event without
 * each service passing them down.
 */
export function withClientContext(req: Request, _res: Response, next: NextFunction): void {
  const userAgent = req.headers['user-agent']?.slice(0, USER_AGENT_MAX_LENGTH) ?? null;
  clients.run({ ipAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown', userAgent }, next);
}

/** The client of the request being served, if any (none in jobs and at start-up). */
export function currentClient(): ClientContext | undefined {
  return clients.getStore();
}
