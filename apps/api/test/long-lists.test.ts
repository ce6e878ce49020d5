import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, organizationIds, type Tokens } from './assistance-requests.fixtures.js';
import { errorCode, signInDemoUsers, type TestApp, startTestApp } from './harness.js';

/**
 * Lists of a thousand records: paged to the end without losing or repeating one, and searched on the api
 * (the web app's pickers ask for a small page of what matches the typed text).
 */

const THOUSAND = 1000;

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

const AGREEMENTS = `query($filter: AgreementFilter, $first: Int, $after: String) {
  agreements(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id subject dateSigned parties { key } } }
  }
}`;
const ACTIVITIES = `query($filter: ActivityFilter, $first: Int, $after: String) {
  activities(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title startDate } }
  }
}`;
const WORKSPACES = `query($filter: WorkspaceFilter, $first: Int, $after: String) {
  workspaces(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name } }
  }
}`;
const PROJECTS = `query($filter: ProjectFilter, $first: Int) {
  projects(filter: $filter, first: $first) { totalCount edges { node { id title } } }
}`;

let api: TestApp;
let tokens: Tokens;
let org: Record<string, string>;

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  org = await organizationIds(api);
  const [coordinator] = await api.sql<{ id: string }>(`SELECT id FROM users WHERE email = 'coordinator@unoct.example'`);

  // A thousand of each, by SQL: through the api they would take minutes. Fifty agreements share each day,
  // so that only the tie-break on the id keeps the pages apart.
  await api.sql(
    `WITH made AS (
       INSERT INTO agreements (type, subject, date_signed, recorded_by_id)
       SELECT (ARRAY['MOU', 'AGREEMENT', 'ACTION_PLAN'])[1 + g % 3], 'Long list agreement ' || lpad(g::text, 4, '0'),
              date '2031-01-01' + (g % 20), $1
         FROM generate_series(1, $2::int) g
       RETURNING id, subject)
     INSERT INTO agreement_parties (agreement_id, organization_id)
     SELECT id, $3::uuid FROM made
     UNION ALL
     SELECT id, $4::uuid FROM made WHERE right(subject, 1) = '7'`,
    [coordinator.id, THOUSAND, org.UNODC, org['STATE:PH']],
  );
  await api.sql(
    `INSERT INTO activities (type, title, start_date, end_date, country_code)
     SELECT 'WORKSHOP', 'Long list workshop ' || lpad(g::text, 4, '0') || CASE WHEN g = 777 THEN ' on 100% _wildcards_' ELSE '' END,
            date '2031-03-01' + (g % 30), date '2031-03-01' + (g % 30), 'PH'
       FROM generate_series(1, $1::int) g`,
    [THOUSAND],
  );
  await api.sql(
    `INSERT INTO workspaces (name, description, kind, visibility)
     SELECT 'Long list room ' || lpad(g::text, 4, '0'), '', 'AD_HOC', CASE WHEN g % 2 = 0 THEN 'OPEN' ELSE 'PRIVATE' END
       FROM generate_series(1, $1::int) g`,
    [THOUSAND],
  );
  await api.sql(
    `INSERT INTO projects (title, lead_entity_id, status, start_date)
     SELECT 'Long list project ' || lpad(g::text, 4, '0'), $2, 'ACTIVE', date '2031-01-01'
       FROM generate_series(1, $1::int) g`,
    [THOUSAND, org.UNODC],
  );
}, 120_000);
afterAll(() => api.close());

/** Every page of a list, in order, 100 at a time as the web app asks. */
async function everyPage<T>(
  query: string,
  field: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<{ nodes: T[]; totalCounts: number[]; pages: number }> {
  const nodes: T[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page: Page<T> = ok(await api.gql(query, { ...variables, first: 100, after }, token), field);
    pages += 1;
    totalCounts.push(page.totalCount);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return { nodes, totalCounts, pages };
    expect(page.edges).toHaveLength(100);
    after = page.pageInfo.endCursor;
    if (pages > 50) throw new Error('The list never ends.');
  }
}

describe('a thousand agreements', () => {
  type Agreement = { id: string; subject: string; dateSigned: string; parties: { key: string }[] };
  const inTheList = (agreement: Agreement) => agreement.subject.startsWith('Long list agreement');

  it('are paged to the end, each once, the latest signed first', async () => {
    const { nodes, totalCounts, pages } = await everyPage<Agreement>(
      AGREEMENTS,
      'agreements',
      { filter: { from: '2031-01-01', to: '2031-12-31' } },
      tokens.coordinator,
    );
    expect(pages).toBe(10);
    expect(new Set(totalCounts)).toEqual(new Set([THOUSAND]));
    expect(nodes).toHaveLength(THOUSAND);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(THOUSAND);
    expect(nodes.every(inTheList)).toBe(true);
    const dates = nodes.map((node) => node.dateSigned);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('count and page the whole list, whatever else was recorded', async () => {
    const [{ count }] = await api.sql<{ count: number }>(`SELECT count(*)::int AS count FROM agreements`);
    const { nodes, totalCounts } = await everyPage<Agreement>(AGREEMENTS, 'agreements', {}, tokens.coordinator);
    expect(new Set(totalCounts)).toEqual(new Set([count]));
    expect(new Set(nodes.map((node) => node.id)).size).toBe(count);
    expect(nodes.filter(inTheList)).toHaveLength(THOUSAND);
  });

  it('keep the filters from page to page', async () => {
    const { nodes, totalCounts } = await everyPage<Agreement>(
      AGREEMENTS,
      'agreements',
      { filter: { type: 'MOU', partyId: org.UNODC, from: '2031-01-01' } },
      tokens.coordinator,
    );
    // g % 3 = 0 for g in 1..1000: 333 of them.
    expect(nodes).toHaveLength(333);
    expect(new Set(totalCounts)).toEqual(new Set([333]));
    expect(new Set(nodes.map((node) => node.id)).size).toBe(333);
  });

  it('are paged for a State through only those it is a party to', async () => {
    const { nodes, totalCounts } = await everyPage<Agreement>(
      AGREEMENTS,
      'agreements',
      { filter: { from: '2031-01-01', to: '2031-12-31' } },
      tokens.philippines,
    );
    expect(nodes).toHaveLength(100);
    expect(new Set(totalCounts)).toEqual(new Set([100]));
    expect(nodes.every((node) => node.parties.some((party) => party.key === 'STATE:PH'))).toBe(true);
  });

  it('refuse a cursor that is not one', async () => {
    const response = await api.gql(AGREEMENTS, { first: 100, after: 'nonsense' }, tokens.coordinator);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });
});

describe('searching a thousand activities', () => {
  type Activity = { id: string; title: string; startDate: string };

  it('finds those whose title holds the typed text, whatever its case', async () => {
    const page: Page<Activity> = ok(
      await api.gql(ACTIVITIES, { filter: { search: 'LIST WORKSHOP 012' }, first: 20 }, tokens.coordinator),
      'activities',
    );
    expect(page.totalCount).toBe(10);
    expect(page.edges.map((edge) => edge.node.title).sort()).toEqual(
      Array.from({ length: 10 }, (_, index) => `Long list workshop 012${index}`),
    );
  });

  it('takes % and _ as themselves', async () => {
    const percent: Page<Activity> = ok(
      await api.gql(ACTIVITIES, { filter: { search: '100% _wild' }, first: 20 }, tokens.coordinator),
      'activities',
    );
    expect(percent.edges.map((edge) => edge.node.title)).toEqual(['Long list workshop 0777 on 100% _wildcards_']);
    const underscore: Page<Activity> = ok(
      await api.gql(ACTIVITIES, { filter: { search: 'workshop 0_0' }, first: 20 }, tokens.coordinator),
      'activities',
    );
    expect(underscore.totalCount).toBe(0);
  });

  it('combines with the dates, and pages what matches', async () => {
    const { nodes } = await everyPage<Activity>(
      ACTIVITIES,
      'activities',
      { filter: { search: 'long list workshop', from: '2031-03-01', to: '2031-03-10' } },
      tokens.coordinator,
    );
    // Days 0 to 9 of each 30: 339 of the thousand.
    expect(nodes.length).toBe(339);
    expect(nodes.every((node) => node.startDate <= '2031-03-10')).toBe(true);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
  });

  it('finds for a State only the activities it reads', async () => {
    const philippines: Page<Activity> = ok(
      await api.gql(ACTIVITIES, { filter: { search: 'long list workshop 000' }, first: 20 }, tokens.philippines),
      'activities',
    );
    expect(philippines.totalCount).toBe(9);
    const maldives: Page<Activity> = ok(
      await api.gql(ACTIVITIES, { filter: { search: 'long list workshop' }, first: 20 }, tokens.maldives),
      'activities',
    );
    expect(maldives.totalCount).toBe(0);
  });

  it('refuses a search longer than any title search', async () => {
    const response = await api.gql(ACTIVITIES, { filter: { search: 'x'.repeat(101) } }, tokens.coordinator);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });
});

describe('searching a thousand workspaces', () => {
  type Workspace = { id: string; name: string };

  it('finds the open ones by their name for anyone, never a private one they do not take part in', async () => {
    const page: Page<Workspace> = ok(
      await api.gql(WORKSPACES, { filter: { search: 'long list room 01' }, first: 20 }, tokens.maldives),
      'workspaces',
    );
    // 0100 to 0199: the even ones are OPEN.
    expect(page.totalCount).toBe(50);
    expect(page.edges).toHaveLength(20);
    expect(page.edges.every((edge) => Number(edge.node.name.slice(-4)) % 2 === 0)).toBe(true);
  });

  it('pages to the end of what matches', async () => {
    const { nodes, totalCounts, pages } = await everyPage<Workspace>(
      WORKSPACES,
      'workspaces',
      { filter: { search: 'Long list room' } },
      tokens.unodc,
    );
    expect(pages).toBe(5);
    expect(nodes).toHaveLength(THOUSAND / 2);
    expect(new Set(totalCounts)).toEqual(new Set([THOUSAND / 2]));
    expect(new Set(nodes.map((node) => node.id)).size).toBe(THOUSAND / 2);
    expect(nodes.map((node) => node.name)).toEqual([...nodes.map((node) => node.name)].sort());
  });

  it('finds a working group’s workspace by the group’s name in any language, or its key', async () => {
    const [group] = await api.sql<{ key: string; fr: string; id: string }>(
      `SELECT g.key, g.names->>'fr' AS fr, w.id FROM working_groups g JOIN workspaces w ON w.working_group_id = g.id
        WHERE g.key = 'BMLE'`,
    );
    for (const search of [group.fr.slice(0, 24), 'bmle']) {
      const page: Page<Workspace> = ok(
        await api.gql(WORKSPACES, { filter: { search }, first: 20 }, tokens.coordinator),
        'workspaces',
      );
      expect(page.edges.map((edge) => edge.node.id)).toContain(group.id);
    }
  });

  it('lists every readable workspace without a search, as before', async () => {
    const all: Page<Workspace> = ok(await api.gql(WORKSPACES, { first: 0 }, tokens.admin), 'workspaces');
    const none: Page<Workspace> = ok(
      await api.gql(WORKSPACES, { filter: { search: '  ' }, first: 0 }, tokens.admin),
      'workspaces',
    );
    expect(all.totalCount).toBeGreaterThan(THOUSAND / 2);
    expect(none.totalCount).toBe(all.totalCount);
  });
});

describe('searching a thousand projects', () => {
  it('offers the few whose title holds the typed text', async () => {
    const page: { totalCount: number; edges: { node: { title: string } }[] } = ok(
      await api.gql(PROJECTS, { filter: { search: 'long list project 09' }, first: 20 }, tokens.coordinator),
      'projects',
    );
    expect(page.totalCount).toBe(100);
    expect(page.edges).toHaveLength(20);
    expect(page.edges.every((edge) => edge.node.title.startsWith('Long list project 09'))).toBe(true);
  });
});
