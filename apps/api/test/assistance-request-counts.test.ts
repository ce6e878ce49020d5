import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUESTS_COUNTED_UP_TO } from '../src/modules/assistance-requests/assistance-request-queries.service.js';
import { ok, organizationIds, type Tokens } from './assistance-requests.fixtures.js';
import { DEMO, signInDemoUsers, type TestApp, startTestApp } from './harness.js';

const PAGE = `query Page($filter: AssistanceRequestFilter, $first: Int, $after: String) {
  assistanceRequests(filter: $filter, first: $first, after: $after) {
    totalCount totalCountIsExact pageInfo { hasNextPage endCursor } edges { node { id } }
  }
}`;

interface Page {
  totalCount: number;
  totalCountIsExact: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

const MORE_THAN_COUNTED = REQUESTS_COUNTED_UP_TO + 250;

let api: TestApp;
let tokens: Tokens;

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  const organizations = await organizationIds(api);
  const [author] = await api.sql<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [DEMO.philippines]);
  // More requests than a list counts, by SQL: through the api they would take minutes.
  await api.sql(
    `INSERT INTO assistance_requests (requesting_state_id, created_by_id, title, description, pillars, priority,
       sharing_scope, status, status_changed_at, submitted_at, created_at, updated_at)
     SELECT $1, $2, 'Counted request ' || g, 'Many requests.', ARRAY['I'], 'LOW', 'COORDINATORS_ONLY', 'SUBMITTED',
            now(), now(), now() - g * interval '1 minute', now() - g * interval '1 minute'
       FROM generate_series(1, $3::int) g`,
    [organizations['STATE:PH'], author.id, MORE_THAN_COUNTED],
  );
}, 60_000);
afterAll(() => api.close());

async function page(token: string, variables: Record<string, unknown>): Promise<Page> {
  return ok<Page>(await api.gql(PAGE, variables, token), 'assistanceRequests');
}

describe('a list longer than is counted', () => {
  it('says "at least" rather than counting every readable request', async () => {
    const first = await page(tokens.coordinator, { first: 50 });
    expect(first.totalCount).toBe(REQUESTS_COUNTED_UP_TO);
    expect(first.totalCountIsExact).toBe(false);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges).toHaveLength(50);
  });

  it('counts narrower lists exactly', async () => {
    const narrow = await page(tokens.coordinator, { filter: { search: 'Counted request 7' }, first: 50 });
    const [{ count }] = await api.sql(
      `SELECT count(*)::int FROM assistance_requests WHERE title LIKE 'Counted request 7%'`,
    );
    expect(count).toBeGreaterThan(50);
    expect(count).toBeLessThan(REQUESTS_COUNTED_UP_TO);
    expect(narrow.totalCount).toBe(count);
    expect(narrow.totalCountIsExact).toBe(true);
    expect(narrow.pageInfo.hasNextPage).toBe(true);
  });

  it('offers the next page past the counted part, and counts exactly at the end', async () => {
    const deep = await page(tokens.coordinator, {
      first: 100,
      // The cursor of the request just before the counted part ends.
      after: Buffer.from(`offset:${REQUESTS_COUNTED_UP_TO - 11}`).toString('base64url'),
    });
    expect(deep.edges).toHaveLength(100);
    expect(deep.pageInfo.hasNextPage).toBe(true);
    expect(deep.totalCountIsExact).toBe(false);
    expect(deep.totalCount).toBeGreaterThan(REQUESTS_COUNTED_UP_TO - 10 + 100);

    let last = deep;
    for (let pages = 0; last.pageInfo.hasNextPage && pages < 5; pages++) {
      last = await page(tokens.coordinator, { first: 100, after: last.pageInfo.endCursor });
    }
    const [{ count }] = await api.sql(`SELECT count(*)::int FROM assistance_requests`);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.totalCountIsExact).toBe(true);
    expect(last.totalCount).toBe(count);
  });

  it('counts only what the viewer may read, however long the list', async () => {
    const interpol = await page(tokens.interpol, { first: 50 });
    expect(interpol.totalCountIsExact).toBe(true);
    expect(interpol.edges.map((edge) => edge.node.id)).toHaveLength(interpol.totalCount);
  });
});
