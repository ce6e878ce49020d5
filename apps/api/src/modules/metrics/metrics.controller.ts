import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, NotFoundException, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/request-context.js';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { MetricsService } from './metrics.service.js';

/**
 * Prometheus scrapes `GET /metrics` with `Authorization: Bearer <METRICS_TOKEN>`. Without METRICS_TOKEN
 * the route does not exist (404). Public for the session guard: the token is this route's own check.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Public()
  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    const token = this.config.metricsToken;
    if (token === undefined) throw new NotFoundException();
    if (!isBearer(authorization, token)) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({ code: 'UNAUTHENTICATED', message: 'Metrics need the bearer token of METRICS_TOKEN.' });
      return;
    }
    const text = await this.metrics.registry.metrics();
    res.set({ 'Content-Type': this.metrics.registry.contentType, 'Cache-Control': 'no-store' }).send(text);
  }
}

/**
 * Whether the header carries `token`, compared in constant time. Both sides are hashed first, so that the
 * buffers compared have the same length whatever was sent, and the token's length does not show either.
 */
function isBearer(authorization: string | undefined, token: string): boolean {
  const given = authorization?.match(/^Bearer +(.+)$/i)?.[1];
  if (given === undefined) return false;
  return timingSafeEqual(sha256(given), sha256(token));
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
