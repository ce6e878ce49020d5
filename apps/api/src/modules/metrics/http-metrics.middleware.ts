import { performance } from 'node:perf_hooks';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsService } from './metrics.service.js';

/** Times every request that reaches the app's routes, from here until its answer is sent. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (!this.metrics.enabled) return next();
    const startedAt = performance.now();
    // originalUrl: a middleware mounted on a path sees only the rest of it in req.url.
    const path = req.originalUrl.split('?')[0];
    res.on('finish', () => {
      this.metrics.recordHttpRequest(req.method, path, res.statusCode, (performance.now() - startedAt) / 1000);
    });
    next();
  }
}
