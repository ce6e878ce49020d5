import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import pg from 'pg';
import type { Logger } from 'pino';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { LOGGER, RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { poolUse } from '../../database/pool.js';
import { MAIL_COUNT_BY_STATUS_SQL, MAIL_STATUSES } from '../mail/mail-message.entity.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { PdfService } from '../reports/pdf.service.js';
import { METRIC_PREFIX, MetricsService } from './metrics.service.js';

/** A query at scrape time gives up after this; Prometheus waits 10 s for a whole scrape by default. */
const SCRAPE_QUERY_TIMEOUT_MS = 2000;

/** Jobs of the queue by state, from graphile-worker's `jobs` view. Jobs being worked on are in none of them. */
const JOB_QUEUE_QUERY = `
  SELECT count(*) FILTER (WHERE attempts < max_attempts AND locked_at IS NULL AND run_at <= now())::int AS pending,
         count(*) FILTER (WHERE attempts < max_attempts AND run_at > now())::int AS scheduled,
         count(*) FILTER (WHERE attempts >= max_attempts)::int AS failed
    FROM graphile_worker.jobs`;

/**
 * Gauges read when Prometheus scrapes: connected sockets, the database pool, the job queue, the mail
 * outbox and the PDF printer. A query that fails or times out leaves its gauge without samples for that
 * scrape, rather than failing the whole scrape.
 */
@Injectable()
export class ScrapeTimeGauges implements OnModuleDestroy {
  /**
   * Its own connection, like the readiness probe's: when every connection of the app's pool is busy is
   * exactly when the scrape must still answer, and answer quickly.
   */
  private readonly database?: pg.Pool;

  constructor(
    metrics: MetricsService,
    dataSource: DataSource,
    realtime: RealtimeService,
    moduleRef: ModuleRef,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    if (!metrics.enabled) return;
    const registers = [metrics.registry];
    const database = new pg.Pool({
      connectionString: config.databaseUrl,
      max: 1,
      connectionTimeoutMillis: SCRAPE_QUERY_TIMEOUT_MS,
      statement_timeout: SCRAPE_QUERY_TIMEOUT_MS,
      query_timeout: SCRAPE_QUERY_TIMEOUT_MS + 500,
      application_name: 'ctcp-api-metrics',
    });
    database.on('error', () => {}); // a dropped idle connection is reopened at the next scrape
    this.database = database;
    const readRows = this.readRows.bind(this);

    new Gauge({
      name: `${METRIC_PREFIX}sockets_connected`,
      help: 'Socket.IO clients connected to this instance.',
      registers,
      collect() {
        this.set(realtime.connectedSockets);
      },
    });

    new Gauge({
      name: `${METRIC_PREFIX}db_pool_connections`,
      help: "Connections of this instance's database pool: open (in use or idle), idle, and requests waiting for one.",
      labelNames: ['state'],
      registers,
      collect() {
        const use = poolUse(dataSource);
        this.set({ state: 'open' }, use.open);
        this.set({ state: 'idle' }, use.idle);
        this.set({ state: 'waiting' }, use.waiting);
      },
    });

    new Gauge({
      name: `${METRIC_PREFIX}db_pool_max`,
      help: "Most connections this instance's database pool may open.",
      registers,
      collect() {
        this.set(poolUse(dataSource).max);
      },
    });

    new Gauge({
      name: `${METRIC_PREFIX}job_queue_jobs`,
      help: 'Jobs of the queue: pending (runnable now), scheduled (to run later), failed (out of attempts).',
      labelNames: ['state'],
      registers,
      async collect() {
        this.reset();
        const rows = await readRows<{ pending: number; scheduled: number; failed: number }>(
          'job queue',
          JOB_QUEUE_QUERY,
        );
        if (!rows) return;
        const [counts] = rows;
        this.set({ state: 'pending' }, counts.pending);
        this.set({ state: 'scheduled' }, counts.scheduled);
        this.set({ state: 'failed' }, counts.failed);
      },
    });

    new Gauge({
      name: `${METRIC_PREFIX}mail_outbox`,
      help: 'Messages of the mail outbox by status.',
      labelNames: ['status'],
      registers,
      async collect() {
        this.reset();
        const rows = await readRows<{ status: string; count: number }>('mail outbox', MAIL_COUNT_BY_STATUS_SQL);
        if (!rows) return;
        for (const status of MAIL_STATUSES) {
          this.set({ status }, rows.find((row) => row.status === status)?.count ?? 0);
        }
      },
    });

    new Gauge({
      name: `${METRIC_PREFIX}pdf_queue`,
      help: 'PDF prints on this instance, printing or waiting for a page.',
      registers,
      collect() {
        // Looked up when read: the reports module does not export it, and it may not exist yet when this does.
        const pdf = moduleRef.get(PdfService, { strict: false });
        this.set(pdf.printing + pdf.waiting);
      },
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.database?.end();
  }

  /** The rows of `query`, or undefined (and a warning) when the database did not answer in time. */
  private async readRows<T>(what: string, query: string): Promise<T[] | undefined> {
    if (!this.database) return undefined;
    try {
      return (await this.database.query(query)).rows as T[];
    } catch (error) {
      this.logger.warn({ err: error }, `metrics: reading the ${what} failed; left out of this scrape`);
      return undefined;
    }
  }
}
