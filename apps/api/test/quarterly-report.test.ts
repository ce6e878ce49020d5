import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, organizationIds, type Tokens } from './assistance-requests.fixtures.js';
import { errorCode, signInDemoUsers, type TestApp, startTestApp } from './harness.js';

const REPORT = `query($year: Int!, $quarter: Int!) {
  quarterlyReport(year: $year, quarter: $quarter) {
    from to workshopsOrganized individualsTrained activityCount participants participantsWomen womenShare
    pledgedUsdToDate receivedUsdToDate inKindUsdToDate donorCountToDate receivedUsdInQuarter
    highLevelVisits { title } endorsements { subject } launches { title } agreementsSigned { subject }
    capacityBuildingEvents { title } fundingReceived { amountUsd donor { key } }
    topContributors { donor { key } pledgedUsd receivedUsd inKindUsd }
    activitiesByPillar { key activities individualsTrained }
    activitiesByWorkingGroup { workingGroup { key } activities individualsTrained }
    activitiesByRegion { key activities }
    activitiesByType { key activities }
    countriesReached { countryCode activities participants individualsTrained }
  }
}`;

let api: TestApp;
let tokens: Tokens;

/** Records of the second quarter of 2031 (and around it), made for this test through the api. */
async function recordFixtures() {
  const org = await organizationIds(api);
  const [{ id: eu }] = await api.sql(`SELECT id FROM organizations WHERE key = 'EU'`);
  const [{ id: bmle }] = await api.sql(`SELECT id FROM working_groups WHERE key = 'BMLE'`);
  const activity = (input: Record<string, unknown>) =>
    api
      .gql(
        `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
        { input },
        tokens.coordinator,
      )
      .then((response) => ok(response, 'recordActivity'));
  await activity({
    type: 'WORKSHOP',
    title: 'W1',
    startDate: '2031-04-10',
    countryCode: 'KE',
    pillars: ['II'],
    workingGroupId: bmle,
    participants: 20,
    participantsWomen: 8,
    individualsTrained: 10,
  });
  await activity({
    type: 'WORKSHOP',
    title: 'W2',
    startDate: '2031-06-30',
    countryCode: 'KE',
    pillars: ['II', 'IV'],
    participants: 30,
    participantsWomen: 12,
    individualsTrained: 15,
  });
  await activity({
    type: 'TRAINING',
    title: 'T1',
    startDate: '2031-05-02',
    countryCode: 'PH',
    pillars: ['I'],
    individualsTrained: 5,
    featured: true,
  });
  await activity({ type: 'HIGH_LEVEL_VISIT', title: 'Visit', startDate: '2031-05-20', countryCode: 'FR' });
  await activity({ type: 'LAUNCH', title: 'Launch', startDate: '2031-06-01', online: true });
  await activity({
    type: 'WORKSHOP',
    title: 'Next quarter',
    startDate: '2031-07-01',
    countryCode: 'KE',
    individualsTrained: 99,
  });
  await activity({
    type: 'WORKSHOP',
    title: 'Last quarter',
    startDate: '2031-03-31',
    countryCode: 'KE',
    individualsTrained: 99,
  });

  const agreement = (type: string, subject: string, dateSigned: string) =>
    api
      .gql(
        `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { id } }`,
        { input: { type, subject, dateSigned, partyIds: [org.UNOCT, org.UNDP] } },
        tokens.coordinator,
      )
      .then((response) => ok(response, 'recordAgreement'));
  await agreement('ACTION_PLAN', 'Action plan', '2031-04-15');
  await agreement('MOU', 'MOU', '2031-06-15');
  await agreement('AGREEMENT', 'Earlier agreement', '2031-03-15');

  const contribution = (donorId: string, kind: string, amountUsd: number, date: string, inKind = false) =>
    api
      .gql(
        `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`,
        { input: { donorId, kind, amountUsd, date, inKind } },
        tokens.coordinator,
      )
      .then((response) => ok(response, 'recordContribution'));
  await contribution(org['STATE:JP'], 'PLEDGE', 1000, '2030-01-01');
  await contribution(org['STATE:JP'], 'RECEIPT', 400, '2031-05-05');
  await contribution(eu, 'PLEDGE', 2000, '2031-06-30');
  await contribution(org['STATE:NL'], 'RECEIPT', 100, '2031-04-01', true);
  await contribution(eu, 'PLEDGE', 300, '2031-07-01');
}

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  await recordFixtures();
});
afterAll(() => api.close());

describe('quarterlyReport', () => {
  it('is UNAUTHENTICATED when signed out, and for the Compact side only', async () => {
    expect(errorCode(await api.gql(REPORT, { year: 2031, quarter: 2 }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(REPORT, { year: 2031, quarter: 2 }, tokens.philippines))).toBe('FORBIDDEN');
    ok(await api.gql(REPORT, { year: 2031, quarter: 2 }, tokens.observer), 'quarterlyReport');
  });

  it('refuses a quarter that does not exist', async () => {
    const response = await api.gql(REPORT, { year: 2031, quarter: 5 }, tokens.coordinator);
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
  });

  it('computes the quarter’s figures and sections from the records', async () => {
    const report = ok(await api.gql(REPORT, { year: 2031, quarter: 2 }, tokens.coordinator), 'quarterlyReport');
    expect(report).toMatchObject({
      from: '2031-04-01',
      to: '2031-06-30',
      workshopsOrganized: 2,
      individualsTrained: 30,
      activityCount: 5,
      participants: 50,
      participantsWomen: 20,
      womenShare: 0.4,
      pledgedUsdToDate: 3000,
      receivedUsdToDate: 400,
      inKindUsdToDate: 100,
      donorCountToDate: 2,
      receivedUsdInQuarter: 400,
      highLevelVisits: [{ title: 'Visit' }],
      launches: [{ title: 'Launch' }],
      endorsements: [{ subject: 'Action plan' }],
      agreementsSigned: [{ subject: 'MOU' }],
      capacityBuildingEvents: [{ title: 'T1' }],
      fundingReceived: [{ amountUsd: 400, donor: { key: 'STATE:JP' } }],
      topContributors: [
        { donor: { key: 'EU' }, pledgedUsd: 2000, receivedUsd: 0, inKindUsd: 0 },
        { donor: { key: 'STATE:JP' }, pledgedUsd: 1000, receivedUsd: 400, inKindUsd: 0 },
      ],
      activitiesByPillar: [
        { key: 'II', activities: 2, individualsTrained: 25 },
        { key: 'I', activities: 1, individualsTrained: 5 },
        { key: 'IV', activities: 1, individualsTrained: 15 },
      ],
      activitiesByWorkingGroup: [{ workingGroup: { key: 'BMLE' }, activities: 1, individualsTrained: 10 }],
      activitiesByRegion: [
        { key: 'AFRICAN', activities: 2 },
        { key: 'ASIA_PACIFIC', activities: 1 },
        { key: 'ONLINE', activities: 1 },
        { key: 'WESTERN_EUROPEAN_AND_OTHERS', activities: 1 },
      ],
      activitiesByType: [
        { key: 'WORKSHOP', activities: 2 },
        { key: 'HIGH_LEVEL_VISIT', activities: 1 },
        { key: 'LAUNCH', activities: 1 },
        { key: 'TRAINING', activities: 1 },
      ],
      countriesReached: [
        { countryCode: 'KE', activities: 2, participants: 50, individualsTrained: 25 },
        { countryCode: 'PH', activities: 1, participants: 0, individualsTrained: 5 },
        { countryCode: 'FR', activities: 1, participants: 0, individualsTrained: 0 },
      ],
    });
  });

  it('reports an empty quarter as zeros, with no share of women', async () => {
    const report = ok(await api.gql(REPORT, { year: 2029, quarter: 1 }, tokens.coordinator), 'quarterlyReport');
    expect(report).toMatchObject({
      workshopsOrganized: 0,
      individualsTrained: 0,
      womenShare: null,
      pledgedUsdToDate: 0,
      donorCountToDate: 0,
    });
  });
});
