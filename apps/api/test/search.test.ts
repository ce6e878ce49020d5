import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_CANDIDATES_PER_KIND } from '../src/modules/search/search.service.js';
import { DEMO, errorCode, signInDemoUsers, type TestApp, startTestApp, userIds } from './harness.js';

/**
 * Full-text search through GraphQL on the real api and PostgreSQL: what each viewer finds, in which
 * language, and what never shows (nor counts) for someone who may not read it.
 */

const SEARCH = `query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String, $workspaceId: ID) {
  search(query: $query, kinds: $kinds, first: $first, after: $after, workspaceId: $workspaceId) {
    totalCount
    pageInfo { hasNextPage endCursor }
    totalCountIsExact
    edges { node { kind id title snippet url rank } }
  }
}`;
const CREATE_WORKSPACE = `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`;
const ADD_MEMBER = `mutation($input: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $input) { role } }`;
const REMOVE_MEMBER = `mutation($input: RemoveWorkspaceMemberInput!) { removeWorkspaceMember(input: $input) }`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const DELETE_POST = `mutation($id: ID!) { deletePost(id: $id) { id } }`;
const SUBMIT = `mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id } }`;
const TRANSITION = `mutation($input: TransitionAssistanceRequestInput!) { transitionAssistanceRequest(input: $input) { id } }`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  snippet: string;
  url: string;
  rank: number;
}

let api: TestApp;
const tokens: Record<string, string> = {};
const users: Record<string, string> = {};
/** A private workspace of the coordinator with the INTERPOL member in it. */
let workspace: string;
let thread: string;

async function search(token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await api.gql(SEARCH, { query, first: 50, ...variables }, token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  const { totalCount, totalCountIsExact, pageInfo, edges } = response.data.search;
  return { totalCount, totalCountIsExact, pageInfo, hits: edges.map((edge: { node: Hit }) => edge.node) as Hit[] };
}

async function post(body: string, token = tokens.coordinator): Promise<string> {
  const response = await api.gql(CREATE_POST, { input: { threadId: thread, body } }, token);
  return response.data!.createPost.id;
}

async function submitRequest(title: string, token: string): Promise<string> {
  const input = {
    title,
    description: 'Equipment and training.',
    pillars: ['II'],
    priority: 'HIGH',
    sharingScope: 'ALL_ENTITIES',
  };
  const response = await api.gql(SUBMIT, { input }, token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.submitAssistanceRequest.id;
}

beforeAll(async () => {
  api = await startTestApp();
  Object.assign(tokens, await signInDemoUsers(api));
  Object.assign(users, await userIds(api));
  workspace = (
    await api.gql(
      CREATE_WORKSPACE,
      { input: { name: 'Maritime interdiction cell', visibility: 'PRIVATE' } },
      tokens.coordinator,
    )
  ).data!.createWorkspace.id;
  await api.gql(
    ADD_MEMBER,
    { input: { workspaceId: workspace, userId: users[DEMO.interpol], role: 'MEMBER' } },
    tokens.coordinator,
  );
  thread = (
    await api.gql(
      CREATE_THREAD,
      { input: { workspaceId: workspace, title: 'Zanzibar channel patrols', body: 'Opening the patrol schedule' } },
      tokens.coordinator,
    )
  ).data!.createThread.id;
});
afterAll(() => api.close());

describe('search', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(SEARCH, { query: 'border' }))).toBe('UNAUTHENTICATED');
  });

  it('refuses an empty or overlong query as BAD_USER_INPUT', async () => {
    expect(errorCode(await api.gql(SEARCH, { query: '' }, tokens.unodc))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(SEARCH, { query: 'x'.repeat(201) }, tokens.unodc))).toBe('BAD_USER_INPUT');
  });

  it('finds a post, its thread and its workspace for a member, with the post’s own id, link and marked snippet', async () => {
    const id = await post('Fuel & oil <script>alert(1)</script> on three dhows');
    const { hits } = await search(tokens.interpol, 'dhows');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      kind: 'POST',
      id,
      title: 'Zanzibar channel patrols',
      url: `/threads/${thread}#post-${id}`,
    });
    // The text is escaped; only the marks are markup.
    expect(hits[0].snippet).toContain('<mark>dhows</mark>');
    expect(hits[0].snippet).toContain('Fuel &#38; oil');
    expect(hits[0].snippet.replaceAll('<mark>', '').replaceAll('</mark>', '')).not.toMatch(/[<>]/);

    const byTitle = await search(tokens.interpol, 'Zanzibar');
    expect(byTitle.hits.map((hit) => hit.kind)).toContain('THREAD');
    const byName = await search(tokens.interpol, 'maritime interdiction', { kinds: ['WORKSPACE'] });
    expect(byName.hits).toEqual([
      expect.objectContaining({ kind: 'WORKSPACE', id: workspace, url: `/workspaces/${workspace}` }),
    ]);
  });

  it('shows a snippet of the text as read, without the markdown it was written in', async () => {
    await post(
      '## Boarding\n\n**Fuel** and `oil` for [the feluccas](/threads/abc) and _two_ ~~three~~ ![chart](/a.png) patrol boats',
    );
    const { hits } = await search(tokens.interpol, 'feluccas');
    expect(hits).toHaveLength(1);
    const text = hits[0].snippet.replaceAll('<mark>', '').replaceAll('</mark>', '');
    expect(text).toContain('Fuel and oil for the feluccas and two three chart patrol boats');
    expect(text).not.toMatch(/[*_`#~[\]()]/);
  });

  it('shows and counts nothing of a private workspace to an outsider, an entity or a State', async () => {
    await post('Quartermaster ledger for the Pemba outpost.');
    for (const outsider of [tokens.unodc, tokens.philippines, tokens.maldives, tokens.observer]) {
      for (const query of ['quartermaster', 'Zanzibar', 'maritime interdiction']) {
        expect(await search(outsider, query)).toMatchObject({ totalCount: 0, hits: [] });
      }
    }
    expect((await search(tokens.interpol, 'quartermaster')).totalCount).toBe(1);
  });

  it('forgets a deleted post at once, and everything of a workspace its member has left', async () => {
    const id = await post('Evidence locker inventory for the Kizimkazi seizure.');
    expect((await search(tokens.interpol, 'Kizimkazi')).totalCount).toBe(1);
    await api.gql(DELETE_POST, { id }, tokens.coordinator);
    expect(await search(tokens.interpol, 'Kizimkazi')).toMatchObject({ totalCount: 0, hits: [] });

    await post('Handover notes about Mafia island moorings.');
    expect((await search(tokens.interpol, 'moorings')).totalCount).toBe(1);
    await api.gql(
      REMOVE_MEMBER,
      { input: { workspaceId: workspace, userId: users[DEMO.interpol] } },
      tokens.coordinator,
    );
    try {
      expect(await search(tokens.interpol, 'moorings')).toMatchObject({ totalCount: 0, hits: [] });
      expect((await search(tokens.interpol, 'Zanzibar')).totalCount).toBe(0);
    } finally {
      await api.gql(
        ADD_MEMBER,
        { input: { workspaceId: workspace, userId: users[DEMO.interpol], role: 'MEMBER' } },
        tokens.coordinator,
      );
    }
  });

  it('finds Arabic with or without diacritics and alef forms, and by the start of a word', async () => {
    const id = await post('تَعْزِيزُ أَمْنِ الحُدُودِ وَمُكافَحَةُ الإِرْهابِ في المَنْطِقَة');
    for (const query of ['امن الحدود', 'أمن', 'الارهاب', 'الإرهاب', 'الإِرْهابِ', 'المنطقه', 'الحدو']) {
      expect(
        (await search(tokens.interpol, query)).hits.map((hit) => hit.id),
        query,
      ).toContain(id);
    }
    expect((await search(tokens.interpol, 'الاقتصاد')).hits.map((hit) => hit.id)).not.toContain(id);
  });

  it('finds a Chinese two-character word inside a sentence, and not its characters apart', async () => {
    const id = await post('各国应加强边境安全合作，共同打击恐怖主义。');
    for (const query of ['安全', '边境安全', '恐怖主义', '边境 合作']) {
      expect(
        (await search(tokens.interpol, query)).hits.map((hit) => hit.id),
        query,
      ).toContain(id);
    }
    expect((await search(tokens.interpol, '全边')).hits.map((hit) => hit.id)).not.toContain(id);
  });

  it('needs every word of a query mixing Chinese and other languages, as it does in one language', async () => {
    const both = await post('UNODC 与各国合作打击洗钱活动。');
    const chineseOnly = await post('INTERPOL 协助调查洗钱案件。');
    const latinOnly = await post('UNODC training on customs cooperation.');
    const ids = async (query: string) =>
      (await search(tokens.interpol, query, { kinds: ['POST'] })).hits.map((hit) => hit.id);
    for (const query of ['UNODC 洗钱', '洗钱 unodc', 'unod 洗钱']) {
      expect(await ids(query), query).toEqual([both]);
    }
    expect(await ids('洗钱 -interpol')).toEqual([both]);
    expect(await ids('洗钱 interpol or unodc')).toEqual(expect.arrayContaining([both, chineseOnly]));
    expect(await ids('UNODC 洗钱')).not.toContain(latinOnly);
  });

  it('matches French with or without accents, and English, Spanish and Russian by their stems', async () => {
    const french = await post('La sécurité des frontières reste une priorité régionale.');
    for (const query of ['securite', 'Sécurité', 'frontiere', 'priorites']) {
      expect(
        (await search(tokens.interpol, query)).hits.map((hit) => hit.id),
        query,
      ).toContain(french);
    }
    const english = await post('Investigators trained in financial intelligence analysis.');
    expect((await search(tokens.interpol, 'training investigator')).hits.map((hit) => hit.id)).toContain(english);
    const spanish = await post('Las autoridades fortalecieron los controles fronterizos.');
    expect((await search(tokens.interpol, 'control fronterizo')).hits.map((hit) => hit.id)).toContain(spanish);
    const russian = await post('Пограничники провели совместные учения.');
    expect((await search(tokens.interpol, 'учение')).hits.map((hit) => hit.id)).toContain(russian);
  });

  it('understands quoted phrases, `or` and -excluded words', async () => {
    const control = await post('Harbour control exercise with the coast guard.');
    const police = await post('Harbour police exercise with the navy.');
    const ids = async (query: string) =>
      (await search(tokens.interpol, query, { kinds: ['POST'] })).hits.map((hit) => hit.id);
    expect(await ids('harbour exercise')).toEqual(expect.arrayContaining([control, police]));
    expect(await ids('harbour -police')).toContain(control);
    expect(await ids('harbour -police')).not.toContain(police);
    expect(await ids('"police exercise"')).toEqual([police]);
    expect(await ids('"control police"')).toEqual([]);
    expect(await ids('navy or guard')).toEqual(expect.arrayContaining([control, police]));
  });

  it('pages through hits with a cursor, counting them all', async () => {
    for (let index = 0; index < 3; index++) await post(`Tidal chart number ${index} for the lagoon.`);
    const first = await search(tokens.interpol, 'lagoon', { first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await search(tokens.interpol, 'lagoon', { first: 2, after: first.pageInfo.endCursor });
    expect(next.hits).toHaveLength(1);
    expect(next.totalCount).toBe(3);
    expect(new Set([...first.hits, ...next.hits].map((hit) => hit.id)).size).toBe(3);
    expect((await search(tokens.interpol, 'lagoon', { first: 0 })).totalCount).toBe(3);
  });

  it('orders a first page, ranked from posts and other kinds apart, as the later pages ranked together', async () => {
    const input = { workspaceId: workspace, title: 'Estuary sediment survey', body: 'Estuary sediment baseline.' };
    expect((await api.gql(CREATE_THREAD, { input }, tokens.coordinator)).errors).toBeUndefined();
    await post('Estuary dredging schedule, estuary by estuary.');
    await post('Samples from the estuary.');
    const all = await search(tokens.interpol, 'estuary', { first: 10 });
    expect(new Set(all.hits.map((hit) => hit.kind))).toEqual(new Set(['POST', 'THREAD']));
    expect(all.totalCount).toBe(4);
    const ranks = all.hits.map((hit) => hit.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const firstTwo = await search(tokens.interpol, 'estuary', { first: 2 });
    const rest = await search(tokens.interpol, 'estuary', { first: 10, after: firstTwo.pageInfo.endCursor });
    expect([...firstTwo.hits, ...rest.hits].map((hit) => hit.id)).toEqual(all.hits.map((hit) => hit.id));
    expect(rest.totalCount).toBe(4);
  });

  it('takes the newest SEARCH_CANDIDATES_PER_KIND matches of a kind into account, and says the count is a lower bound', async () => {
    const [{ id: author }] = await api.sql(`SELECT id FROM users WHERE email = $1`, [DEMO.coordinator]);
    await api.sql(
      `INSERT INTO posts (thread_id, author_id, body, created_at)
       SELECT $1, $2, 'Routine harbour log entry ' || n, now() - n * interval '1 minute'
         FROM generate_series(1, $3::int) n`,
      [thread, author, SEARCH_CANDIDATES_PER_KIND + 5],
    );
    const common = await search(tokens.interpol, 'routine harbour log', { kinds: ['POST'], first: 5 });
    expect(common).toMatchObject({ totalCount: SEARCH_CANDIDATES_PER_KIND, totalCountIsExact: false });
    // The newest come first among equally relevant hits.
    const [newest] = await api.sql(`SELECT id FROM posts WHERE body = 'Routine harbour log entry 1'`);
    expect(common.hits[0].id).toBe(newest.id);
    expect((await search(tokens.interpol, 'lagoon')).totalCountIsExact).toBe(true);
  });

  it('keeps to one workspace when asked', async () => {
    await post('Workspace-only marker: albatross.');
    expect((await search(tokens.interpol, 'albatross', { workspaceId: workspace })).totalCount).toBe(1);
    const other = (await api.sql(`SELECT id FROM workspaces WHERE id <> $1 LIMIT 1`, [workspace]))[0].id;
    expect((await search(tokens.interpol, 'albatross', { workspaceId: other })).totalCount).toBe(0);
  });

  it('finds requests, projects, activities, organizations and people only for those who may read them', async () => {
    const request = await submitRequest('Forensic ballistics laboratory for Mindanao', tokens.philippines);
    const requestHits = async (token: string) =>
      (await search(token, 'ballistics Mindanao', { kinds: ['ASSISTANCE_REQUEST'] })).hits.map((hit) => hit.id);
    expect(await requestHits(tokens.philippines)).toEqual([request]);
    expect(await requestHits(tokens.coordinator)).toEqual([request]);
    expect(await requestHits(tokens.maldives)).toEqual([]);
    // Withdrawn, it leaves search at once.
    await api.gql(
      TRANSITION,
      { input: { id: request, to: 'WITHDRAWN', note: 'Funded elsewhere' } },
      tokens.philippines,
    );
    expect(await requestHits(tokens.philippines)).toEqual([]);
    expect(await requestHits(tokens.coordinator)).toEqual([]);

    const people = async (token: string) =>
      (await search(token, 'focal.point', { kinds: ['PERSON'] })).hits.map((hit) => hit.url);
    expect(await people(tokens.unodc)).toEqual(
      expect.arrayContaining([`/people/${users[DEMO.philippines]}`, `/people/${users[DEMO.maldives]}`]),
    );
    expect(await people(tokens.maldives)).toContain(`/people/${users[DEMO.maldives]}`);
    expect(await people(tokens.maldives)).not.toContain(`/people/${users[DEMO.philippines]}`);

    const organizations = await search(tokens.maldives, 'INTERPOL', { kinds: ['ORGANIZATION'] });
    expect(organizations.hits[0]).toMatchObject({ kind: 'ORGANIZATION', title: expect.stringContaining('Police') });

    const unodc = (await api.sql<{ id: string }>(`SELECT id FROM organizations WHERE key = 'UNODC'`))[0].id;
    const project = (
      await api.gql(
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id title } }`,
        {
          input: {
            title: 'Mindanao courts digitisation',
            leadEntityId: unodc,
            beneficiaryCountryCodes: ['PH'],
            startDate: '2026-01-01',
          },
        },
        tokens.coordinator,
      )
    ).data!.createProject;
    const projectHits = async (token: string) =>
      (await search(token, `"${project.title}"`, { kinds: ['PROJECT'] })).hits.map((hit) => hit.id);
    expect(await projectHits(tokens.philippines)).toContain(project.id);
    expect(await projectHits(tokens.unodc)).toContain(project.id);
    expect(await projectHits(tokens.maldives)).toEqual([]);

    const activity = (
      await api.gql(
        `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id title } }`,
        {
          input: {
            title: 'Atoll coastguard drill',
            type: 'WORKSHOP',
            startDate: '2026-02-10',
            countryCode: 'MV',
            organizerIds: [unodc],
          },
        },
        tokens.coordinator,
      )
    ).data!.recordActivity;
    const activityHits = async (token: string) =>
      (await search(token, `"${activity.title}"`, { kinds: ['ACTIVITY'] })).hits.map((hit) => hit.id);
    expect(await activityHits(tokens.maldives)).toContain(activity.id);
    expect(await activityHits(tokens.coordinator)).toContain(activity.id);
    expect(await activityHits(tokens.philippines)).toEqual([]);
  });
});
