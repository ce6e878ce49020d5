import type { RequestHandler } from 'express';
import { sendGraphQLError, unavailable } from './errors.js';

export interface RequestGateSettings {
  /** Requests let through at once; the others wait their turn, first come first served. */
  maxInFlight: number;
  /** How long a request may wait for its turn; then it is refused (503, `UNAVAILABLE`). */
  maxWaitMs: number;
}

/**
 * Admission control for the API. Without it, a burst the api cannot serve piles up: every request holds
 * memory and a place in the queue for the pooled connections, each waits longer, clients give up while
 * the api still works on their requests, and it does not catch up once behind (bench/README.md, Load).
 * Letting a bounded number through keeps those fast; a request that waited `maxWaitMs` for its turn is
 * refused at once, which costs nothing, and the api catches up when the burst ends. Kept here rather
 * than taken from a library: the known ones (toobusy-js, overload-protection) shed by event-loop delay,
 * which stayed low in that collapse; what ran out was the connections.
 */
export function requestGate({ maxInFlight, maxWaitMs }: RequestGateSettings, onRefused: () => void): RequestHandler {
  let inFlight = 0;
  /** The turns of the waiting requests, oldest first (a Set keeps the order of insertion). */
  const waiting = new Set<() => void>();

  const passNextInLine = () => {
    const [next] = waiting;
    if (!next) return;
    waiting.delete(next);
    next();
  };

  return (_req, res, next) => {
    const pass = () => {
      inFlight += 1;
      // 'close' follows the answer, or the client leaving mid-way: either frees the place.
      res.once('close', () => {
        inFlight -= 1;
        passNextInLine();
      });
      next();
    };
    if (inFlight < maxInFlight && waiting.size === 0) return pass();

    const turn = () => {
      clearTimeout(timer);
      pass();
    };
    waiting.add(turn);
    const timer = setTimeout(() => {
      waiting.delete(turn);
      onRefused();
      // As a request that waited too long for a connection is answered: clients handle both alike.
      sendGraphQLError(res, 503, unavailable());
    }, maxWaitMs);
    // A client that leaves before its turn takes nobody's place.
    res.once('close', () => {
      if (waiting.delete(turn)) clearTimeout(timer);
    });
  };
}
