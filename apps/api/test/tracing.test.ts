import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, SIGN_IN } from './harness.js';
import { cloneDatabase, gql, type Instance, newJwtSecret, startInstance, stopAll } from './instances.js';
import { until } from './sockets.js';

/**
 * OpenTelemetry traces of the built api, received as an OTLP collector receives them (OTLP/HTTP with
 * JSON bodies on POST /v1/traces): on only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */

/** A span as OTLP/JSON carries it, with the service name of the resource that sent it. */
interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: Record<string, unknown> }[];
  serviceName?: unknown;
}

interface OtlpTraceRequest {
  resourceSpans?: {
    resource?: { attributes?: ReceivedSpan['attributes'] };
    scopeSpans?: { spans?: Omit<ReceivedSpan, 'serviceName'>[] }[];
  }[];
}

const SPAN_KIND_SERVER = 2;
const SPAN_KIND_CLIENT = 3;

/** The value of an OTLP attribute, whatever its type (stringValue, intValue...). */
function attribute(attributes: ReceivedSpan['attributes'], key: string): unknown {
  const found = attributes?.find((candidate) => candidate.key === key);
  return found ? Object.values(found.value)[0] : undefined;
}

/** An OTLP/HTTP collector on loopback that keeps every span it is sent, and counts every request. */
async function startCollector() {
  const spans: ReceivedSpan[] = [];
  let requests = 0;
  const server = createServer((request, response) => {
    requests += 1;
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/traces') {
        response.writeHead(404).end();
        return;
      }
      const payload = JSON.parse(body) as OtlpTraceRequest;
      for (const resourceSpans of payload.resourceSpans ?? []) {
        const serviceName = attribute(resourceSpans.resource?.attributes, 'service.name');
        for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
          for (const span of scopeSpans.spans ?? []) spans.push({ ...span, serviceName });
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Whether `span` is `ancestor` or lies under it, following parent links within the received spans. */
function descendsFrom(span: ReceivedSpan, ancestor: ReceivedSpan, spans: ReceivedSpan[]): boolean {
  let current: ReceivedSpan | undefined = span;
  while (current) {
    if (current.spanId === ancestor.spanId) return true;
    const parentId: string | undefined = current.parentSpanId;
    current = parentId ? spans.find((candidate) => candidate.spanId === parentId) : undefined;
  }
  return false;
}

/**
 * The spans of the GraphQL operation `operationName` once its trace is complete: the HTTP server span
 * of POST /graphql, the operation's span under it and a SELECT under the operation, in one trace.
 */
function traceOfOperation(spans: ReceivedSpan[], operationName: string) {
  const operation = spans.find((span) => attribute(span.attributes, 'graphql.operation.name') === operationName);
  if (!operation) return undefined;
  const sameTrace = spans.filter((span) => span.traceId === operation.traceId);
  const http = sameTrace.find(
    (span) =>
      span.kind === SPAN_KIND_SERVER &&
      attribute(span.attributes, 'http.request.method') === 'POST' &&
      attribute(span.attributes, 'url.path') === '/graphql',
  );
  const select = sameTrace.find(
    (span) =>
      span.kind === SPAN_KIND_CLIENT &&
      attribute(span.attributes, 'db.system.name') === 'postgresql' &&
      String(attribute(span.attributes, 'db.query.text')).startsWith('SELECT') &&
      descendsFrom(span, operation, sameTrace),
  );
  if (!http || !select) return undefined;
  return { http, operation, select, sameTrace };
}

/** Stops the instance as a process manager does, and resolves with its exit code once it has exited. */
function stopWithSigterm(instance: Instance): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => instance.child.once('exit', (code) => resolve(code)));
  instance.child.kill('SIGTERM');
  return exited;
}

const ONE_TIME_TOKEN = 'one-time-token-of-the-test';
const QUERY = (name: string) => /* GraphQL */ `query ${name} { me { id } workingGroups { id name } }`;

let database: Awaited<ReturnType<typeof cloneDatabase>> | undefined;
const jwtSecret = newJwtSecret();
const collectors: Awaited<ReturnType<typeof startCollector>>[] = [];

beforeAll(async () => {
  database = await cloneDatabase('tracing');
});

afterAll(async () => {
  stopAll();
  for (const collector of collectors) await collector.close();
  await database?.drop();
});

/** Signs in and runs the query named `operationName`, both over HTTP; fails if either fails. */
async function signInAndQuery(port: number, operationName: string) {
  const signIn = await gql(port, SIGN_IN, { email: DEMO.philippines, password: DEMO_PASSWORD });
  expect(signIn.errors).toBeUndefined();
  const answer = await gql(port, QUERY(operationName), {}, signIn.data.signIn.accessToken as string);
  expect(answer.errors).toBeUndefined();
  expect(answer.data.workingGroups.length).toBeGreaterThan(0);
}

describe('OpenTelemetry traces', () => {
  it(
    'with OTEL_EXPORTER_OTLP_ENDPOINT: an HTTP request, its GraphQL operation and its SQL queries, in one trace',
    { timeout: 120_000 },
    async () => {
      const collector = await startCollector();
      collectors.push(collector);
      const api = await startInstance(
        { databaseUrl: database!.url, jwtSecret },
        { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '200' },
      );

      // A mailed link's one-time token, in a query string.
      const unsubscribe = await fetch(`http://127.0.0.1:${api.port}/unsubscribe?token=${ONE_TIME_TOKEN}`, {
        method: 'POST',
      });
      expect(unsubscribe.status).toBe(404);
      // A password written into the document rather than passed as a variable.
      const inlineSignIn = await gql(
        api.port,
        `mutation InlineSignIn { signIn(input: { email: "${DEMO.philippines}", password: "${DEMO_PASSWORD}" }) { accessToken } }`,
      );
      expect(inlineSignIn.errors).toBeUndefined();
      await signInAndQuery(api.port, 'TracedWorkingGroups');

      let trace: ReturnType<typeof traceOfOperation>;
      const spanWith = (key: string, value: string) =>
        collector.spans.find((span) => attribute(span.attributes, key) === value);
      await until(
        'the spans of every request reach the collector',
        () =>
          (trace = traceOfOperation(collector.spans, 'TracedWorkingGroups')) !== undefined &&
          !!spanWith('url.path', '/unsubscribe') &&
          !!spanWith('graphql.operation.name', 'InlineSignIn'),
        60_000,
        100,
      );
      const { http, operation, select, sameTrace } = trace!;
      expect(http.parentSpanId ?? '').toBe(''); // the request starts the trace
      expect(descendsFrom(operation, http, sameTrace)).toBe(true);
      expect(operation.name).toBe('query TracedWorkingGroups');
      expect(descendsFrom(select, operation, sameTrace)).toBe(true);
      expect(attribute(http.attributes, 'http.route')).toBe('/graphql');
      // Express's middleware, between the two (express is imported as an ES module by Nest).
      const middleware = sameTrace.filter((span) => attribute(span.attributes, 'express.type') === 'middleware');
      expect(middleware.some((span) => descendsFrom(operation, span, sameTrace))).toBe(true);
      expect(http.serviceName).toBe('ctcp-api');

      // Bound by the request, not by the rows: no span per resolver of every row.
      expect(sameTrace.filter((span) => span.name.startsWith('graphql.resolve'))).toEqual([]);
      // Readiness probes (startInstance polled /health/ready) make no traces.
      expect(
        collector.spans.filter((span) => String(attribute(span.attributes, 'url.path')).startsWith('/health')),
      ).toEqual([]);
      // Neither GraphQL variables, literals nor SQL parameters are recorded: the password is nowhere; nor
      // are tokens in query strings.
      expect(JSON.stringify(collector.spans)).not.toContain(DEMO_PASSWORD);
      expect(attribute(spanWith('graphql.operation.name', 'InlineSignIn')!.attributes, 'graphql.source')).toContain(
        'password: "*"',
      );
      expect(attribute(spanWith('url.path', '/unsubscribe')!.attributes, 'url.query')).toBe('token=REDACTED');
      expect(JSON.stringify(collector.spans)).not.toContain(ONE_TIME_TOKEN);

      expect(await stopWithSigterm(api)).toBe(0);
    },
  );

  it('sends the spans still buffered when the api stops', { timeout: 120_000 }, async () => {
    const collector = await startCollector();
    collectors.push(collector);
    // A batch delay of ten minutes: only the flush on shutdown can send the spans within the test.
    const api = await startInstance(
      { databaseUrl: database!.url, jwtSecret },
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_BSP_SCHEDULE_DELAY: '600000',
        OTEL_SERVICE_NAME: 'ctcp-api-test',
      },
    );
    await signInAndQuery(api.port, 'FlushedOnShutdown');
    expect(collector.requests()).toBe(0); // far fewer spans than a full batch (512): all still buffered

    expect(await stopWithSigterm(api)).toBe(0);
    const trace = traceOfOperation(collector.spans, 'FlushedOnShutdown');
    expect(trace).toBeDefined();
    // OTEL_SERVICE_NAME overrides the default service name.
    expect(trace!.operation.serviceName).toBe('ctcp-api-test');
  });

  it('without OTEL_EXPORTER_OTLP_ENDPOINT: no tracing, nothing is sent', { timeout: 120_000 }, async () => {
    const collector = await startCollector();
    collectors.push(collector);
    // The traces-only endpoint variable names the collector: had the SDK been started regardless (it
    // reads this variable), the spans would go there.
    const api = await startInstance(
      { databaseUrl: database!.url, jwtSecret },
      { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${collector.url}/v1/traces`, OTEL_BSP_SCHEDULE_DELAY: '200' },
    );
    await signInAndQuery(api.port, 'Untraced');

    // Once the api has exited, any span it had would have been sent (see the test above): none was.
    expect(await stopWithSigterm(api)).toBe(0);
    expect(collector.requests()).toBe(0);
  });
});
