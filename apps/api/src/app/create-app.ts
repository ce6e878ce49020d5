import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { reportTransactionViolations } from '../database/transaction-context.js';
import { AppModule } from './app.module.js';
import { PinoNestLogger } from '../common/logger.js';
import type { RuntimeConfig } from '../config/runtime-config.js';
import { SocketAdapter } from './socket-adapter.js';

const GRAPHQL_BODY_LIMIT = '256kb';
const API_PREFIXES = ['/graphql', '/health', '/socket.io', '/attachments', '/exports'];

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
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
    }),
  );
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
  app.useBodyParser('json', { limit: GRAPHQL_BODY_LIMIT });
  if (config.corsOrigin) app.enableCors({ origin: config.corsOrigin, credentials: true });
  const sockets = new SocketAdapter(app, { redisUrl: config.redisUrl, corsOrigin: config.corsOrigin });
  await sockets.connectRedis();
  app.useWebSocketAdapter(sockets);
  if (config.webDistDir) serveWebApp(app, config.webDistDir);
  await app.init();
  return app;
}

/** The built web app from the same origin: files, then index.html for the app's own routes. */
function serveWebApp(app: NestExpressApplication, directory: string): void {
  app.use(express.static(directory, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`));
    if (req.method !== 'GET' || isApi || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(directory, 'index.html'));
  });
}
