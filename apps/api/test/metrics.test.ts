import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type TestApp, startTestApp, workingGroupWorkspaces } from './harness.js';
import { connectSocket, until } from './sockets.js';

const METRICS_TOKEN = randomBytes(32).toString('hex');

/** GET /metrics with this Authorization header (none when undefined). */
function scrape(api: TestApp, authorization?: string): Promise<Response> {
  return fetch(`${api.url}/metrics`, { headers: authorization ? { authorization } : {} });
}

/** The text of a scrape with the right token. */
async function metricsText(api: TestApp): Promise<string> {
  const response = await scrape(api, `Bearer ${METRICS_TOKEN}`);
  expect(response.status).toBe(200);
  return response.text();
}

/** The value of the sample `series` (name and labels, exactly as printed), or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

// Apps in turn, never two at once: Passport keeps strategies per process.
describe('GET /metrics without METRICS_TOKEN', () => {
  let api: TestApp;
  let webDistDir: string;
  beforeAll(async () => {
    webDistDir = await mkdtemp(join(tmpdir(), 'ctcp-web-'));
    await writeFile(join(webDistDir, 'index.html'), '<!doctype html><title>CTCP</title>');
    api = await startTestApp({ webDistDir });
  });
  afterAll(async () => {
    await api.close();
    await rm(webDistDir, { recursive: true, force: true });
  });

  it('does not exist, even with a bearer token, and is not a page of the web app', async () => {
    expect((await scrape(api)).status).toBe(404);
    expect((await scrape(api, `Bearer ${METRICS_TOKEN}`)).status).toBe(404);
    const asPage = await fetch(`${api.url}/metrics`, { headers: { accept: 'text/html' } });
    expect(asPage.status).toBe(404);
    expect(await asPage.text()).not.toContain('<title>CTCP</title>');
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  let api: TestApp;
  let coordinator: string;
  beforeAll(async () => {
    api = await startTestApp({ metricsToken: METRICS_TOKEN });
    coordinator = await api.signIn(DEMO.coordinator);
  });
  afterAll(() => api.close());

  it('refuses a scrape without the token or with another one', async () => {
    for (const authorization of [undefined, `Bearer ${'x'.repeat(64)}`, `Bearer ${METRICS_TOKEN}x`, METRICS_TOKEN]) {
      const response = await scrape(api, authorization);
      expect(response.status, String(authorization)).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    // A session of the app is no metrics token.
    expect((await scrape(api, `Bearer ${coordinator}`)).status).toBe(401);
  });

  it('serves the Prometheus text format with the token', async () => {
    const response = await scrape(api, `Bearer ${METRICS_TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE ctcp_http_request_duration_seconds histogram');
    expect(sample(text, 'ctcp_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toMatch(/^ctcp_process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^ctcp_nodejs_eventloop_lag_p99_seconds \d/m);
  });

  it('times GraphQL operations by name and type, and counts errors by code', async () => {
    const probe = await api.gql(`query MetricsProbe { me { id } }`, {}, coordinator);
    expect(probe.errors).toBeUndefined();
    const missing = await api.gql(`query MetricsMissingUser { user(id: "not-a-uuid") { id } }`, {}, coordinator);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await api.gql(`{ me { id } }`, {}, coordinator);

    const text = await metricsText(api);
    expect(sample(text, 'ctcp_graphql_operation_duration_seconds_count{operation="MetricsProbe",type="query"}')).toBe(
      1,
    );
    expect(
      sample(text, 'ctcp_graphql_operation_duration_seconds_count{operation="MetricsMissingUser",type="query"}'),
    ).toBe(1);
    expect(sample(text, 'ctcp_graphql_operation_duration_seconds_count{operation="anonymous",type="query"}')).toBe(1);
    expect(sample(text, 'ctcp_graphql_errors_total{code="NOT_FOUND"}')).toBe(1);
    // Signing in was a mutation of its own name.
    expect(sample(text, 'ctcp_graphql_operation_duration_seconds_count{operation="SignIn",type="mutation"}')).toBe(1);
  });

  it('counts an operation that does not parse as anonymous and of unknown type, and its error by code', async () => {
    const broken = await api.gql(`query MetricsBroken { me { id }`, {}, coordinator);
    expect(broken.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const text = await metricsText(api);
    expect(sample(text, 'ctcp_graphql_operation_duration_seconds_count{operation="anonymous",type="unknown"}')).toBe(1);
    expect(sample(text, 'ctcp_graphql_errors_total{code="BAD_USER_INPUT"}')).toBeGreaterThanOrEqual(1);
  });

  it('times HTTP requests by method, bounded route and status', async () => {
    await fetch(`${api.url}/health/live`);
    await fetch(`${api.url}/some/page/of/the/web/app/123`);
    const text = await metricsText(api);
    expect(
      sample(text, 'ctcp_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}'),
    ).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'ctcp_http_request_duration_seconds_count{method="GET",route="/health",status="200"}')).toBe(1);
    expect(sample(text, 'ctcp_http_request_duration_seconds_count{method="GET",route="web",status="404"}')).toBe(1);
    expect(text).not.toContain('/some/page');
  });

  it('reads the database pool, job queue, mail outbox and PDF printer at scrape time', async () => {
    const text = await metricsText(api);
    expect(sample(text, 'ctcp_db_pool_connections{state="open"}')).toBeGreaterThan(0);
    expect(sample(text, 'ctcp_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'ctcp_db_pool_connections{state="waiting"}')).toBe(0);
    expect(sample(text, 'ctcp_db_pool_max')).toBe(10);
    for (const state of ['pending', 'scheduled', 'failed']) {
      expect(sample(text, `ctcp_job_queue_jobs{state="${state}"}`), state).toBeGreaterThanOrEqual(0);
    }
    for (const status of ['PENDING', 'SENDING', 'SENT', 'FAILED']) {
      expect(sample(text, `ctcp_mail_outbox{status="${status}"}`), status).toBeGreaterThanOrEqual(0);
    }
    expect(sample(text, 'ctcp_pdf_queue')).toBe(0);
  });

  it('counts the jobs of the queue by state', async () => {
    const before = sample(await metricsText(api), 'ctcp_job_queue_jobs{state="scheduled"}')!;
    await api.sql(`SELECT graphile_worker.add_job('metrics-probe', '{}', run_at => now() + interval '1 hour')`);
    expect(sample(await metricsText(api), 'ctcp_job_queue_jobs{state="scheduled"}')).toBe(before + 1);
  });

  it('leaves out a gauge whose query fails, and still answers the scrape', async () => {
    await api.sql(`ALTER TABLE mail_messages RENAME TO mail_messages_away`);
    try {
      const text = await metricsText(api);
      expect(text).toContain('# TYPE ctcp_mail_outbox gauge');
      expect(text).not.toMatch(/^ctcp_mail_outbox\{/m);
      expect(sample(text, 'ctcp_job_queue_jobs{state="failed"}')).toBeGreaterThanOrEqual(0);
    } finally {
      await api.sql(`ALTER TABLE mail_messages_away RENAME TO mail_messages`);
    }
    expect(sample(await metricsText(api), 'ctcp_mail_outbox{status="SENT"}')).toBeGreaterThanOrEqual(0);
  });

  it('counts the sockets connected to this instance', async () => {
    const socket = await connectSocket(api.url, { token: coordinator });
    try {
      expect(sample(await metricsText(api), 'ctcp_sockets_connected')).toBe(1);
    } finally {
      socket.close();
    }
    await until('the socket is gone', async () => sample(await metricsText(api), 'ctcp_sockets_connected') === 0);
  });

  it('counts the realtime events published, by kind', async () => {
    const { BMLE } = await workingGroupWorkspaces(api);
    const created = await api.gql(
      `mutation MetricsThread($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { workspaceId: BMLE, title: 'Metrics', body: 'A thread to count' } },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
    const text = await metricsText(api);
    expect(sample(text, 'ctcp_realtime_events_emitted_total{event="thread.created"}')).toBe(1);
  });
});
