import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '../src/modules/assistance-requests/clocks.js';
import { makeRequest, ok, organizationIds, type Tokens } from './assistance-requests.fixtures.js';
import { errorCode, signInDemoUsers, type TestApp, startTestApp } from './harness.js';

/** The dashboard's trends: requests by status, deadlines met or missed per quarter, funding per quarter. */

const DASHBOARD = `query($year: Int!, $quarter: Int!) {
  dashboard(year: $year, quarter: $quarter) {
    year quarter
    requestPipeline { status requests medianSecondsInStatus overdue }
    slaCompliance { year quarter met missed }
    fundingTrend { year quarter pledgedUsd receivedUsd }
  }
}`;

let api: TestApp;
let tokens: Tokens;
let org: Record<string, string>;

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  org = await organizationIds(api);
});
afterAll(() => api.close());

const quarterOf = (at: Date) => ({ year: at.getUTCFullYear(), quarter: Math.floor(at.getUTCMonth() / 3) + 1 });
const today = quarterOf(new Date());

async function dashboard(quarter = today) {
  return ok(await api.gql(DASHBOARD, quarter, tokens.coordinator), 'dashboard');
}

const row = (rows: any[], quarter: { year: number; quarter: number }) =>
  rows.find((candidate) => candidate.year === quarter.year && candidate.quarter === quarter.quarter);

describe('dashboard', () => {
  it('is for the Compact side: a State is refused, the signed-out too, and a quarter out of range is bad input', async () => {
    expect(errorCode(await api.gql(DASHBOARD, today, tokens.philippines))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(DASHBOARD, today))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(DASHBOARD, { year: 2026, quarter: 5 }, tokens.coordinator))).toBe('BAD_USER_INPUT');
    expect((await api.gql(DASHBOARD, today, tokens.unodc)).data?.dashboard.year).toBe(today.year);
  });

  it('counts submitted requests by status, with how long they have waited and how many are overdue', async () => {
    const before = await dashboard();
    const count = (pipeline: any[], status: string) => pipeline.find((entry) => entry.status === status)?.requests ?? 0;
    await makeRequest(api, tokens, org, { status: 'DRAFT' });
    const late = await makeRequest(api, tokens, org, { status: 'SUBMITTED' });
    await api.sql(
      `UPDATE assistance_requests SET status_changed_at = now() - interval '30 days', sla_due_at = now() - interval '1 day'
        WHERE id = $1`,
      [late],
    );
    const after = await dashboard();
    expect(after.requestPipeline.map((entry: any) => entry.status)).not.toContain('DRAFT');
    expect(count(after.requestPipeline, 'SUBMITTED')).toBe(count(before.requestPipeline, 'SUBMITTED') + 1);
    const submitted = after.requestPipeline.find((entry: any) => entry.status === 'SUBMITTED');
    expect(submitted.overdue).toBeGreaterThanOrEqual(1);
    expect(submitted.medianSecondsInStatus).toBeGreaterThan(0);
  });

  it('counts a deadline met in the quarter the request moved on, and one missed in the quarter it passed', async () => {
    const before = await dashboard();
    expect(before.slaCompliance.map((entry: any) => entry.year * 4 + entry.quarter)).toEqual(
      [3, 2, 1, 0].map((back) => today.year * 4 + today.quarter - back),
    );
    await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW' }); // reviewed at once: met now
    const missed = await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW' });
    const submittedAt = new Date(Date.now() - 40 * 86_400_000);
    await api.sql(
      `UPDATE assistance_request_transitions SET created_at = $2 WHERE request_id = $1 AND to_status = 'SUBMITTED'`,
      [missed, submittedAt],
    );
    const due = addWorkingDays(submittedAt, api.config.requestSla.reviewWorkingDays);

    const after = await dashboard();
    const metNow = row(after.slaCompliance, today).met - row(before.slaCompliance, today).met;
    expect(metNow).toBe(1);
    const missedThen = row(after.slaCompliance, quarterOf(due));
    expect(missedThen.missed - row(before.slaCompliance, quarterOf(due)).missed).toBe(1);
  });

  it('sums cash pledged and received per quarter, in kind apart, eight quarters to the one asked for', async () => {
    const before = await dashboard();
    expect(before.fundingTrend).toHaveLength(8);
    const record = (input: Record<string, unknown>) =>
      api.gql(
        `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`,
        { input: { donorId: org['STATE:PH'], date: new Date().toISOString().slice(0, 10), ...input } },
        tokens.coordinator,
      );
    ok(await record({ kind: 'PLEDGE', amountUsd: 1000 }), 'recordContribution');
    ok(await record({ kind: 'RECEIPT', amountUsd: 400 }), 'recordContribution');
    ok(await record({ kind: 'RECEIPT', amountUsd: 50, inKind: true }), 'recordContribution');
    const after = await dashboard();
    expect(row(after.fundingTrend, today).pledgedUsd - row(before.fundingTrend, today).pledgedUsd).toBe(1000);
    expect(row(after.fundingTrend, today).receivedUsd - row(before.fundingTrend, today).receivedUsd).toBe(400);
  });
});

describe('the projects portfolio export', () => {
  const download = (query: string, token?: string) =>
    fetch(`${api.url}/exports/projects.csv${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const titles = (csv: string) =>
    csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.slice(1, line.indexOf('",')).replaceAll('""', '"'));

  it('lists the projects of the list with its filters, as the reader may read them, headings in their language', async () => {
    const project = async (title: string, pillars: string[], beneficiaryCountryCodes: string[]) =>
      ok(
        await api.gql(
          `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
          { input: { title, pillars, beneficiaryCountryCodes, leadEntityId: org.UNODC, startDate: '2026-01-01' } },
          tokens.coordinator,
        ),
        'createProject',
      );
    await project('Portfolio: border "crossings"', ['II'], ['MV']);
    await project('Portfolio: prisons', ['I'], ['MV']);
    await project('Portfolio: ports', ['II'], ['PH']);
    const listed = ok(
      await api.gql(
        `query($filter: ProjectFilter) { projects(filter: $filter, first: 100) { edges { node { title } } } }`,
        { filter: { pillar: 'II', search: 'Portfolio' } },
        tokens.coordinator,
      ),
      'projects',
    ).edges.map((edge: any) => edge.node.title);
    expect(listed).toEqual(['Portfolio: border "crossings"', 'Portfolio: ports']);

    const answer = await download('?pillar=II&search=Portfolio&language=fr', tokens.coordinator);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/csv');
    const csv = await answer.text();
    expect(csv.split('\r\n')[0]).toContain('"Entité chef de file"');
    expect(titles(csv)).toEqual(listed);

    // A State reads the projects that benefit it only, as in the list.
    const theirs = ok(
      await api.gql(`{ projects(first: 100) { edges { node { title } } } }`, {}, tokens.maldives),
      'projects',
    ).edges.map((edge: any) => edge.node.title);
    expect(titles(await (await download('', tokens.maldives)).text())).toEqual(theirs);
  });

  it('refuses the signed-out and a malformed or unknown filter', async () => {
    expect((await download('')).status).toBe(401);
    for (const query of ['?status=LATE', '?leadEntityId=not-an-id', '?countryCode=philippines', '?owner=me']) {
      const answer = await download(query, tokens.coordinator);
      expect(answer.status, query).toBe(400);
      expect(((await answer.json()) as { code: string }).code).toBe('BAD_USER_INPUT');
    }
  });
});
