import pg from 'pg';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET, LIST, MATCH, makeRequest, ok, organizationIds, type Tokens } from './assistance-requests.fixtures.js';
import { takesPartSql, workspaceRoleSql } from '../src/modules/policy/workspaces.js';
import { DEMO, errorCode, signInDemoUsers, type TestApp, startTestApp, userIds } from './harness.js';
import { collect, connectSocket, drained, nextEvent } from './sockets.js';

/**
 * Need-to-know across features: access follows the records as they are now, people are shown only to
 * those who may see them, and refusals say nothing about what exists.
 */

const THREAD = `query($id: ID!) { thread(id: $id) { id posts(first: 50) { edges { node { id body } } } } }`;
const WORKSPACES = `{ workspaces(first: 100) { edges { node { id } } } }`;
const WORKSPACE = `query($id: ID!) { workspace(id: $id) { id } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id workspace { id } } }`;
const UPDATE_PROJECT = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`;

let api: TestApp;
let tokens: Tokens;
let org: Record<string, string>;
let users: Record<string, string>;
const sockets: Socket[] = [];

async function socketOf(token: string): Promise<Socket> {
  const socket = await connectSocket(api.url, { token });
  sockets.push(socket);
  return socket;
}

/** Resolves at the socket's next post.created in the thread; start waiting before posting. */
const nextPostIn = (socket: Socket, threadId: string) =>
  nextEvent(socket, 'post.created', (payload: { threadId: string }) => payload.threadId === threadId);

async function post(threadId: string, body: string, token: string): Promise<string> {
  return ok(await api.gql(CREATE_POST, { input: { threadId, body } }, token), 'createPost').id;
}

const workspaceIdsOf = async (token: string) =>
  ok(await api.gql(WORKSPACES, {}, token), 'workspaces').edges.map((edge: { node: { id: string } }) => edge.node.id);

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  org = await organizationIds(api);
  users = await userIds(api);
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});
afterAll(() => api.close());

describe('access to a request’s discussion follows who may read the request now', () => {
  it('is lost by an entity that is matched no more, at once, on sockets too', async () => {
    const id = await makeRequest(api, tokens, org, { status: 'MATCHED', scope: 'COORDINATORS_ONLY', lead: 'UNODC' });
    const request = ok(await api.gql(GET, { id }, tokens.unodc), 'assistanceRequest');
    const threadId: string = request.discussion.id;
    const [{ workspace_id: workspaceId }] = await api.sql(
      `SELECT workspace_id FROM assistance_requests WHERE id = $1`,
      [id],
    );
    expect(ok(await api.gql(THREAD, { id: threadId }, tokens.unodc), 'thread').id).toBe(threadId);
    const unodcSocket = await socketOf(tokens.unodc);
    const interpolSocket = await socketOf(tokens.interpol);

    ok(
      await api.gql(
        MATCH,
        { input: { requestId: id, leadEntityId: org.INTERPOL, note: 'INTERPOL leads' } },
        tokens.coordinator,
      ),
      'matchAssistanceRequest',
    );

    expect(errorCode(await api.gql(GET, { id }, tokens.unodc))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(THREAD, { id: threadId }, tokens.unodc))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(WORKSPACE, { id: workspaceId }, tokens.unodc))).toBe('NOT_FOUND');
    expect(await workspaceIdsOf(tokens.unodc)).not.toContain(workspaceId);
    expect(ok(await api.gql(THREAD, { id: threadId }, tokens.interpol), 'thread').id).toBe(threadId);

    // A post after the re-match reaches INTERPOL's socket, never UNODC's (which was in the room before).
    const heardByUnodc = collect(unodcSocket, 'post.created');
    const interpolHears = nextPostIn(interpolSocket, threadId);
    await post(threadId, 'Welcome, INTERPOL', tokens.coordinator);
    await interpolHears;
    await drained(unodcSocket);
    expect(heardByUnodc).toEqual([]);
    expect(await workspaceIdsOf(tokens.interpol)).toContain(workspaceId);
  });

  it('is lost by a project partner that is removed, at once, on sockets too', async () => {
    const project = ok(
      await api.gql(
        CREATE_PROJECT,
        {
          input: {
            title: 'Travel document security',
            leadEntityId: org.UNODC,
            partners: [{ organizationId: org.INTERPOL }],
            startDate: '2026-01-01',
          },
        },
        tokens.coordinator,
      ),
      'createProject',
    );
    const workspaceId: string = project.workspace.id;
    expect(await workspaceIdsOf(tokens.interpol)).toContain(workspaceId);
    const interpolSocket = await socketOf(tokens.interpol);
    const unodcSocket = await socketOf(tokens.unodc);

    ok(await api.gql(UPDATE_PROJECT, { input: { id: project.id, partners: [] } }, tokens.coordinator), 'updateProject');

    expect(errorCode(await api.gql(WORKSPACE, { id: workspaceId }, tokens.interpol))).toBe('NOT_FOUND');
    expect(await workspaceIdsOf(tokens.interpol)).not.toContain(workspaceId);
    const thread = ok(
      await api.gql(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id posts(first: 1) { edges { node { id } } } } }`,
        { input: { workspaceId, title: 'Partners only', body: 'Not for INTERPOL any more' } },
        tokens.unodc,
      ),
      'createThread',
    );
    const received = [...[collect(interpolSocket, 'thread.created')], collect(interpolSocket, 'post.created')];
    const unodcHears = nextPostIn(unodcSocket, thread.id);
    await post(thread.id, 'marker', tokens.unodc);
    await unodcHears;
    await drained(interpolSocket);
    expect(received.flat()).toEqual([]);
  });
});

describe('authors and mentions follow the people rule', () => {
  it('show another State’s author only as their organization, and link no mention of them', async () => {
    const workspace = ok(
      await api.gql(
        `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
        {
          input: {
            name: 'Maldives and the Philippines',
            memberOrganizationIds: [org['STATE:PH'], org['STATE:MV']],
          },
        },
        tokens.coordinator,
      ),
      'createWorkspace',
    );
    const created = ok(
      await api.gql(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
        {
          input: {
            workspaceId: workspace.id,
            title: 'Exchange of experience',
            body: 'Hello from the Philippines',
          },
        },
        tokens.philippines,
      ),
      'createThread',
    );
    ok(
      await api.gql(
        CREATE_POST,
        { input: { threadId: created.id, body: `Thanks, @${DEMO.philippines}` } },
        tokens.coordinator,
      ),
      'createPost',
    );
    const AUTHORS = `query($id: ID!) { thread(id: $id) {
      author { name organization { key } person { id email } }
      posts(first: 5) { edges { node { bodyHtml author { name organization { key } person { id email lastSignInAt } } } } } } }`;

    const seenByMaldives = ok(await api.gql(AUTHORS, { id: created.id }, tokens.maldives), 'thread');
    const hidden = { name: 'Philippines', organization: { key: 'STATE:PH' }, person: null };
    expect(seenByMaldives.author).toEqual(hidden);
    const [opening, reply] = seenByMaldives.posts.edges.map((edge: { node: any }) => edge.node);
    expect(opening.author).toEqual(hidden);
    expect(reply.author.person.email).toBe(DEMO.coordinator);
    expect(reply.bodyHtml).not.toContain('/people/');
    expect(JSON.stringify(seenByMaldives)).not.toContain(users[DEMO.philippines]);

    const seenByCoordinator = ok(await api.gql(AUTHORS, { id: created.id }, tokens.coordinator), 'thread');
    expect(seenByCoordinator.author.person).toEqual({ id: users[DEMO.philippines], email: DEMO.philippines });
    expect(seenByCoordinator.posts.edges[1].node.bodyHtml).toContain(`/people/${users[DEMO.philippines]}`);
  });
});

describe('refusals say nothing about what exists', () => {
  it('answer an unreadable post and a missing one alike, for editing and deleting', async () => {
    const threadId = ok(
      await api.gql(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id posts(first: 1) { edges { node { id } } } } }`,
        {
          input: {
            workspaceId: (
              await api.sql(
                `SELECT w.id FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id WHERE g.key = 'BMLE'`,
              )
            )[0].id,
            title: 'Entities only',
            body: 'Private',
          },
        },
        tokens.unodc,
      ),
      'createThread',
    );
    const postId: string = threadId.posts.edges[0].node.id;
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [document, variables] of [
      [
        `mutation($input: UpdatePostInput!) { updatePost(input: $input) { id } }`,
        (id: string) => ({ input: { id, body: 'x' } }),
      ],
      [`mutation($id: ID!) { deletePost(id: $id) { id } }`, (id: string) => ({ id })],
    ] as const) {
      const unreadable = await api.gql(document, variables(postId), tokens.maldives);
      const absent = await api.gql(document, variables(missing), tokens.maldives);
      expect(unreadable.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      expect(unreadable.errors?.[0].message).toBe(absent.errors?.[0].message);
    }
  });

  it('answer an unreadable project milestone and a missing one alike', async () => {
    const project = ok(
      await api.gql(
        CREATE_PROJECT,
        {
          input: {
            title: 'For the Philippines',
            leadEntityId: org.UNODC,
            beneficiaryCountryCodes: ['PH'],
            startDate: '2026-01-01',
          },
        },
        tokens.coordinator,
      ),
      'createProject',
    );
    const milestone = ok(
      await api.gql(
        `mutation($input: SetProjectMilestoneInput!) { setProjectMilestone(input: $input) { id } }`,
        { input: { projectId: project.id, title: 'Inception', dueDate: '2026-04-30' } },
        tokens.coordinator,
      ),
      'setProjectMilestone',
    );
    const DELETE = `mutation($id: ID!) { deleteProjectMilestone(id: $id) }`;
    const unreadable = await api.gql(DELETE, { id: milestone.id }, tokens.maldives);
    const absent = await api.gql(DELETE, { id: '00000000-0000-4000-8000-000000000000' }, tokens.maldives);
    expect(unreadable.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(unreadable.errors?.[0].message).toBe(absent.errors?.[0].message);
  });

  it('refuse an unreadable record alike, without waiting for its row lock', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const activityInput = { title: 'In the Philippines', type: 'WORKSHOP', startDate: '2026-03-10', countryCode: 'PH' };
    const activityId = ok(
      await api.gql(
        `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
        { input: activityInput },
        tokens.unodc,
      ),
      'recordActivity',
    ).id;
    const requestId = await makeRequest(api, tokens, org, { status: 'SUBMITTED' });
    const [{ id: entitiesOnly }] = await api.sql(
      `SELECT w.id FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id WHERE g.key = 'BMLE'`,
    );
    const threadId = ok(
      await api.gql(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
        { input: { workspaceId: entitiesOnly, title: 'Entities only', body: 'Private' } },
        tokens.unodc,
      ),
      'createThread',
    ).id;
    const cases: [table: string, id: string, attempt: (id: string) => ReturnType<TestApp['gql']>][] = [
      [
        'activities',
        activityId,
        (id) =>
          api.gql(
            `mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }`,
            { input: { ...activityInput, id } },
            tokens.maldives,
          ),
      ],
      [
        'activities',
        activityId,
        (id) => api.gql(`mutation($id: ID!) { deleteActivity(id: $id) }`, { id }, tokens.maldives),
      ],
      [
        'assistance_requests',
        requestId,
        (id) =>
          api.gql(
            `mutation($input: UpdateAssistanceRequestInput!) { updateAssistanceRequest(input: $input) { id } }`,
            { input: { id, title: 'x' } },
            tokens.maldives,
          ),
      ],
      ['threads', threadId, (id) => api.gql(CREATE_POST, { input: { threadId: id, body: 'x' } }, tokens.maldives)],
    ];
    for (const [table, id, attempt] of cases) {
      // Another transaction holds the row: a refusal that locked first would wait for it.
      const holder = new pg.Client({ connectionString: api.databaseUrl });
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query(`SELECT id FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
      try {
        const answered = new AbortController();
        const outcome = await Promise.race([
          attempt(id).then((answer) => ({ answer })),
          someoneWaitsForALock(api, answered.signal).then(() => 'waited for the lock' as const),
        ]).finally(() => answered.abort());
        expect(outcome, table).not.toBe('waited for the lock');
        const { answer } = outcome as { answer: Awaited<ReturnType<TestApp['gql']>> };
        expect(answer.errors?.[0], table).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
        expect(answer.errors?.[0].message, table).toBe((await attempt(missing)).errors?.[0].message);
      } finally {
        await holder.query('ROLLBACK');
        await holder.end();
      }
    }
  });
});

/** Resolves once a session of the test database waits for a lock; never resolves once `stop` is aborted. */
function someoneWaitsForALock(app: TestApp, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const look = async () => {
      if (stop.aborted) return;
      const [{ waiting }] = await app.sql(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (waiting > 0) resolve();
      else setTimeout(look, 25);
    };
    void look();
  });
}

describe('filters match only what the viewer may read', () => {
  it('do not find requests by another entity’s offer, which the viewer may not see', async () => {
    const id = await makeRequest(api, tokens, org, { status: 'UNDER_REVIEW', offeredBy: ['interpol'] });
    const byInterpol = (token: string) => api.gql(LIST, { filter: { entityId: org.INTERPOL }, first: 100 }, token);
    const ids = (response: Awaited<ReturnType<typeof byInterpol>>) =>
      ok(response, 'assistanceRequests').edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids(await byInterpol(tokens.coordinator))).toContain(id);
    expect(ids(await byInterpol(tokens.interpol))).toContain(id);
    expect(ids(await byInterpol(tokens.unodc))).not.toContain(id);
  });
});

describe('a socket’s identity follows the account', () => {
  it('is closed when the person’s platform role changes, so it reconnects with the rooms of the new role', async () => {
    const coordinator = await api.signIn('coordinator@unoct.example');
    const socket = await socketOf(coordinator);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    ok(
      await api.gql(
        `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { role } }`,
        { input: { userId: users[DEMO.coordinator], role: 'ENTITY_MEMBER', isOrganizationAdmin: false } },
        tokens.admin,
      ),
      'setUserRole',
    );
    expect(await closed).toBe('io server disconnect');
    await api.gql(
      `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { role } }`,
      { input: { userId: users[DEMO.coordinator], role: 'COORDINATOR', isOrganizationAdmin: false } },
      tokens.admin,
    );
  });

  it('is closed when its session expires', async () => {
    const token = await api.signIn(DEMO.observer);
    await api.sql(`UPDATE auth_sessions SET expires_at = now() + interval '4 seconds' WHERE user_id = $1`, [
      users[DEMO.observer],
    ]);
    const socket = await socketOf(token);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    expect(await closed).toBe('io server disconnect');
  });
});

describe('the lists of readable workspaces', () => {
  it('find who takes part by sets that agree with the role rule, for every person and workspace', async () => {
    // Records of every kind, with every way of taking part: the tests above made requests and projects
    // with offers and partners; an ad hoc workspace adds a State and a person of another organization; the
    // seeded UNCCT Advisory Board's workspace has its States and guest.
    const created = await api.gql(
      `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
      { input: { name: 'Border follow-up', visibility: 'PRIVATE', memberOrganizationIds: [org['STATE:MV']] } },
      tokens.coordinator,
    );
    ok(
      await api.gql(
        `mutation($input: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $input) { role } }`,
        { input: { workspaceId: ok(created, 'createWorkspace').id, userId: users[DEMO.interpol], role: 'MEMBER' } },
        tokens.coordinator,
      ),
      'addWorkspaceMember',
    );
    const person = { userId: 'u.id', organizationId: 'u.organization_id', platformRole: 'u.role' };
    const rows: { kind: string; takes_part: boolean; has_role: boolean }[] = await api.sql(`
      SELECT w.kind, ${takesPartSql(person)} AS takes_part, ${workspaceRoleSql(person)} IS NOT NULL AS has_role
        FROM users u CROSS JOIN workspaces w GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
    expect(rows.filter((row) => row.takes_part !== row.has_role)).toEqual([]);
    expect(rows.filter((row) => row.takes_part).map((row) => row.kind)).toEqual([
      'AD_HOC',
      'ASSISTANCE_REQUEST',
      'GOVERNANCE_BODY',
      'PROJECT',
      'WORKING_GROUP',
    ]);
  });
});
