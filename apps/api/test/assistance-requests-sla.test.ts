import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET, LIST, makeRequest, ok, organizationIds, type Tokens } from './assistance-requests.fixtures.js';
import { signInDemoUsers, type TestApp, startTestApp } from './harness.js';
import { until } from './sockets.js';

// Thresholds are configuration (REQUEST_REVIEW_SLA_WORKING_DAYS, REQUEST_MATCH_SLA_WORKING_DAYS,
// REQUEST_DELIVERY_SLA_WORKING_DAYS): with zero working days allowed, a request is overdue as soon as it
// waits. (An app of its own: see harness.)
let api: TestApp;
let tokens: Tokens;
let organizations: Record<string, string>;

beforeAll(async () => {
  api = await startTestApp({
    requestSla: { reviewWorkingDays: 0, matchWorkingDays: 0, deliveryWorkingDays: 0, holidays: [] },
  });
  tokens = await signInDemoUsers(api);
  organizations = await organizationIds(api);
});
afterAll(() => api.close());

describe('overdue requests', () => {
  it('flags a request waiting for review, a match or delivery past its deadline, and clears the flag once matched', async () => {
    const submitted = await makeRequest(api, tokens, organizations, { status: 'SUBMITTED' });
    const underReview = await makeRequest(api, tokens, organizations, { status: 'UNDER_REVIEW' });
    const matched = await makeRequest(api, tokens, organizations, { status: 'MATCHED' });
    const inProgress = await makeRequest(api, tokens, organizations, { status: 'IN_PROGRESS' });
    // Due the moment they started waiting: let both clocks the api reads (PostgreSQL's for the filter,
    // its own for the field) pass the later deadline.
    await until('the deadlines pass', async () => {
      const [{ due, passed }] = await api.sql(
        `SELECT max(sla_due_at) AS due, max(sla_due_at) < now() AS passed FROM assistance_requests WHERE id = ANY($1)`,
        [[submitted, underReview, inProgress]],
      );
      return passed && due.getTime() < Date.now();
    });
    const overdue = async (id: string) =>
      ok(await api.gql(GET, { id }, tokens.coordinator), 'assistanceRequest').overdue;
    expect(await overdue(submitted)).toBe(true);
    expect(await overdue(underReview)).toBe(true);
    expect(await overdue(matched)).toBe(false);
    expect(await overdue(inProgress)).toBe(true);

    const listed = await api.gql(LIST, { filter: { overdue: true }, first: 100 }, tokens.coordinator);
    const ids = listed.data!.assistanceRequests.edges.map((edge: any) => edge.node.id);
    expect(ids).toEqual(expect.arrayContaining([submitted, underReview, inProgress]));
    expect(ids).not.toContain(matched);
    const onTime = await api.gql(LIST, { filter: { overdue: false }, first: 100 }, tokens.coordinator);
    expect(onTime.data!.assistanceRequests.edges.map((edge: any) => edge.node.id)).toEqual([matched]);
  });
});
