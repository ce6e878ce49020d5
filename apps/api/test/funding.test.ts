import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, organizationIds, type Tokens } from './assistance-requests.fixtures.js';
import { errorCode, type GraphQLResponse, signInDemoUsers, type TestApp, startTestApp } from './harness.js';

/** Contributions in their own currency, receipts fulfilling pledges, and what is still outstanding. */

const CONTRIBUTION_FIELDS = `id kind amountUsd currency amount usdRate rateDate date fulfilledUsd outstandingUsd
  fulfils { amountUsd pledge { id } }`;
const RECORD = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { ${CONTRIBUTION_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateContributionInput!) { updateContribution(input: $input) { ${CONTRIBUTION_FIELDS} } }`;
const CONTRIBUTIONS = `query($filter: ContributionFilter) { contributions(filter: $filter, first: 100) { totalCount edges { node { ${CONTRIBUTION_FIELDS} } } } }`;
const PROJECT_FUNDING = `query($id: ID!) { project(id: $id) { funding { donor { key } pledgedUsd receivedUsd inKindUsd outstandingUsd } } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;

let api: TestApp;
let tokens: Tokens;
let org: Record<string, string>;

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  org = await organizationIds(api);
  org.EU = (await api.sql(`SELECT id FROM organizations WHERE key = 'EU'`))[0].id;
});
afterAll(() => api.close());

async function newProject(title: string): Promise<string> {
  const input = { title, leadEntityId: org.UNODC, status: 'ACTIVE', startDate: '2026-01-01' };
  return ok(await api.gql(CREATE_PROJECT, { input }, tokens.coordinator), 'createProject').id;
}

const record = async (input: Record<string, unknown>) =>
  ok(await api.gql(RECORD, { input }, tokens.coordinator), 'recordContribution');

/** The code and field of the first error. */
const refusal = (response: GraphQLResponse) => ({
  code: errorCode(response),
  field: response.errors?.[0]?.extensions?.field,
});

describe('the original currency', () => {
  let projectId: string;
  beforeAll(async () => {
    projectId = await newProject('Currencies');
  });

  it('keeps a USD amount as before: rate 1 on the date', async () => {
    const pledge = await record({
      donorId: org['STATE:JP'],
      kind: 'PLEDGE',
      amountUsd: 2500.5,
      date: '2026-02-01',
      projectId,
    });
    expect(pledge).toMatchObject({
      amountUsd: 2500.5,
      currency: 'USD',
      amount: 2500.5,
      usdRate: 1,
      rateDate: '2026-02-01',
      fulfilledUsd: 0,
      outstandingUsd: 2500.5,
      fulfils: [],
    });
  });

  it('values another currency at the rate, to the cent, on the date or the day given', async () => {
    const eur = await record({
      donorId: org.EU,
      kind: 'RECEIPT',
      currency: 'EUR',
      amount: 1_000_000,
      usdRate: 1.085,
      date: '2026-03-01',
      projectId,
    });
    expect(eur).toMatchObject({
      amountUsd: 1_085_000,
      currency: 'EUR',
      amount: 1_000_000,
      usdRate: 1.085,
      rateDate: '2026-03-01',
      fulfilledUsd: null,
      outstandingUsd: null,
    });
    const chf = await record({
      donorId: org.EU,
      kind: 'RECEIPT',
      currency: 'CHF',
      amount: 1234.56,
      usdRate: 1.12345,
      rateDate: '2026-02-27',
      amountUsd: 1386.97,
      date: '2026-03-02',
      projectId,
    });
    // 1234.56 × 1.12345 = 1386.966432, rounded to the cent.
    expect(chf).toMatchObject({ amountUsd: 1386.97, currency: 'CHF', rateDate: '2026-02-27' });
    const corrected = ok(
      await api.gql(
        UPDATE,
        {
          input: {
            id: chf.id,
            donorId: org.EU,
            kind: 'RECEIPT',
            currency: 'GBP',
            amount: 1000,
            usdRate: 1.2712,
            date: '2026-03-02',
            projectId,
          },
        },
        tokens.coordinator,
      ),
      'updateContribution',
    );
    expect(corrected).toMatchObject({ amountUsd: 1271.2, currency: 'GBP', amount: 1000, rateDate: '2026-03-02' });
    const [row] = await api.sql(
      `SELECT amount_usd::float8 AS usd, currency, amount::float8 AS amount, usd_rate::float8 AS rate FROM contributions WHERE id = $1`,
      [chf.id],
    );
    expect(row).toEqual({ usd: 1271.2, currency: 'GBP', amount: 1000, rate: 1.2712 });
  });

  it.each([
    ['another currency without an amount', { currency: 'EUR', usdRate: 1.1 }, 'amount'],
    ['another currency without a rate', { currency: 'EUR', amount: 100 }, 'usdRate'],
    [
      'a USD amount that differs from amount × rate',
      { currency: 'EUR', amount: 100, usdRate: 1.1, amountUsd: 111 },
      'amountUsd',
    ],
    ['no amount at all', {}, 'amountUsd'],
    ['a USD amount and an amount that differ', { amountUsd: 100, amount: 90 }, 'amountUsd'],
    ['USD at a rate other than 1', { amountUsd: 100, usdRate: 1.2 }, 'usdRate'],
    ['a currency that is no ISO code', { currency: 'euro', amount: 100, usdRate: 1.1 }, 'currency'],
    [
      'pledges named on a pledge',
      { amountUsd: 100, fulfilsPledgeIds: ['00000000-0000-4000-8000-000000000000'] },
      'fulfilsPledgeIds',
    ],
  ])('refuses %s, writing nothing', async (_case, fields, field) => {
    const before = await api.sql(`SELECT count(*)::int AS n FROM contributions`);
    const answer = await api.gql(
      RECORD,
      { input: { donorId: org.EU, kind: 'PLEDGE', date: '2026-03-01', projectId, ...fields } },
      tokens.coordinator,
    );
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    if (field !== 'currency') expect(refusal(answer).field).toBe(field);
    expect(await api.sql(`SELECT count(*)::int AS n FROM contributions`)).toEqual(before);
  });
});

describe('receipts fulfilling pledges', () => {
  let projectId: string;
  let pledges: { old: string; middle: string; recent: string };
  let firstReceipt: string;

  beforeAll(async () => {
    projectId = await newProject('Fulfilment');
    const pledge = async (date: string, amountUsd: number) =>
      (await record({ donorId: org['STATE:JP'], kind: 'PLEDGE', amountUsd, date, projectId })).id as string;
    pledges = {
      recent: await pledge('2026-01-01', 500),
      old: await pledge('2025-01-01', 1000),
      middle: await pledge('2025-06-01', 2000),
    };
  });

  it('serves the oldest pledge first, each up to what is outstanding on it', async () => {
    const receipt = await record({
      donorId: org['STATE:JP'],
      kind: 'RECEIPT',
      amountUsd: 1500,
      date: '2026-02-01',
      projectId,
      fulfilsPledgeIds: [pledges.middle, pledges.old],
    });
    firstReceipt = receipt.id;
    expect(receipt.fulfils).toEqual([
      { amountUsd: 1000, pledge: { id: pledges.old } },
      { amountUsd: 500, pledge: { id: pledges.middle } },
    ]);
    const second = await record({
      donorId: org['STATE:JP'],
      kind: 'RECEIPT',
      currency: 'EUR',
      amount: 5000,
      usdRate: 1,
      date: '2026-02-02',
      projectId,
      fulfilsPledgeIds: [pledges.recent, pledges.old, pledges.middle],
    });
    // Nothing is left on the old pledge; the rest of the receipt (3,000) stays unallocated.
    expect(second.fulfils).toEqual([
      { amountUsd: 1500, pledge: { id: pledges.middle } },
      { amountUsd: 500, pledge: { id: pledges.recent } },
    ]);
    const list = ok(
      await api.gql(CONTRIBUTIONS, { filter: { projectId, kind: 'PLEDGE' } }, tokens.coordinator),
      'contributions',
    );
    const balances = Object.fromEntries(
      list.edges.map(({ node }: any) => [node.id, [node.fulfilledUsd, node.outstandingUsd]]),
    );
    expect(balances).toEqual({
      [pledges.old]: [1000, 0],
      [pledges.middle]: [2000, 0],
      [pledges.recent]: [500, 0],
    });
  });

  it('reallocates a corrected receipt to the pledges it named', async () => {
    const corrected = ok(
      await api.gql(
        UPDATE,
        {
          input: {
            id: firstReceipt,
            donorId: org['STATE:JP'],
            kind: 'RECEIPT',
            amountUsd: 800,
            date: '2026-02-01',
            projectId,
          },
        },
        tokens.coordinator,
      ),
      'updateContribution',
    );
    expect(corrected.fulfils).toEqual([{ amountUsd: 800, pledge: { id: pledges.old } }]);
  });

  it('refuses another donor’s pledge, a receipt, a different nature and a pledge made smaller than given', async () => {
    const eu = await record({ donorId: org.EU, kind: 'PLEDGE', amountUsd: 100, date: '2025-01-01', projectId });
    const inKind = await record({
      donorId: org['STATE:JP'],
      kind: 'PLEDGE',
      amountUsd: 100,
      inKind: true,
      date: '2025-01-01',
      projectId,
    });
    const before = await api.sql(`SELECT count(*)::int AS n FROM contributions`);
    const receipt = { donorId: org['STATE:JP'], kind: 'RECEIPT', amountUsd: 100, date: '2026-02-03', projectId };
    for (const fulfilsPledgeIds of [[eu.id], [firstReceipt], [inKind.id], [pledges.old, eu.id]]) {
      const answer = await api.gql(RECORD, { input: { ...receipt, fulfilsPledgeIds } }, tokens.coordinator);
      expect(refusal(answer), JSON.stringify(fulfilsPledgeIds)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'fulfilsPledgeIds',
      });
    }
    expect(await api.sql(`SELECT count(*)::int AS n FROM contributions`)).toEqual(before);
    const shrunk = await api.gql(
      UPDATE,
      {
        input: {
          id: pledges.middle,
          donorId: org['STATE:JP'],
          kind: 'PLEDGE',
          amountUsd: 10,
          date: '2025-06-01',
          projectId,
        },
      },
      tokens.coordinator,
    );
    expect(refusal(shrunk)).toEqual({ code: 'BAD_USER_INPUT', field: 'amountUsd' });
    const [row] = await api.sql(`SELECT amount_usd::float8 AS usd FROM contributions WHERE id = $1`, [pledges.middle]);
    expect(row.usd).toBe(2000);
  });

  it('shows pledged, received and outstanding per donor of the project', async () => {
    const project = ok(await api.gql(PROJECT_FUNDING, { id: projectId }, tokens.coordinator), 'project');
    // Japan pledged 3,500 and received 5,800 (800 + 5,000), of which 2,800 fulfil its pledges (800 + 1,500 + 500).
    expect(project.funding).toEqual([
      { donor: { key: 'STATE:JP' }, pledgedUsd: 3500, receivedUsd: 5800, inKindUsd: 100, outstandingUsd: 700 },
      { donor: { key: 'EU' }, pledgedUsd: 100, receivedUsd: 0, inKindUsd: 0, outstandingUsd: 100 },
    ]);
  });

  it('lets a State read its own pledges’ balances only', async () => {
    const list = ok(await api.gql(CONTRIBUTIONS, { filter: { projectId } }, tokens.philippines), 'contributions');
    expect(list.totalCount).toBe(0);
  });
});
