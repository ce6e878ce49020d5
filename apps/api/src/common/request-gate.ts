import type { RequestHandler } from 'express';
import { sendGraphQLError, unavailable } from './errors.js';

export interface RequestGateSettings {
  /** Requests let through at once; the others wait their turn. */
  maxInFlight: number;
  /** How long a request may wait for its turn; then it is refused (503, `UNAVAILABLE`). */
  maxWaitMs: number;
}

/** A wait at the head of the queue that counts as long. */
export const STANDING_WAIT_MS = 500;
/** The queue stands once every turn given for this long found a long wait at its head. */
export const STANDING_AFTER_MS = 1_000;
/** While the queue stands, a request waiting this long is refused at the next turn given. */
export const STANDING_MAX_WAIT_MS = 1_000;

interface Waiter {
  arrivedAt: number;
  admit(): void;
  refuse(): void;
}

/**
 * Admission control for the API. Without it, a burst the api cannot serve piles up: every request holds
 * memory and a place in the queue for the pooled connections, each waits longer, clients give up while
 * the api still works on their requests, and it does not catch up once behind (bench/README.md, Load).
 * Letting a bounded number through keeps those fast; a request that waited `maxWaitMs` for its turn is
 * refused at once, which costs nothing, and the api catches up when the burst ends.
 *
 * A burst waits its turn in order of arrival. A queue that stands (more arrives than the api serves, for a
 * second or more) is served newest first, and what waited a second is refused: otherwise every request
 * answered waits the whole bound, and clients that gave up meanwhile are served in vain. This is the
 * "adaptive LIFO" and CoDel's standing-queue test, as Facebook described them for its services.
 *
 * Kept here rather than taken from a library: the known ones (toobusy-js, overload-protection) shed by
 * event-loop delay, which stayed low in that collapse; what ran out was the connections.
 */
export function requestGate({ maxInFlight, maxWaitMs }: RequestGateSettings, onRefused: () => void): RequestHandler {
  let inFlight = 0;
  /** Oldest first. */
  const waiting: Waiter[] = [];
  /** Since when the oldest waiting request has waited at least STANDING_WAIT_MS at every turn given. */
  let longWaitsSince: number | undefined;

  const leaveQueue = (waiter: Waiter) => {
    const index = waiting.indexOf(waiter);
    if (index === -1) return false;
    waiting.splice(index, 1);
    if (waiting.length === 0) longWaitsSince = undefined;
    return true;
  };

  const queueStands = (now: number) => {
    if (now - waiting[0].arrivedAt < STANDING_WAIT_MS) longWaitsSince = undefined;
    else longWaitsSince ??= now;
    return longWaitsSince !== undefined && now - longWaitsSince >= STANDING_AFTER_MS;
  };

  const passNextInLine = () => {
    if (waiting.length === 0) return;
    const now = Date.now();
    if (!queueStands(now)) return waiting[0].admit();
    while (waiting.length > 0 && now - waiting[0].arrivedAt >= STANDING_MAX_WAIT_MS) waiting[0].refuse();
    waiting.at(-1)?.admit();
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
    if (inFlight < maxInFlight && waiting.length === 0) return pass();

    const waiter: Waiter = {
      arrivedAt: Date.now(),
      admit: () => {
        leaveQueue(waiter);
        clearTimeout(timer);
        pass();
      },
      refuse: () => {
        leaveQueue(waiter);
        clearTimeout(timer);
        onRefused();
        // As a request that waited too long for a connection is answered: clients handle both alike.
        sendGraphQLError(res, 503, unavailable());
      },
    };
    waiting.push(waiter);
    const timer = setTimeout(waiter.refuse, maxWaitMs);
    // A client that leaves before its turn takes nobody's place.
    res.once('close', () => {
      if (leaveQueue(waiter)) clearTimeout(timer);
    });
  };
}
