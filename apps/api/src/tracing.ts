import { createRequire } from 'node:module';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';

/** The service name spans carry unless OTEL_SERVICE_NAME says otherwise. */
const DEFAULT_SERVICE_NAME = 'ctcp-api';

/**
 * Query parameters of incoming requests whose values are never recorded: the one-time tokens of mailed
 * links (invitations, password resets, unsubscribing) and the sign-in provider's redirect (code, state).
 */
const REDACTED_QUERY_PARAMETERS = ['token', 'code', 'state'];

/** Probes and scrapes come every few seconds and say nothing about users' requests: no traces for them. */
function isProbeOrScrape(request: IncomingMessage): boolean {
  const path = request.url ?? '';
  return path.startsWith('/health/') || path === '/metrics' || path.startsWith('/metrics?');
}

/**
 * OpenTelemetry traces, exported over OTLP/HTTP (JSON) when OTEL_EXPORTER_OTLP_ENDPOINT is set: incoming
 * HTTP requests, Express, GraphQL operations and PostgreSQL queries. The standard OTEL_* variables apply
 * (OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_HEADERS, OTEL_TRACES_SAMPLER, OTEL_BSP_*...).
 *
 * Without the variable nothing of OpenTelemetry is loaded: the SDK is only ever imported dynamically.
 * Must run before express, graphql and @nestjs/* are imported, since instrumentations patch those modules
 * before the app holds their functions. Resolves to a function that sends the spans still buffered (call
 * it on shutdown).
 */
export async function startTracing(logger?: Logger): Promise<(() => Promise<void>) | undefined> {
  const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return undefined;

  const [
    { diag, DiagLogLevel },
    { NodeTracerProvider, BatchSpanProcessor },
    { OTLPTraceExporter },
    { defaultResource, detectResources, envDetector, resourceFromAttributes },
    { registerInstrumentations },
    { HttpInstrumentation },
    { ExpressInstrumentation },
    { GraphQLInstrumentation },
    { PgInstrumentation },
  ] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/instrumentation'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-express'),
    import('@opentelemetry/instrumentation-graphql'),
    import('@opentelemetry/instrumentation-pg'),
  ]);

  // The SDK reports its own failures (an unreachable collector, a bad sampler setting) through `diag`:
  // into the app's log, at OTEL_LOG_LEVEL (NONE, ERROR, WARN, INFO, DEBUG, VERBOSE, ALL; ERROR by default).
  const namedLevel: unknown =
    DiagLogLevel[(process.env.OTEL_LOG_LEVEL ?? '').toUpperCase() as keyof typeof DiagLogLevel];
  const diagLevel = typeof namedLevel === 'number' ? namedLevel : DiagLogLevel.ERROR;
  if (logger) {
    const log = logger.child({ component: 'opentelemetry' });
    diag.setLogger(
      {
        error: (message, ...args) => log.error({ args }, message),
        warn: (message, ...args) => log.warn({ args }, message),
        info: (message, ...args) => log.info({ args }, message),
        debug: (message, ...args) => log.debug({ args }, message),
        verbose: (message, ...args) => log.trace({ args }, message),
      },
      diagLevel,
    );
  }

  const instrumentations = [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: isProbeOrScrape,
      redactedQueryParamsServer: REDACTED_QUERY_PARAMETERS,
    }),
    new ExpressInstrumentation(),
    // Spans for parsing, validating and executing each operation (named after it); none per resolver.
    // Nest's code-first schema gives every field a resolver, so `ignoreTrivialResolveSpans` skips none:
    // a list of 100 rows made about 900 spans, and even with `mergeItems` (29 spans) wrapping every field
    // of every row slowed that query by a quarter or more. The queries of the resolvers show under the
    // operation all the same.
    new GraphQLInstrumentation({ ignoreResolveSpans: true }),
    // Queries of a request, not the job queue's polling every few seconds (which would each be a trace).
    // Parameter values are never recorded (enhancedDatabaseReporting stays off): they hold personal data.
    new PgInstrumentation({ requireParentSpan: true }),
  ];

  // Instrumentations patch a module when it is first require()d after this point. The app and Nest import
  // http, express, graphql and pg as ES modules, which Node serves from the same CommonJS module objects:
  // requiring them here patches what every later importer gets. (The import-in-the-middle loader hook,
  // the other way to patch imports, runs every module the app loads through a loader thread: with it the
  // api started 4.8 s later and used 29 MiB more; this way, no difference beyond measurement noise.)
  const require = createRequire(import.meta.url);
  for (const instrumentation of instrumentations) {
    for (const { name } of instrumentation.getModuleDefinitions()) {
      try {
        require(name);
      } catch {
        // Not installed (pg-pool comes with pg): nothing to patch.
      }
    }
  }

  const resource = defaultResource()
    .merge(resourceFromAttributes({ 'service.name': DEFAULT_SERVICE_NAME }))
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, which win over the default name.
    .merge(detectResources({ detectors: [envDetector] }));
  // The exporter and the processor read their settings from the environment (endpoint, headers,
  // timeouts, batch delay and sizes); the provider reads the sampler and the span limits.
  const provider = new NodeTracerProvider({
    resource,
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({ tracerProvider: provider, instrumentations });

  logger?.info({ endpoint, serviceName: resource.attributes['service.name'] }, 'tracing: spans exported over OTLP');
  return async () => {
    await provider.shutdown().catch((error: unknown) => logger?.warn({ err: error }, 'tracing: last spans not sent'));
  };
}
