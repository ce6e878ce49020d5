import { CLIENT_EVENTS } from '@ctcp/shared';
import { io, type Socket } from 'socket.io-client';

/** How long an awaited event or answer may take on a loaded machine; well within a test's timeout. */
const WAIT_MS = 15_000;

/**
 * A Socket.IO client of the api, connected (or refused) before it is returned. The api puts a socket in
 * its rooms during the handshake, so a connected socket misses no event.
 */
export function connectSocket(
  url: string,
  auth: { token?: string; cookie?: string; origin?: string } = {},
): Promise<Socket> {
  const socket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: auth.token ? { token: auth.token } : {},
    extraHeaders: {
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
      ...(auth.origin ? { origin: auth.origin } : {}),
    },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Resolves with the next `event` payload that matches, or rejects after `timeoutMs`. */
export function nextEvent<T = any>(
  socket: Socket,
  event: string,
  matches: (payload: T) => boolean = () => true,
  timeoutMs = WAIT_MS,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Collects every `event` payload from now on. */
export function collect<T = any>(socket: Socket, event: string): T[] {
  const received: T[] = [];
  socket.on(event, (payload: T) => received.push(payload));
  return received;
}

/** Emits and waits for the acknowledgement. */
export function request<T = any>(socket: Socket, event: string, payload: unknown, timeoutMs = WAIT_MS): Promise<T> {
  return socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<T>;
}

/**
 * Resolves once everything the server sent `socket` before answering a round trip on it has arrived (one
 * connection delivers in order). For asserting that an event did NOT come, instead of a guessed pause:
 * the server emits an event before the request that caused it is answered, or at least before a marker
 * event that the test awaits on another socket (one emit writes to every socket in its rooms at once).
 */
export async function drained(socket: Socket): Promise<void> {
  await request(socket, CLIENT_EVENTS.notificationsSync, { afterSeq: 0 });
}

/** Polls `check` until it holds; fails, naming `what`, after `timeoutMs`. */
export async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = WAIT_MS,
  intervalMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
