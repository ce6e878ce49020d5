import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_CANDIDATES_PER_KIND } from '../src/modules/search/search.service.js';
import { DEMO, signInDemoUsers, type TestApp, startTestApp, userIds } from './harness.js';

/**
 * Search reads the newest posts first (SEARCH_RECENT_POSTS, placed by the statistics of their dates) and
 * older ones only when those match too few: what it finds must be what one pass over every post finds.
 * Its own file, so that the first search comes after the statistics exist (the service keeps their answer
 * for a minute).
 */

const SEARCH = `query Search($query: String!, $first: Int, $after: String) {
  search(query: $query, kinds: [POST], first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { snippet } }
  }
}`;

/** Few, so that the test's 3,000 posts reach past the newest ones a search reads first. */
const RECENT_POSTS = 1_000;
const POSTS = 3_000;

let api: TestApp;
const tokens: Record<string, string> = {};

/** The numbers of the posts `token` finds for `word`, every page of them, and the count. */
async function surveyNumbers(token: string, word: string) {
  const numbers: number[] = [];
  let after: string | undefined;
  let search;
  do {
    const response = await api.gql(SEARCH, { query: word, first: 100, after }, token);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    search = response.data.search;
    for (const { node } of search.edges) numbers.push(Number(/survey (\d+)/.exec(node.snippet)![1]));
    after = search.pageInfo.endCursor;
  } while (search.pageInfo.hasNextPage);
  return { numbers: numbers.sort((a, b) => a - b), totalCount: search.totalCount };
}

/** The newest SEARCH_CANDIDATES_PER_KIND of the posts numbered `step`, `2 * step`, ... */
const newestNumbers = (step: number) =>
  Array.from({ length: SEARCH_CANDIDATES_PER_KIND }, (_, index) => (index + 1) * step);

beforeAll(async () => {
  api = await startTestApp({ searchRecentPosts: RECENT_POSTS });
  Object.assign(tokens, await signInDemoUsers(api));
  const users = await userIds(api);
  const workspace = (
    await api.gql(
      `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
      { input: { name: 'Shoreline survey cell', visibility: 'PRIVATE' } },
      tokens.coordinator,
    )
  ).data!.createWorkspace.id;
  await api.gql(
    `mutation($input: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $input) { role } }`,
    { input: { workspaceId: workspace, userId: users[DEMO.interpol], role: 'MEMBER' } },
    tokens.coordinator,
  );
  const thread = (
    await api.gql(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { workspaceId: workspace, title: 'Survey log', body: 'Opening the log' } },
      tokens.coordinator,
    )
  ).data!.createThread.id;
  // One post every 8 hours back from now: `plover` in every one, `sandpiper` in one in three, `kestrel` in
  // the oldest only. After ANALYZE the statistics place the newest ~1,000 (RECENT_POSTS).
  await api.sql(
    `INSERT INTO posts (thread_id, author_id, body, created_at)
     SELECT $1, $2,
            'Shoreline survey ' || n || ' plover' || CASE WHEN n % 3 = 0 THEN ' sandpiper' ELSE '' END
              || CASE WHEN n = $3 THEN ' kestrel' ELSE '' END,
            now() - n * interval '8 hours'
       FROM generate_series(1, $3::int) n`,
    [thread, users[DEMO.coordinator], POSTS],
  );
  await api.sql('ANALYZE posts');
});
afterAll(() => api.close());

describe('search past the newest posts', () => {
  it('has statistics placing the newest posts, as a platform’s database does', async () => {
    const [statistics] = await api.sql(
      `SELECT c.reltuples > $1 AS beyond, s.histogram_bounds IS NOT NULL AS histogram
         FROM pg_class c JOIN pg_stats s ON s.tablename = c.relname AND s.attname = 'created_at'
        WHERE c.oid = 'posts'::regclass`,
      [RECENT_POSTS],
    );
    expect(statistics).toEqual({ beyond: true, histogram: true });
  });

  it('takes the newest matches from the newest posts when they hold enough', async () => {
    expect(await surveyNumbers(tokens.interpol, 'plover')).toEqual({
      numbers: newestNumbers(1),
      totalCount: SEARCH_CANDIDATES_PER_KIND,
    });
  });

  it('completes them from older posts when the newest hold too few', async () => {
    expect(await surveyNumbers(tokens.interpol, 'sandpiper')).toEqual({
      numbers: newestNumbers(3),
      totalCount: SEARCH_CANDIDATES_PER_KIND,
    });
  });

  it('finds a word only older posts hold', async () => {
    expect(await surveyNumbers(tokens.interpol, 'kestrel')).toEqual({ numbers: [POSTS], totalCount: 1 });
  });

  it('shows and counts nothing of it to an outsider, in the newest posts or older ones', async () => {
    for (const word of ['plover', 'sandpiper', 'kestrel']) {
      expect(await surveyNumbers(tokens.philippines, word)).toEqual({ numbers: [], totalCount: 0 });
    }
  });
});
