import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { BoundedNames, methodLabel, routeLabel } from './labels.js';

/** Every metric name starts with this, the process metrics of prom-client included. */
export const METRIC_PREFIX = 'ctcp_';

/** Seconds: from a health check to a PDF export, which may take half a minute on a busy machine. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export type GraphQLOperationType = 'query' | 'mutation' | 'subscription' | 'unknown';

/**
 * The metrics of this app instance, in a registry of its own rather than prom-client's global one: tests
 * start several apps in one process, and each must count only its own requests.
 *
 * Everything is off unless METRICS_TOKEN is set: then nothing is recorded and the process metrics
 * (which keep timers and observers for the life of the process) are not started.
 */
@Injectable()
export class MetricsService implements OnModuleDestroy {
  readonly registry = new Registry();
  readonly enabled: boolean;

  private readonly httpRequestDuration = new Histogram({
    name: `${METRIC_PREFIX}http_request_duration_seconds`,
    help: 'HTTP requests by method, route (the API prefix, or web) and status, and how long they took.',
    labelNames: ['method', 'route', 'status'],
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  private readonly graphqlOperationDuration = new Histogram({
    name: `${METRIC_PREFIX}graphql_operation_duration_seconds`,
    help: 'GraphQL operations by name and type, and how long they took.',
    labelNames: ['operation', 'type'],
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  private readonly graphqlErrors = new Counter({
    name: `${METRIC_PREFIX}graphql_errors_total`,
    help: 'Errors in GraphQL answers, by the code clients see in extensions.code.',
    labelNames: ['code'],
    registers: [this.registry],
  });

  private readonly realtimeEventsEmitted = new Counter({
    name: `${METRIC_PREFIX}realtime_events_emitted_total`,
    help: 'Realtime events published, by kind: one emit to rooms, however many sockets it reaches.',
    labelNames: ['event'],
    registers: [this.registry],
  });

  private readonly requestsRefused = new Counter({
    name: `${METRIC_PREFIX}http_requests_refused_total`,
    help: 'API requests refused (503) after waiting too long for one of MAX_CONCURRENT_REQUESTS places (REQUEST_QUEUE_TIMEOUT_MS, 1 s once the queue stands).',
    registers: [this.registry],
  });

  private readonly jobQueueRestarts = new Counter({
    name: `${METRIC_PREFIX}job_queue_restarts_total`,
    help: 'Times the job queue stopped on an error (the database away) and was started again.',
    registers: [this.registry],
  });

  private readonly operationNames = new BoundedNames();
  private readonly errorCodes = new BoundedNames();

  constructor(@Inject(RUNTIME_CONFIG) config: RuntimeConfig) {
    this.enabled = config.metricsToken !== undefined;
    if (this.enabled) collectDefaultMetrics({ register: this.registry, prefix: METRIC_PREFIX });
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }

  recordHttpRequest(method: string, path: string, status: number, seconds: number): void {
    if (!this.enabled) return;
    this.httpRequestDuration.observe(
      { method: methodLabel(method), route: routeLabel(path), status: String(status) },
      seconds,
    );
  }

  /** `operationName` is null for an anonymous operation. */
  recordGraphQLOperation(operationName: string | null, type: GraphQLOperationType, seconds: number): void {
    if (!this.enabled) return;
    const operation = operationName === null ? 'anonymous' : this.operationNames.label(operationName);
    this.graphqlOperationDuration.observe({ operation, type }, seconds);
  }

  recordGraphQLError(code: unknown): void {
    if (!this.enabled) return;
    this.graphqlErrors.inc({ code: typeof code === 'string' ? this.errorCodes.label(code) : 'INTERNAL' });
  }

  /** `event` is the kind of a RealtimeEvent: a fixed set. */
  recordRealtimeEvent(event: string): void {
    if (!this.enabled) return;
    this.realtimeEventsEmitted.inc({ event });
  }

  recordRequestRefused(): void {
    if (!this.enabled) return;
    this.requestsRefused.inc();
  }

  recordJobQueueRestart(): void {
    if (!this.enabled) return;
    this.jobQueueRestarts.inc();
  }
}
