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

describe('exports of a quarterly report', () => {
  const download = (path: string, token?: string) =>
    fetch(`${api.url}/exports/quarterly/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  /** The lines of a CSV download, checking the byte order mark that the decoder would hide. */
  const csvLines = async (response: Response) => {
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return new TextDecoder().decode(bytes).split('\r\n');
  };

  it('are for signed-in people of the Compact side', async () => {
    expect((await download('2031/2/activities.csv')).status).toBe(401);
    expect((await download('2031/2/activities.csv', tokens.philippines)).status).toBe(403);
    expect((await download('2031/2/contributions.csv', tokens.maldives)).status).toBe(403);
  });

  it('give the quarter’s activities as CSV in the reader’s language', async () => {
    const response = await download('2031/2/activities.csv?language=fr', tokens.coordinator);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="ctcp-2031-q2-activities.csv"');
    const lines = await csvLines(response);
    expect(lines[0]).toBe(
      '"Début","Fin","Type","Titre","Pays","Ville","En ligne","Organisateurs","Groupe de travail","Piliers","Participants","Femmes","Personnes formées","Classification"',
    );
    expect(lines).toHaveLength(1 + 5 + 1); // heading, the quarter's five activities, the final line break
    expect(lines[1]).toBe(
      '"2031-04-10","2031-04-10","Atelier","W1","Kenya",,"non","UNOCT","Gestion des frontières et application de la loi dans le cadre de la lutte contre le terrorisme","II",20,8,10,"Non classifié"',
    );
  });

  it('give the contributions up to the quarter’s end as CSV', async () => {
    const response = await download('2031/2/contributions.csv', tokens.observer);
    const lines = (await csvLines(response)).filter(Boolean);
    expect(lines[0]).toBe('"Date","Donor","Kind","Amount (USD)","In kind","Project","Purpose","Marking"');
    expect(lines.slice(1)).toEqual([
      '"2030-01-01","Japan","Pledge",1000,"no",,"","Unclassified"',
      '"2031-04-01","Netherlands (Kingdom of the)","Receipt",100,"yes",,"","Unclassified"',
      '"2031-05-05","Japan","Receipt",400,"no",,"","Unclassified"',
      '"2031-06-30","European Union","Pledge",2000,"no",,"","Unclassified"',
    ]);
  });

  it('refuse what does not exist', async () => {
    expect((await download('2031/5/activities.csv', tokens.coordinator)).status).toBe(400);
    expect((await download('2031/2/secrets.csv', tokens.coordinator)).status).toBe(400);
  });

  it('say plainly when the PDF cannot be printed on this server (no built web app here)', async () => {
    const response = await download('2031/2/report.pdf', tokens.coordinator);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { message: string }).message).toBe('PDF export needs the built web app.');
    expect((await download('2031/2/report.pdf', tokens.philippines)).status).toBe(403);
  });
});
