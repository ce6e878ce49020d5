import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Level, Logger } from 'pino';
import { withoutSecrets } from './logger.js';

/** Health checks and metric scrapes come every few seconds and say nothing about users' requests. */
const UNLOGGED_PREFIXES = ['/health', '/metrics'];

/**
 * One log line per answered request (method, path without secrets, status, time, request id) and an
 * `x-request-id` on every answer: the caller's own id when it sends a sane one, so that a proxy's logs and
 * ours can be joined. Kept by hand rather than pino-http because that one serializes every request's
 * headers into a child logger when the request starts, logged or not: a tenth of the api's busy time
 * in a CPU profile of small requests at `LOG_LEVEL=warn`. Headers are not logged: they carry the session.
 */
export function accessLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', id);
    // At LOG_LEVEL=warn or above only failures are written: nothing to prepare for the others.
    if (!logger.isLevelEnabled('warn') || UNLOGGED_PREFIXES.some((prefix) => req.url.startsWith(prefix))) {
      return next();
    }
    const started = performance.now();
    const done = () => {
      res.off('finish', done);
      res.off('close', done);
      // A request the client gave up on before its answer ends in 'close' without 'finish'.
      const statusCode = res.writableFinished ? res.statusCode : undefined;
      const level: Level = statusCode === undefined ? 'warn' : statusCode >= 500 ? 'error' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          reqId: id,
          req: { method: req.method, url: withoutSecrets(req.originalUrl), remoteAddress: req.ip },
          res: { statusCode },
          responseTime: Math.round(performance.now() - started),
        },
        statusCode === undefined ? 'request aborted' : 'request completed',
      );
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}
