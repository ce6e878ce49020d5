import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../../config/runtime-config.js';
import { poolUse } from '../../database/pool.js';

const SAMPLE_EVERY_MS = 1000;
/** Saturation shorter than this is a burst, not a warning. */
const WARN_AFTER_MS = 5000;
const WARN_AT_MOST_EVERY_MS = 30_000;

/** Logs when requests keep waiting for a database connection, and when they stop. */
@Injectable()
export class PoolMonitor implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private saturatedSince: number | undefined;
  private lastWarnedAt: number | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => this.sample(Date.now()), SAMPLE_EVERY_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private sample(now: number): void {
    const use = poolUse(this.dataSource);
    if (use.waiting === 0) {
      if (this.lastWarnedAt !== undefined) this.logger.info({ pool: use }, 'database pool no longer saturated');
      this.saturatedSince = this.lastWarnedAt = undefined;
      return;
    }
    this.saturatedSince ??= now;
    const saturatedForMs = now - this.saturatedSince;
    if (saturatedForMs < WARN_AFTER_MS) return;
    if (this.lastWarnedAt !== undefined && now - this.lastWarnedAt < WARN_AT_MOST_EVERY_MS) return;
    this.lastWarnedAt = now;
    this.logger.warn(
      { pool: use, saturatedForMs },
      'database pool saturated: requests are waiting for a connection (see DATABASE_POOL_SIZE)',
    );
  }
}
