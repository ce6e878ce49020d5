import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Logger as WorkerLogger, run, type Runner, type Task } from 'graphile-worker';
import pg from 'pg';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { LOGGER, RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { MetricsService } from '../metrics/metrics.service.js';

/** How long the queue waits before starting again after it stopped on an error (the database away). */
const QUEUE_RESTART_MS = 5_000;

/**
 * Background jobs on the PostgreSQL job queue (graphile-worker): a job is added with SQL inside the
 * transaction of the change that causes it, so it exists if and only if the change commits, and the
 * workers of every api instance take jobs as they come (LISTEN/NOTIFY), retrying a failed one with an
 * exponential backoff (e^n seconds before the n-th retry).
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly tasks: Record<string, Task> = {};
  private readonly schedules: string[] = [];
  private runner: Runner | undefined;
  private pool: pg.Pool | undefined;
  private restart: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly metrics: MetricsService,
  ) {}

  /** Names the handler of a kind of job; called by the modules when they start, before the worker does. */
  register(task: string, handler: Task): void {
    this.tasks[task] = handler;
  }

  /**
   * Adds jobs, one per payload, in the transaction of `manager`; a `key` replaces a pending job of the same
   * key. `delaySeconds` holds them back that long from now.
   */
  async add(
    manager: EntityManager,
    task: string,
    payloads: readonly { payload: Record<string, unknown>; key?: string }[],
    options: { maxAttempts?: number; delaySeconds?: number } = {},
  ): Promise<void> {
    if (payloads.length === 0) return;
    await manager.query(
      `SELECT graphile_worker.add_job($1, job.payload, max_attempts => $2, job_key => job.key,
                                      run_at => now() + make_interval(secs => $3))
         FROM json_to_recordset($4::json) AS job(payload json, key text)`,
      [
        task,
        options.maxAttempts ?? null,
        options.delaySeconds ?? 0,
        JSON.stringify(payloads.map((job) => ({ payload: job.payload, key: job.key ?? null }))),
      ],
    );
  }

  /** Starts `task` on a schedule (crontab syntax, UTC); one api instance of many starts each run. */
  schedule(task: string, cron: string): void {
    this.schedules.push(`${cron} ${task}`);
  }

  async onApplicationBootstrap(): Promise<void> {
    // The queue's own connections (a waiting worker holds one for LISTEN), apart from the api's pool. A
    // connection the server ends (a restart, the database stopping at shutdown) is logged, not fatal.
    this.pool = new pg.Pool({ connectionString: this.config.databaseUrl, max: 3 });
    this.pool.on('error', (error) => this.logger.warn({ error: error.message }, 'job queue connection lost'));
    this.runner = await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restart);
    await this.runner?.stop().catch(() => undefined);
    await this.pool?.end();
  }

  /**
   * Runs the queue. The runner stops for good when its scheduler cannot reach the database at a minute's
   * turn (graphile-worker's cron gives up, and its promise rejects): that is logged and the queue started
   * again shortly, instead of the rejection ending the process or the jobs.
   */
  private async start(): Promise<Runner> {
    const runner = await run({
      pgPool: this.pool,
      concurrency: 2,
      noHandleSignals: true,
      logger: this.workerLogger(),
      taskList: this.tasks,
      crontab: this.schedules.join('\n'),
    });
    runner.promise.catch((error: unknown) => this.startAgainLater(error));
    return runner;
  }

  private startAgainLater(error: unknown): void {
    if (this.stopping) return;
    this.logger.warn({ err: error }, 'job queue stopped; starting it again');
    this.metrics.recordJobQueueRestart();
    this.restart = setTimeout(() => {
      this.start().then(
        (runner) => (this.runner = runner),
        (failed: unknown) => this.startAgainLater(failed),
      );
    }, QUEUE_RESTART_MS);
  }

  /** The queue's own messages, through the api's logger (a failed attempt is a warning: it is retried). */
  private workerLogger(): WorkerLogger {
    return new WorkerLogger((scope) => (level, message) => {
      const entry = { worker: scope };
      if (level === 'error') this.logger.error(entry, message);
      else if (level === 'warning') this.logger.warn(entry, message);
      else this.logger.debug(entry, message);
    });
  }
}
