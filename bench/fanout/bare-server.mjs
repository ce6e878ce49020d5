// Fan-out benchmark: the baseline. A bare Socket.IO 4.8.3 server (the same package the api uses), with
// the api's server options, that puts every connection in one room and, for each `POST /emit`, emits the
// request's `{workspaceId, threadId, postId}` to that room as `post.created`, then answers. No auth,
// no database, no GraphQL: what is left is an HTTP hop and Socket.IO's broadcast.
// Forked by bench/fanout/run.mjs; reports { type: 'listening', port } over IPC; exits on 'close'.
import { createServer } from 'node:http';
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
const workspaceId = process.env.FANOUT_WORKSPACE_ID;
io.on('connection', (socket) => {
  socket.join(ROOM_PREFIX + workspaceId);
});

httpServer.listen(0, '127.0.0.1', () => {
  process.send({ type: 'listening', port: httpServer.address().port });
});

process.on('message', (message) => {
  if (message.type === 'close') {
    io.close();
    httpServer.close();
    process.send({ type: 'closed' }, () => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(3), Number(process.env.FANOUT_CHILD_MAX_MS ?? 30 * 60_000)).unref();
