// Fan-out benchmark: the client side. Forked by bench/fanout/run.mjs (IPC), --clients times per phase
// (CTCP, then the bare Socket.IO baseline), with the same code and options both times. Holds its share of
// the socket.io-client connections, spread over the servers' URLs, and records, for every `post.created` a socket receives, the wall-clock time of receipt
// (performance.timeOrigin + performance.now()) keyed by postId. The orchestrator asks for the receipts
// at the end of the phase, so nothing crosses the IPC channel while latencies are measured.
//
// Messages from the parent:
//   { type: 'connect', urls, tokens, first, sockets, batch, timeoutMs }
//       -> { type: 'connected', ok, failed, errors, ms }: sockets number first, first + 1, ... of the run; number
//          i goes to urls[i % urls.length] with tokens[i % tokens.length]
//   { type: 'clock', t0 }                                          -> { type: 'clock', t0, t1 }
//   { type: 'await', postIds, expected, timeoutMs }                -> { type: 'receipts', receipts, duplicates, unknown }
//   { type: 'close' }                                              -> { type: 'closed' }, then exits
import { io } from 'socket.io-client';

const now = () => performance.timeOrigin + performance.now();
const EVENT = 'post.created';

/** @type {import('socket.io-client').Socket[]} */
const sockets = [];
/** postId -> receipt times (ms since the epoch, fractional). */
const receipts = new Map();
let disconnects = 0;

function onPostCreated(payload) {
  const at = now();
  const postId = payload?.postId;
  if (typeof postId !== 'string') return;
  let list = receipts.get(postId);
  if (!list) receipts.set(postId, (list = []));
  list.push(at);
}

function openOne(url, token, timeoutMs) {
  return new Promise((resolve) => {
    const socket = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token },
      reconnection: false,
      forceNew: true,
      timeout: timeoutMs,
    });
    const timer = setTimeout(() => finish(new Error('connect timeout')), timeoutMs + 1000);
    function finish(error) {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      socket.off('connect_error', onError);
      if (error) {
        socket.close();
        resolve({ error: error.message });
      } else {
        socket.on(EVENT, onPostCreated);
        socket.on('disconnect', () => disconnects++);
        sockets.push(socket);
        resolve({ socket });
      }
    }
    const onConnect = () => finish();
    const onError = (error) => finish(error);
    socket.once('connect', onConnect);
    socket.once('connect_error', onError);
  });
}

async function connect({ urls, tokens, first: firstOfRun, sockets: count, batch, timeoutMs }) {
  const started = now();
  let ok = 0;
  let failed = 0;
  const errors = {};
  for (let first = 0; first < count; first += batch) {
    const size = Math.min(batch, count - first);
    const results = await Promise.all(
      Array.from({ length: size }, (_, index) => {
        const number = firstOfRun + first + index;
        return openOne(urls[number % urls.length], tokens[number % tokens.length], timeoutMs);
      }),
    );
    for (const result of results) {
      if (result.socket) ok++;
      else {
        failed++;
        errors[result.error] = (errors[result.error] ?? 0) + 1;
      }
    }
  }
  return { type: 'connected', ok, failed, errors, ms: now() - started };
}

/** Waits (bounded) until every post has `expected` receipts, then hands them over. */
async function awaitReceipts({ postIds, expected, timeoutMs }) {
  const deadline = now() + timeoutMs;
  const complete = () => postIds.every((id) => (receipts.get(id)?.length ?? 0) >= expected);
  while (!complete() && now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const wanted = new Set(postIds);
  const out = {};
  let duplicates = 0;
  for (const id of postIds) {
    const list = receipts.get(id) ?? [];
    out[id] = list.slice(0, expected);
    duplicates += Math.max(0, list.length - expected);
    receipts.delete(id); // a late receipt after this counts as lost (and as `unknown` later)
  }
  const unknown = [...receipts.keys()].filter((id) => !wanted.has(id)).length;
  return { type: 'receipts', receipts: out, duplicates, unknown, disconnects };
}

async function closeAll() {
  for (const socket of sockets) socket.close();
  sockets.length = 0;
  return { type: 'closed' };
}

process.on('message', async (message) => {
  try {
    if (message.type === 'connect') process.send(await connect(message));
    else if (message.type === 'clock') process.send({ type: 'clock', t0: message.t0, t1: now() });
    else if (message.type === 'await') process.send(await awaitReceipts(message));
    else if (message.type === 'close') {
      process.send(await closeAll(), () => process.exit(0));
    }
  } catch (error) {
    process.send({ type: 'error', message: String(error?.stack ?? error) });
  }
});

// Never outlive the orchestrator.
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(3), Number(process.env.FANOUT_CHILD_MAX_MS ?? 30 * 60_000)).unref();
