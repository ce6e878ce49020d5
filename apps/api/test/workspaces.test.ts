import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, errorCode, signInDemoUsers, statementsDuring, type TestApp, startTestApp, userIds } from './harness.js';

const WORKSPACES = `query { workspaces(first: 100) { totalCount edges { node { id name visibility kind viewerRole viewerCanPost unreadThreadCount workingGroup { key } } } } }`;
const WORKSPACE = `query Workspace($id: ID!) {
  workspace(id: $id) {
    id name visibility viewerRole viewerCanManageMembers
    members { role user { email } }
    memberOrganizations { role organization { key } }
  }
}`;
const CREATE = `mutation Create($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) { id name visibility kind viewerRole memberOrganizations { organization { key } } }
}`;
const ADD = `mutation Add($input: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $input) { role user { email } } }`;
const REMOVE = `mutation Remove($input: RemoveWorkspaceMemberInput!) { removeWorkspaceMember(input: $input) }`;

let api: TestApp;
const tokens: Record<string, string> = {};
const users: Record<string, string> = {};
const workspaces: Record<string, string> = {};
const organizations: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApp();
  Object.assign(tokens, await signInDemoUsers(api));
  Object.assign(users, await userIds(api));
  for (const row of await api.sql(
    `SELECT w.id, g.key FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id`,
  )) {
    workspaces[row.key] = row.id;
  }
  for (const row of await api.sql(`SELECT id, key FROM organizations WHERE key IN ('STATE:PH', 'STATE:MV', 'UNODC')`)) {
    organizations[row.key] = row.id;
  }
});
afterAll(() => api.close());

describe('workspaces', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(WORKSPACES))).toBe('UNAUTHENTICATED');
  });

  it('lists only what the viewer may read: a focal point sees the OPEN Coordination Committee, not the private groups', async () => {
    const response = await api.gql(WORKSPACES, {}, tokens.philippines);
    const nodes = response.data!.workspaces.edges.map((edge: any) => edge.node);
    expect(nodes.map((node: any) => node.workingGroup?.key)).toEqual(['CC']);
    expect(nodes[0]).toMatchObject({ visibility: 'OPEN', viewerRole: null, viewerCanPost: false });
  });

  it('lists every working group workspace the organization takes part in, with the viewer’s role', async () => {
    const response = await api.gql(WORKSPACES, {}, tokens.interpol);
    const byKey = Object.fromEntries(
      response.data!.workspaces.edges.map((edge: any) => [edge.node.workingGroup?.key, edge.node]),
    );
    expect(byKey.BMLE).toMatchObject({
      kind: 'WORKING_GROUP',
      visibility: 'PRIVATE',
      viewerRole: 'MODERATOR',
      viewerCanPost: true,
    });
    expect(byKey.CC.viewerRole).toBe('MEMBER');
    expect(byKey.HRRL).toBeUndefined();
  });

  it('asks once what each listed workspace allows the viewer, for their role and their unread threads', async () => {
    let answer: any;
    const statements = await statementsDuring(api, async () => {
      answer = await api.gql(WORKSPACES, {}, tokens.interpol);
    });
    expect(answer.data.workspaces.totalCount).toBeGreaterThan(1);
    const accessFacts = statements.filter((sql) => /AS "role" FROM "workspaces"/.test(sql));
    expect(accessFacts, statements.join('\n')).toHaveLength(1);
  });

  it('counts a list from its last page, and asks the database only when the page is full', async () => {
    const counts = (statements: string[]) => statements.filter((sql) => /count\(\*\).*FROM "workspaces"/s.test(sql));
    const all = await api.gql(WORKSPACES, {}, tokens.interpol);
    const total = all.data!.workspaces.totalCount;
    expect(all.data!.workspaces.edges).toHaveLength(total);
    const first = `query($first: Int, $after: String) { workspaces(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    let full: any;
    const fullPage = await statementsDuring(api, async () => {
      full = await api.gql(first, { first: total - 1 }, tokens.interpol);
    });
    expect(full.data.workspaces).toMatchObject({ totalCount: total, pageInfo: { hasNextPage: true } });
    expect(counts(fullPage)).toHaveLength(1);
    let last: any;
    const lastPage = await statementsDuring(api, async () => {
      last = await api.gql(first, { first: 2, after: full.data.workspaces.pageInfo.endCursor }, tokens.interpol);
    });
    expect(last.data.workspaces).toMatchObject({ totalCount: total, pageInfo: { hasNextPage: false } });
    expect(last.data.workspaces.edges).toHaveLength(1);
    expect(counts(lastPage)).toHaveLength(0);
    // Past the end, the page has nothing to count by.
    const beyond = await api.gql(first, { first: 2, after: last.data.workspaces.pageInfo.endCursor }, tokens.interpol);
    expect(beyond.data!.workspaces).toMatchObject({ totalCount: total, edges: [] });
  });

  it('keeps platform observers read-only even where their organization is a member', async () => {
    const response = await api.gql(WORKSPACES, {}, tokens.observer);
    const pcve = response.data!.workspaces.edges.find((edge: any) => edge.node.workingGroup?.key === 'PCVE').node;
    expect(pcve).toMatchObject({ viewerRole: 'OBSERVER', viewerCanPost: false });
  });
});

describe('workspace', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(WORKSPACE, { id: workspaces.BMLE }))).toBe('UNAUTHENTICATED');
  });

  it('is NOT_FOUND for a private workspace the viewer is not in, as for one that does not exist', async () => {
    expect(errorCode(await api.gql(WORKSPACE, { id: workspaces.BMLE }, tokens.philippines))).toBe('NOT_FOUND');
    expect(
      errorCode(await api.gql(WORKSPACE, { id: '00000000-0000-4000-8000-000000000000' }, tokens.philippines)),
    ).toBe('NOT_FOUND');
  });

  it('shows members, owners first, to members', async () => {
    const response = await api.gql(WORKSPACE, { id: workspaces.BMLE }, tokens.unodc);
    const workspace = response.data!.workspace;
    expect(workspace.viewerRole).toBe('MEMBER');
    expect(workspace.members[0].role).toBe('OWNER');
    expect(workspace.members.map((member: any) => member.user.email)).toEqual(
      expect.arrayContaining([DEMO.admin, DEMO.coordinator, DEMO.interpol, DEMO.unodc]),
    );
    expect(workspace.memberOrganizations.map((row: any) => row.organization.key)).toContain('INTERPOL');
  });

  it('reads the workspace and the viewer’s access to it once', async () => {
    // The fields of the web app's workspace page.
    const query = `query WorkspaceDetail($id: ID!) {
      workspace(id: $id) { id name kind visibility minimumClassification viewerRole viewerCanPost
        viewerCanManageMembers viewerWatchLevel unreadThreadCount workingGroup { key }
        threads(first: 50) { totalCount edges { node { id title unread author { name } } } } }
    }`;
    let answer: any;
    const statements = await statementsDuring(api, async () => {
      answer = await api.gql(query, { id: workspaces.BMLE }, tokens.interpol);
    });
    expect(answer.data.workspace).toMatchObject({ viewerRole: 'MODERATOR', viewerCanPost: true });
    expect(
      statements.filter((sql) => /FROM "workspaces"/.test(sql)),
      statements.join('\n'),
    ).toHaveLength(1);
  });
});

describe('createWorkspace', () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    name: 'Maldives border security follow-up',
    description: 'After the Bandos workshop',
    visibility: 'PRIVATE',
    memberOrganizationIds: [organizations['STATE:MV']],
    ...overrides,
  });

  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(CREATE, { input: input() }))).toBe('UNAUTHENTICATED');
  });

  it('is FORBIDDEN to people who are not coordinators or admins', async () => {
    expect(errorCode(await api.gql(CREATE, { input: input() }, tokens.unodc))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(CREATE, { input: input() }, tokens.maldives))).toBe('FORBIDDEN');
  });

  it('answers bad input with the field and writes nothing', async () => {
    const before = await api.sql(`SELECT count(*)::int AS count FROM workspaces`);
    const blank = await api.gql(CREATE, { input: input({ name: '   ' }) }, tokens.coordinator);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const unknown = await api.gql(
      CREATE,
      { input: input({ memberOrganizationIds: ['00000000-0000-4000-8000-000000000000'] }) },
      tokens.coordinator,
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberOrganizationIds' });
    expect(await api.sql(`SELECT count(*)::int AS count FROM workspaces`)).toEqual(before);
  });

  it('creates a private ad hoc workspace owned by its creator, readable by the member State and not by another', async () => {
    const response = await api.gql(CREATE, { input: input() }, tokens.coordinator);
    expect(response.data!.createWorkspace).toMatchObject({
      name: 'Maldives border security follow-up',
      kind: 'AD_HOC',
      viewerRole: 'OWNER',
      memberOrganizations: [{ organization: { key: 'STATE:MV' } }],
    });
    const id = response.data!.createWorkspace.id;
    expect((await api.gql(WORKSPACE, { id }, tokens.maldives)).data?.workspace.viewerRole).toBe('MEMBER');
    expect(errorCode(await api.gql(WORKSPACE, { id }, tokens.philippines))).toBe('NOT_FOUND');
  });
});

describe('addWorkspaceMember and removeWorkspaceMember', () => {
  let workspaceId: string;
  beforeAll(async () => {
    const response = await api.gql(
      CREATE,
      { input: { name: 'Regional CT strategies, South-East Asia', visibility: 'PRIVATE', memberOrganizationIds: [] } },
      tokens.coordinator,
    );
    workspaceId = response.data!.createWorkspace.id;
  });

  it('are UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(ADD, { input: { workspaceId, userId: users[DEMO.philippines] } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await api.gql(REMOVE, { input: { workspaceId, userId: users[DEMO.coordinator] } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('are NOT_FOUND for people who cannot see the workspace, FORBIDDEN for plain members', async () => {
    expect(errorCode(await api.gql(ADD, { input: { workspaceId, userId: users[DEMO.unodc] } }, tokens.interpol))).toBe(
      'NOT_FOUND',
    );
    await api.gql(ADD, { input: { workspaceId, userId: users[DEMO.interpol], role: 'MEMBER' } }, tokens.coordinator);
    expect(errorCode(await api.gql(ADD, { input: { workspaceId, userId: users[DEMO.unodc] } }, tokens.interpol))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(await api.gql(REMOVE, { input: { workspaceId, userId: users[DEMO.coordinator] } }, tokens.interpol)),
    ).toBe('FORBIDDEN');
  });

  it('adds a person, who is notified in their language and can then read it', async () => {
    const response = await api.gql(
      ADD,
      { input: { workspaceId, userId: users[DEMO.philippines], role: 'MEMBER' } },
      tokens.coordinator,
    );
    expect(response.data?.addWorkspaceMember).toEqual({ role: 'MEMBER', user: { email: DEMO.philippines } });
    const [notification] = await api.sql(
      `SELECT type, title, link, seq FROM notifications WHERE user_id = $1 ORDER BY seq DESC LIMIT 1`,
      [users[DEMO.philippines]],
    );
    expect(notification).toMatchObject({ type: 'WORKSPACE_ADDED', link: `/workspaces/${workspaceId}` });
    expect(notification.title).toContain('Regional CT strategies, South-East Asia');
    expect((await api.gql(WORKSPACE, { id: workspaceId }, tokens.philippines)).data?.workspace.viewerRole).toBe(
      'MEMBER',
    );
  });

  it('refuses a moderator making an owner, and an unknown or invisible person', async () => {
    await api.gql(ADD, { input: { workspaceId, userId: users[DEMO.unodc], role: 'MODERATOR' } }, tokens.coordinator);
    expect(
      errorCode(
        await api.gql(ADD, { input: { workspaceId, userId: users[DEMO.observer], role: 'OWNER' } }, tokens.unodc),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.gql(
          ADD,
          { input: { workspaceId, userId: '00000000-0000-4000-8000-000000000000' } },
          tokens.coordinator,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it("hides other States' members from a State's people in a private workspace", async () => {
    await api.gql(ADD, { input: { workspaceId, userId: users[DEMO.maldives], role: 'MEMBER' } }, tokens.coordinator);
    const seenByPhilippines = await api.gql(WORKSPACE, { id: workspaceId }, tokens.philippines);
    const emails = seenByPhilippines.data!.workspace.members.map((member: any) => member.user.email);
    expect(emails).toContain(DEMO.philippines);
    expect(emails).toContain(DEMO.coordinator);
    expect(emails).not.toContain(DEMO.maldives);
    const seenByCoordinator = await api.gql(WORKSPACE, { id: workspaceId }, tokens.coordinator);
    expect(seenByCoordinator.data!.workspace.members.map((member: any) => member.user.email)).toContain(DEMO.maldives);
  });

  it('removes a member at once, and keeps the last owner', async () => {
    expect(
      (await api.gql(REMOVE, { input: { workspaceId, userId: users[DEMO.philippines] } }, tokens.coordinator)).data,
    ).toEqual({
      removeWorkspaceMember: true,
    });
    expect(errorCode(await api.gql(WORKSPACE, { id: workspaceId }, tokens.philippines))).toBe('NOT_FOUND');
    const lastOwner = await api.gql(
      REMOVE,
      { input: { workspaceId, userId: users[DEMO.coordinator] } },
      tokens.coordinator,
    );
    expect(errorCode(lastOwner)).toBe('CONFLICT');
  });

  it('lets a platform admin assign people in a workspace they cannot read', async () => {
    const response = await api.gql(
      ADD,
      { input: { workspaceId, userId: users[DEMO.observer], role: 'OBSERVER' } },
      tokens.admin,
    );
    expect(response.data?.addWorkspaceMember.role).toBe('OBSERVER');
  });
});
