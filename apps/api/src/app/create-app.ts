import { readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { reportTransactionViolations } from '../database/transaction-context.js';
import { AppModule } from './app.module.js';
import { API_PREFIXES } from '../common/api-prefixes.js';
import { accessLog } from '../common/access-log.js';
import { PinoNestLogger } from '../common/logger.js';
import { isAllowedOrigin } from '../common/origins.js';
import { AppError, sendGraphQLError } from '../common/errors.js';
import { requestGate } from '../common/request-gate.js';
import type { RuntimeConfig } from '../config/runtime-config.js';
import { RedisStatus } from '../modules/health/redis-status.js';
import { MetricsService } from '../modules/metrics/metrics.service.js';
import { SocketAdapter } from './socket-adapter.js';

const GRAPHQL_BODY_LIMIT = '256kb';

/** The Nest application with its HTTP middleware; listening is left to the caller. */
export async function createApp(config: RuntimeConfig, logger: Logger): Promise<NestExpressApplication> {
  // Outside production a query that goes around its request's transaction fails loudly; in production
  // it is logged, and the pool's bounded wait keeps it from freezing the api.
  reportTransactionViolations(
    config.nodeEnv === 'production'
      ? (error) => logger.error({ err: error }, 'query outside the open transaction')
      : undefined,
  );
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.set('trust proxy', 'loopback');
  app.set('x-powered-by', false);
  app.use(accessLog(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Mantine writes its CSS variables inline; scripts stay same-origin only.
          'style-src': ["'self'", "'unsafe-inline'"],
          'connect-src': ["'self'"],
          'upgrade-insecure-requests': config.cookieSecure ? [] : null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
    }),
  );
  app.use(cookieParser());
  // Before the body is read: a request waiting for its turn holds no more than its connection.
  const metrics = app.get(MetricsService);
  app.use(
    '/graphql',
    requestGate(config.requestGate, () => metrics.recordRequestRefused()),
  );
  app.useBodyParser('json', { limit: GRAPHQL_BODY_LIMIT });
  app.use(bodyErrorsAsGraphQL);
  if (config.corsOrigin) app.enableCors({ origin: config.corsOrigin, credentials: true });
  // Uploads carry the session cookie too: only the platform's own pages may post them.
  app.use('/attachments', (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' || isAllowedOrigin(req, [config.publicUrl, config.corsOrigin])) return next();
    res.status(403).json({ code: 'FORBIDDEN', message: 'This request comes from another site.' });
  });
  const sockets = new SocketAdapter(app, {
    redisUrl: config.redisUrl,
    corsOrigin: config.corsOrigin,
    publicUrl: config.publicUrl,
  });
  await sockets.connectRedis(app.get(RedisStatus), logger);
  app.useWebSocketAdapter(sockets);
  if (config.webDistDir) serveWebApp(app, config.webDistDir);
  await app.init();
  return app;
}

/**
 * A GraphQL request whose body cannot be read (too large, not JSON) is answered like any refused request:
 * its HTTP status and `{ errors: [{ message, extensions: { code } }] }`, instead of Express's HTML page.
 */
function bodyErrorsAsGraphQL(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const status = (error as { status?: unknown } | null)?.status;
  if (!req.path.startsWith('/graphql') || typeof status !== 'number' || status < 400 || status >= 500) {
    next(error);
    return;
  }
  const message = status === 413 ? 'The request is too large.' : 'The request body is not valid JSON.';
  sendGraphQLError(res, status, new AppError('BAD_USER_INPUT', message));
}

/** The built web app from the same origin: files, then index.html for the app's own routes. */
function serveWebApp(app: NestExpressApplication, directory: string): void {
  app.use(precompressedFiles(directory));
  app.use(
    express.static(directory, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, path) => keepIfHashed(res, `/${relative(directory, path).split(sep).join('/')}`),
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`));
    if (req.method !== 'GET' || isApi || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(directory, 'index.html'));
  });
}

/** The encodings of the copies the web build writes beside its scripts and styles, preferred first. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * The web build's brotli and gzip copies (x.js.br, x.js.gz beside x.js): a browser that accepts one gets
 * it, with the type of the original, instead of the uncompressed file. The files are listed once at start
 * (the build does not change under a running api); every other request goes on to the static files.
 */
function precompressedFiles(directory: string) {
  const files = new Set(
    readdirSync(directory, { recursive: true, encoding: 'utf8' }).map((path) => `/${path.split(sep).join('/')}`),
  );
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const copies = PRECOMPRESSED.filter(({ suffix }) => files.has(req.path + suffix));
    if (copies.length === 0) return next();
    res.vary('Accept-Encoding');
    // The smallest copy the browser accepts, whatever the order of its Accept-Encoding (Chromium: gzip first).
    const copy = copies.find(({ encoding }) => req.acceptsEncodings(encoding) === encoding);
    if (!copy) return next();
    res.setHeader('Content-Encoding', copy.encoding);
    res.type(extname(req.path));
    keepIfHashed(res, req.path);
    res.sendFile(req.path.slice(1) + copy.suffix, { root: directory, maxAge: '1h' });
  };
}

/**
 * The build names the files under /assets after their content (a new build, new names): browsers may keep
 * them for good. The rest (favicon) is kept an hour; index.html is asked again each time. A Cache-Control
 * set here is left as it is by the file sending that follows.
 */
function keepIfHashed(res: Response, urlPath: string): void {
  if (urlPath.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
