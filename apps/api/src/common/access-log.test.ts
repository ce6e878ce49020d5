import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { pino, type Level } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accessLog } from './access-log.js';

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A real Express app behind the access log, answering each path's status; the lines it logged, parsed. */
async function serve(level: Level) {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const app = express();
  app.use(accessLog(logger));
  app.use('/health', (_req, res) => void res.send('ok'));
  app.use('/fail', (_req, res) => void res.status(500).send('no'));
  let arrived = () => {};
  const neverAnswered = new Promise<void>((resolve) => (arrived = resolve));
  app.use('/never', () => arrived());
  app.use((_req, res) => void res.send('ok'));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server!.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  /** Fetches a path. Server and client share this process: the answer's 'finish' runs before its body is read. */
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(base + path, { headers });
    await response.text();
    return response;
  };
  return { lines, get, base, neverAnswered };
}

describe('accessLog', () => {
  it('logs one line per request: method, path without secrets, status and time, never the headers', async () => {
    const { lines, get } = await serve('info');
    const response = await get('/invitations/accept?token=secret.value&lang=fr', {
      cookie: 'ctcp_session=abc',
      authorization: 'Bearer xyz',
    });

    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      level: 30,
      msg: 'request completed',
      reqId: response.headers.get('x-request-id'),
      req: { method: 'GET', url: '/invitations/accept?token=[REDACTED]&lang=fr' },
      res: { statusCode: 200 },
    });
    expect(line.responseTime).toEqual(expect.any(Number));
    expect(JSON.stringify(line)).not.toMatch(/abc|xyz|secret/);
  });

  it("answers the caller's request id when it is sane, and its own otherwise", async () => {
    const { lines, get } = await serve('info');
    const kept = await get('/', { 'x-request-id': 'proxy-1234_abc' });
    const replaced = await get('/', { 'x-request-id': 'not sane; <script>' });

    expect(kept.headers.get('x-request-id')).toBe('proxy-1234_abc');
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.map((line) => line.reqId)).toEqual(['proxy-1234_abc', replaced.headers.get('x-request-id')]);
  });

  it('leaves health checks out, and logs a failed answer as an error', async () => {
    const { lines, get } = await serve('info');
    await get('/health');
    await get('/fail');

    expect(lines).toEqual([expect.objectContaining({ level: 50, res: { statusCode: 500 } })]);
  });

  it('at LOG_LEVEL=warn writes only the failures, and still gives every answer its request id', async () => {
    const { lines, get } = await serve('warn');
    const fine = await get('/');
    await get('/fail');

    expect(fine.headers.get('x-request-id')).toBeTruthy();
    expect(lines).toEqual([expect.objectContaining({ level: 50, req: expect.objectContaining({ url: '/fail' }) })]);
  });

  it('logs a request the client gave up on before its answer as aborted', async () => {
    const { lines, base, neverAnswered } = await serve('info');
    const controller = new AbortController();
    const pending = fetch(`${base}/never`, { signal: controller.signal }).catch(() => 'aborted');
    await neverAnswered;
    controller.abort();
    expect(await pending).toBe('aborted');

    await vi.waitFor(
      () => expect(lines).toEqual([expect.objectContaining({ level: 40, msg: 'request aborted', res: {} })]),
      { timeout: 10_000 },
    );
  });
});
