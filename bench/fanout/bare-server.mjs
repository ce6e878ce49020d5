// Fan-out benchmark: the baseline. A bare Socket.IO 4.8.3 server (the same package the api uses), with
// the api's server options, that puts every connection in one room and, for each `POST /emit`, emits the
// request's `{workspaceId, threadId, postId}` to that room as `post.created`, then answers. No auth,
// no database, no GraphQL: what is left is an HTTP hop and Socket.IO's broadcast. With FANOUT_REDIS_URL,
// @socket.io/redis-adapter (the api's, with its client, as the api sets it up) under the key
// FANOUT_REDIS_KEY, so that the broadcast reaches the sockets of every bare server started with that key
// and none of the api's (whose key is Socket.IO's default).
// Forked by bench/fanout/run.mjs; reports { type: 'listening', port } over IPC; exits on 'close'.
import { createServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';

const ROOM_PREFIX = 'workspace:';
const MAX_BODY = 16 * 1024;

const httpServer = createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/emit') {
    response.writeHead(404).end();
    return;
  }
  const chunks = [];
  let size = 0;
  request.on('data', (chunk) => {
    size += chunk.length;
    if (size <= MAX_BODY) chunks.push(chunk);
  });
  request.on('end', () => {
    let payload;
    try {
      payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      response.writeHead(400).end();
      return;
    }
    const event = { workspaceId: payload.workspaceId, threadId: payload.threadId, postId: payload.postId };
    io.to(ROOM_PREFIX + event.workspaceId).emit('post.created', event);
    const body = JSON.stringify({ data: { emit: { id: event.postId } } });
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
});

// Same options as apps/api/src/app/socket-adapter.ts.
const io = new Server(httpServer, { path: '/socket.io', maxHttpBufferSize: 16 * 1024, serveClient: false });
const redisClients = [];
if (process.env.FANOUT_REDIS_URL) {
  const publisher = createClient({ url: process.env.FANOUT_REDIS_URL });
  const subscriber = publisher.duplicate();
  redisClients.push(publisher, subscriber);
  for (const client of redisClients) client.on('error', (error) => console.error(`bare server: Redis: ${error}`));
  await Promise.all(redisClients.map((client) => client.connect()));
  io.adapter(createAdapter(publisher, subscriber, { key: process.env.FANOUT_REDIS_KEY }));
}
const workspaceId = process.env.FANOUT_WORKSPACE_ID;
io.on('connection', (socket) => {
  socket.join(ROOM_PREFIX + workspaceId);
});

httpServer.listen(0, '127.0.0.1', () => {
  process.send({ type: 'listening', port: httpServer.address().port });
});

process.on('message', async (message) => {
  if (message.type === 'close') {
    io.close();
    httpServer.close();
    const quit = Promise.all(redisClients.map((client) => client.quit().catch(() => undefined)));
    await Promise.race([quit, new Promise((resolve) => setTimeout(resolve, 2000))]);
    process.send({ type: 'closed' }, () => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(3), Number(process.env.FANOUT_CHILD_MAX_MS ?? 30 * 60_000)).unref();
