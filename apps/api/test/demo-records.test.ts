import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoRecords } from '../src/database/seed/demo-records.js';
import { ok } from './assistance-requests.fixtures.js';
import { signInDemoUsers, type TestApp, startTestApp } from './harness.js';

// The demo data that `npm start` loads: the Q1 2020 report must show UNOCT's published figures.
let api: TestApp;
let coordinator: string;

beforeAll(async () => {
  api = await startTestApp();
  await seedDemoRecords(api.app, api.config);
  coordinator = (await signInDemoUsers(api)).coordinator;
});
afterAll(() => api.close());

describe('the demo records', () => {
  it('reproduce the highlights of January to March 2020', async () => {
    const report = ok(
      await api.gql(
        `query { quarterlyReport(year: 2020, quarter: 1) {
          workshopsOrganized individualsTrained pledgedUsdToDate receivedUsdToDate donorCountToDate inKindUsdToDate
          highLevelVisits { countryCode city } launches { title } endorsements { parties { key } }
          agreementsSigned { place parties { key } } fundingReceived { donor { key } }
        } }`,
        {},
        coordinator,
      ),
      'quarterlyReport',
    );
    expect(report).toMatchObject({
      workshopsOrganized: 18,
      individualsTrained: 420,
      pledgedUsdToDate: 248_700_000,
      receivedUsdToDate: 165_800_000,
      donorCountToDate: 31,
      inKindUsdToDate: 11_500_000,
      highLevelVisits: [{ countryCode: 'PH', city: 'Manila' }],
      launches: [{ title: 'Launch of the UN Global Counter-Terrorism Coordination Platform' }],
      endorsements: [{ parties: expect.arrayContaining([{ key: 'UNOCT' }, { key: 'UNDP' }]) }],
    });
    expect(report.agreementsSigned.map((agreement: any) => agreement.place)).toEqual([
      'New York / Lyon',
      'New York / Vienna',
    ]);
    expect(report.fundingReceived.map((receipt: any) => receipt.donor.key)).toEqual([
      'STATE:CA',
      'STATE:JP',
      'STATE:JP',
      'EU',
    ]);
  });

  it('hold assistance requests in several statuses, one overdue, one delivered by a demo project', async () => {
    const list = await api.gql(
      `query { assistanceRequests(first: 20) { edges { node { status overdue project { title } } } } }`,
      {},
      coordinator,
    );
    const nodes = list.data!.assistanceRequests.edges.map((edge: any) => edge.node);
    expect(nodes.map((node: any) => node.status).sort()).toEqual([
      'CLOSED',
      'IN_PROGRESS',
      'SUBMITTED',
      'UNDER_REVIEW',
    ]);
    expect(nodes.filter((node: any) => node.overdue).map((node: any) => node.status)).toEqual(['SUBMITTED']);
    expect(nodes.find((node: any) => node.status === 'IN_PROGRESS').project).toEqual({
      title: 'Countering Terrorist Travel Programme',
    });
  });

  it('hold the BMLE working group’s work plan for the first half of 2020, in the report’s progress section', async () => {
    const plans = ok(
      await api.gql(
        `query { workPlans(filter: { year: 2020, half: 1 }) { edges { node { title workingGroup { key }
          items { status progressNotes { text } } } } } }`,
        {},
        coordinator,
      ),
      'workPlans',
    );
    expect(plans.edges).toHaveLength(1);
    const [{ node: plan }] = plans.edges;
    expect(plan.title).toContain('(demo)');
    expect(plan.workingGroup.key).toBe('BMLE');
    expect(plan.items.map((item: any) => item.status).sort()).toEqual(['AT_RISK', 'DONE', 'NOT_STARTED', 'ON_TRACK']);
    const report = ok(
      await api.gql(
        `query { quarterlyReport(year: 2020, quarter: 1) { workPlanProgress { workingGroup { key } done atRisk } } }`,
        {},
        coordinator,
      ),
      'quarterlyReport',
    );
    expect(report.workPlanProgress).toEqual([{ workingGroup: { key: 'BMLE' }, done: 1, atRisk: 1 }]);
  });

  it('are loaded once: a second start adds nothing', async () => {
    const count = async () =>
      (
        await api.sql(`SELECT (SELECT count(*) FROM activities) + (SELECT count(*) FROM assistance_requests)
          + (SELECT count(*) FROM work_plans) + (SELECT count(*) FROM work_plan_items) AS n`)
      )[0].n;
    const before = await count();
    await seedDemoRecords(api.app, api.config);
    expect(await count()).toBe(before);
  });
});
