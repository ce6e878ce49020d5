import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestGate, STANDING_AFTER_MS, STANDING_MAX_WAIT_MS, STANDING_WAIT_MS } from './request-gate.js';

/** A request as the gate sees it: whether it passed, its answer, and its 'close' (answered or abandoned). */
function exchange() {
  const events = new EventEmitter();
  const sent = { passed: false, status: undefined as number | undefined, body: undefined as unknown };
  const headers: Record<string, string> = {};
  const res = {
    once: (event: string, listener: () => void) => events.once(event, listener),
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = value;
    },
    status: (code: number) => ({
      json: (body: unknown) => {
        Object.assign(sent, { status: code, body });
        events.emit('close');
      },
    }),
  };
  return { sent, headers, res: res as unknown as Response, close: () => events.emit('close') };
}

function gate(maxInFlight: number, maxWaitMs: number) {
  const refused = vi.fn();
  const handler = requestGate({ maxInFlight, maxWaitMs }, refused);
  const send = () => {
    const request = exchange();
    handler({} as Request, request.res, () => {
      request.sent.passed = true;
    });
    return request;
  };
  return { send, refused };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('requestGate', () => {
  it('lets requests through up to the limit, then the waiting ones in order of arrival as places free', () => {
    const { send, refused } = gate(2, 1000);
    const [first, second, third, fourth] = [send(), send(), send(), send()];
    expect([first, second, third, fourth].map((request) => request.sent.passed)).toEqual([true, true, false, false]);

    second.close();
    expect(third.sent.passed).toBe(true);
    expect(fourth.sent.passed).toBe(false);
    first.close();
    expect(fourth.sent.passed).toBe(true);
    expect(refused).not.toHaveBeenCalled();
  });

  it('refuses a request that waited its whole bound, with 503, Retry-After and UNAVAILABLE', () => {
    const { send, refused } = gate(1, 1000);
    const first = send();
    const waiting = send();
    vi.advanceTimersByTime(999);
    expect(waiting.sent.status).toBeUndefined();
    vi.advanceTimersByTime(1);

    expect(waiting.sent).toEqual({
      passed: false,
      status: 503,
      body: {
        errors: [{ message: 'The service is busy. Try again in a moment.', extensions: { code: 'UNAVAILABLE' } }],
      },
    });
    expect(waiting.headers['retry-after']).toBe('1');
    expect(refused).toHaveBeenCalledTimes(1);

    // The refused one took no place: the next passes once the first is answered.
    const next = send();
    first.close();
    expect(next.sent.passed).toBe(true);
  });

  it('forgets a request whose client left before its turn, and does not answer it', () => {
    const { send, refused } = gate(1, 1000);
    const first = send();
    const gone = send();
    const after = send();
    gone.close();
    first.close();

    expect(gone.sent.passed).toBe(false);
    expect(after.sent.passed).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(gone.sent.status).toBeUndefined();
    expect(refused).not.toHaveBeenCalled();
  });

  it('frees the place of a request whose client left while it was served', () => {
    const { send } = gate(1, 1000);
    const served = send();
    const next = send();
    served.close(); // 'close' without an answer: the client went away mid-way
    expect(next.sent.passed).toBe(true);
  });

  it('serves a standing queue newest first and refuses what waited a second, then serves a new burst in order', () => {
    expect([STANDING_WAIT_MS, STANDING_AFTER_MS, STANDING_MAX_WAIT_MS]).toEqual([500, 1000, 1000]);
    const { send, refused } = gate(1, 10_000);
    const first = send();
    const [oldest, older] = [send(), send()];
    vi.advanceTimersByTime(600);
    // The oldest waited over half a second, but not yet for a whole second of turns: still in order of arrival.
    first.close();
    expect([oldest.sent.passed, older.sent.passed]).toEqual([true, false]);

    vi.advanceTimersByTime(600);
    const middle = send();
    vi.advanceTimersByTime(400);
    const newest = send();
    vi.advanceTimersByTime(100); // 1,700 ms: long waits at every turn for 1,100 ms, the queue stands
    oldest.close();
    expect(older.sent.status).toBe(503); // waited 1,700 ms: its client has likely given up
    expect(refused).toHaveBeenCalledTimes(1);
    expect([middle.sent.passed, newest.sent.passed]).toEqual([false, true]);

    newest.close();
    expect(middle.sent.passed).toBe(true); // waited 500 ms: served

    // The queue emptied: a new burst is served in order of arrival again.
    const [burstFirst, burstSecond] = [send(), send()];
    vi.advanceTimersByTime(100);
    middle.close();
    expect([burstFirst.sent.passed, burstSecond.sent.passed]).toEqual([true, false]);
    expect(refused).toHaveBeenCalledTimes(1);
  });

  it('does not call a queue standing when its oldest request waited briefly at some turn', () => {
    const { send, refused } = gate(1, 10_000);
    let served = send();
    const queue = [send()];
    // Every 400 ms one more arrives and one is served: nobody waits half a second, however long this lasts.
    for (let turn = 0; turn < 10; turn++) {
      vi.advanceTimersByTime(400);
      queue.push(send());
      served.close();
      served = queue.shift()!;
      expect(served.sent.passed).toBe(true);
    }
    expect(refused).not.toHaveBeenCalled();
  });
});
