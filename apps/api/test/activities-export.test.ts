import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, organizationIds, type Tokens } from './assistance-requests.fixtures.js';
import { signInDemoUsers, type TestApp, startTestApp } from './harness.js';

/** The activities as an iCalendar file, and the list paged through a month of a thousand activities. */

const RECORD = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const LIST = `query($filter: ActivityFilter, $first: Int, $after: String) {
  activities(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id startDate } }
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

const download = (query: string, token?: string) =>
  fetch(`${api.url}/exports/activities.ics${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

interface Property {
  params: string;
  value: string;
}

/**
 * The events of an iCalendar file (RFC 5545), each as its properties by name: lines unfolded, text values
 * unescaped. Enough of a reader to check what a calendar application would read.
 */
function parseCalendar(text: string): { calendar: Record<string, Property>; events: Record<string, Property>[] } {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
  const calendar: Record<string, Property> = {};
  const events: Record<string, Property>[] = [];
  let event: Record<string, Property> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') {
      expect(event).toBeNull();
      event = {};
      continue;
    }
    if (line === 'END:VEVENT') {
      events.push(event!);
      event = null;
      continue;
    }
    const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, name, params, raw] = match!;
    const value = raw.replace(/\\([\\;,nN])/g, (_escape, character: string) =>
      character.toLowerCase() === 'n' ? '\n' : character,
    );
    (event ?? calendar)[name] = { params, value };
  }
  expect(event).toBeNull();
  return { calendar, events };
}

async function record(input: Record<string, unknown>, token = tokens.coordinator): Promise<string> {
  return ok(await api.gql(RECORD, { input: { type: 'WORKSHOP', ...input } }, token), 'recordActivity').id;
}

/** Every page of the list for this filter, as the bearer of `token` reads it. */
async function listAll(filter: Record<string, unknown>, token: string) {
  const ids: string[] = [];
  const days: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page: any = ok(await api.gql(LIST, { filter, first: 100, after }, token), 'activities');
    pages += 1;
    totals.add(page.totalCount);
    for (const edge of page.edges) {
      ids.push(edge.node.id);
      days.push(edge.node.startDate);
    }
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, days, totals: [...totals], pages };
}

describe('the activities calendar file', () => {
  it('refuses the signed-out and a malformed or unknown filter', async () => {
    expect((await download('?from=2033-05-01&to=2033-05-31')).status).toBe(401);
    for (const query of [
      '?type=PARTY',
      '?from=2033-13-01',
      '?to=tomorrow',
      '?countryCode=philippines',
      '?from=2033-05-01&from=2033-06-01',
      '?owner=me',
    ]) {
      const answer = await download(query, tokens.coordinator);
      expect(answer.status, query).toBe(400);
      expect(((await answer.json()) as { code: string }).code, query).toBe('BAD_USER_INPUT');
    }
  });

  it('holds one all-day event per activity the reader may read, as the list gives them', async () => {
    const project = ok(
      await api.gql(
        CREATE_PROJECT,
        {
          input: {
            title: 'Marked prison management',
            leadEntityId: org.UNODC,
            beneficiaryCountryCodes: ['MV'],
            startDate: '2033-01-01',
            classification: 'CONFIDENTIAL',
          },
        },
        tokens.coordinator,
      ),
      'createProject',
    ).id;
    const manila = await record(
      {
        title: 'Border security workshop, Manila',
        startDate: '2033-05-30',
        endDate: '2033-06-02',
        countryCode: 'PH',
        city: 'Manila',
        organizerIds: [org.UNODC],
      },
      tokens.unodc,
    );
    const male = await record({
      type: 'CONFERENCE',
      title: 'Regional conference, Malé',
      startDate: '2033-05-12',
      countryCode: 'MV',
      city: 'Malé',
    });
    const online = await record({
      type: 'WEBINAR',
      title: 'Webinar on terrorist financing',
      startDate: '2033-05-20',
      online: true,
    });
    const marked = await record({
      title: 'Prison workshop',
      startDate: '2033-05-21',
      countryCode: 'MV',
      projectId: project,
    });
    await record({ title: 'Outside the range', startDate: '2033-07-01', countryCode: 'PH' });

    const answer = await download('?from=2033-05-01&to=2033-05-31', tokens.coordinator);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/calendar');
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="ctcp-activities.ics"');
    const { calendar, events } = parseCalendar(await answer.text());
    expect(calendar.VERSION.value).toBe('2.0');
    expect(calendar['X-WR-CALNAME'].value).toBe('CTCP activities');
    // In the list's order: by start date.
    expect(events.map((event) => event.UID.value)).toEqual([male, online, marked, manila].map((id) => `${id}@ctcp`));
    for (const event of events) {
      for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) expect(event[name], name).toBeDefined();
      expect(event.DTSTART.params).toBe(';VALUE=DATE');
      expect(event.DTEND.params).toBe(';VALUE=DATE');
    }
    const byId = new Map(events.map((event) => [event.UID.value.replace('@ctcp', ''), event]));
    const workshop = byId.get(manila)!;
    expect(workshop.SUMMARY.value).toBe('Border security workshop, Manila');
    // All-day, ending the day after its last (DTEND is exclusive), across the end of the month.
    expect(workshop.DTSTART.value).toBe('20330530');
    expect(workshop.DTEND.value).toBe('20330603');
    expect(workshop.LOCATION.value).toBe('Manila, Philippines');
    expect(workshop.DESCRIPTION.value).toBe(`Workshop\nhttp://ctcp.test/activities/${manila}`);
    expect(workshop.URL.value).toBe(`http://ctcp.test/activities/${manila}`);
    expect(workshop.CLASS).toBeUndefined();
    expect(byId.get(male)!.DTEND.value).toBe('20330513');
    expect(byId.get(online)!.LOCATION.value).toBe('Online');
    // A marked project's activity says it is marked.
    expect(byId.get(marked)!.CLASS.value).toBe('CONFIDENTIAL');
    expect(byId.get(marked)!.DESCRIPTION.value.split('\n')[0]).toBe('Confidential');

    // The filters narrow it as they narrow the list; texts come in the language asked for.
    const french = parseCalendar(
      await (await download('?from=2033-05-01&to=2033-05-31&type=WEBINAR&language=fr', tokens.coordinator)).text(),
    );
    expect(french.events.map((event) => event.UID.value)).toEqual([`${online}@ctcp`]);
    expect(french.events[0].DESCRIPTION.value.split('\n')[0]).toBe('Webinaire');
    expect(french.events[0].LOCATION.value).toBe('En ligne');
    const inPhilippines = parseCalendar(
      await (await download('?from=2033-05-01&to=2033-05-31&countryCode=PH', tokens.coordinator)).text(),
    );
    expect(inPhilippines.events.map((event) => event.UID.value)).toEqual([`${manila}@ctcp`]);

    // A State's focal point gets what the list shows them: the activity held in their State, not the others.
    const philippines = parseCalendar(
      await (await download('?from=2033-05-01&to=2033-05-31', tokens.philippines)).text(),
    );
    const theirs = await listAll({ from: '2033-05-01', to: '2033-05-31' }, tokens.philippines);
    expect(philippines.events.map((event) => event.UID.value)).toEqual(theirs.ids.map((id) => `${id}@ctcp`));
    expect(theirs.ids).toEqual([manila]);
  });

  it('refuses a range of more activities than a calendar file holds', async () => {
    await api.sql(
      `INSERT INTO activities (type, title, start_date, end_date, country_code)
       SELECT 'MEETING', 'Crowded ' || g, date '2036-01-01' + (g % 300), date '2036-01-01' + (g % 300), 'PH'
         FROM generate_series(1, 10001) AS g`,
    );
    const answer = await download('?from=2036-01-01&to=2036-12-31', tokens.coordinator);
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { code: string }).code).toBe('BAD_USER_INPUT');
  });
});

describe('a month of a thousand activities', () => {
  it('is paged through whole, in date order, by the list and by the calendar file', async () => {
    await api.sql(
      `INSERT INTO activities (type, title, start_date, end_date, country_code, city)
       SELECT 'TRAINING', 'Coast guard training ' || lpad(g::text, 4, '0'),
              date '2034-03-01' + (g % 28), date '2034-03-01' + (g % 28), 'PH', 'Manila'
         FROM generate_series(1, 1000) AS g`,
    );
    await api.sql(
      `INSERT INTO activity_organizers (activity_id, organization_id)
       SELECT id, $1 FROM activities WHERE title LIKE 'Coast guard training %'`,
      [org.UNODC],
    );
    const month = { from: '2034-03-01', to: '2034-03-31' };
    const listed = await listAll(month, tokens.coordinator);
    expect(listed.pages).toBe(10);
    expect(listed.totals).toEqual([1000]);
    expect(new Set(listed.ids).size).toBe(1000);
    expect(listed.days).toEqual([...listed.days].sort());

    // A page asks for at most a hundred, whatever it asks for.
    const big = ok(await api.gql(LIST, { filter: month, first: 1000 }, tokens.coordinator), 'activities');
    expect(big.edges).toHaveLength(100);
    expect(big.pageInfo.hasNextPage).toBe(true);

    // The State they are held in reads them all too.
    expect((await listAll(month, tokens.philippines)).ids).toEqual(listed.ids);

    const { events } = parseCalendar(
      await (await download('?from=2034-03-01&to=2034-03-31', tokens.coordinator)).text(),
    );
    expect(events.map((event) => event.UID.value)).toEqual(listed.ids.map((id) => `${id}@ctcp`));
  });
});
