import { Controller, Get, Inject, type OnModuleDestroy, ServiceUnavailableException } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { Public } from '../../common/request-context.js';
import { poolUse } from '../../database/pool.js';
import { RedisStatus } from './redis-status.js';

/** Readiness answers within this bound, whatever the database or the pool is doing. */
const READY_TIMEOUT_MS = 2000;

@Controller('health')
export class HealthController implements OnModuleDestroy {
  /** Its own connection, so that a saturated pool cannot hold the probe up. */
  private readonly probe: pg.Pool;

  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisStatus,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    this.probe = new pg.Pool({
      connectionString: config.databaseUrl,
      max: 1,
      connectionTimeoutMillis: READY_TIMEOUT_MS,
      query_timeout: READY_TIMEOUT_MS,
      application_name: 'ctcp-api-health',
    });
    this.probe.on('error', () => {}); // a dropped idle probe connection is reopened on the next check
  }

  async onModuleDestroy(): Promise<void> {
    await this.probe.end();
  }

  /** The process is up. */
  @Public()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /**
   * The process can serve: the database answers. Reports how busy the pool of connections is and, with
   * several instances, whether Redis is reachable (without it the instance serves, events stay local).
   */
  @Public()
  @Get('ready')
  async ready() {
    const use = poolUse(this.dataSource);
    const pool = { ...use, saturated: use.waiting > 0 };
    const redis = this.redis.state;
    try {
      await this.probe.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'unreachable', redis, pool });
    }
    return { status: 'ok', database: 'ok', redis, pool };
  }
}
