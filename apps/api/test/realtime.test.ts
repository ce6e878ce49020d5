import { ACCESS_COOKIE, CLIENT_EVENTS, NOTIFICATION_SYNC_PAGE_SIZE, SERVER_EVENTS } from '@ctcp/shared';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, SIGN_IN, signInDemoUsers, type TestApp, startTestApp, userIds } from './harness.js';
import { collect, connectSocket, drained, nextEvent, request, until } from './sockets.js';

const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const CREATE_WORKSPACE = `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`;
const ADD = `mutation($input: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $input) { role } }`;
const REMOVE = `mutation($input: RemoveWorkspaceMemberInput!) { removeWorkspaceMember(input: $input) }`;

let api: TestApp;
const tokens: Record<string, string> = {};
const users: Record<string, string> = {};
let bmle: string;
const sockets: Socket[] = [];

async function socketOf(token: string): Promise<Socket> {
  const socket = await connectSocket(api.url, { token });
  sockets.push(socket);
  return socket;
}

async function openThread(token: string, workspaceId: string, body = 'Opening'): Promise<string> {
  const response = await api.gql(CREATE_THREAD, { input: { workspaceId, title: 'Live', body } }, token);
  return response.data!.createThread.id;
}

beforeAll(async () => {
  api = await startTestApp();
  Object.assign(tokens, await signInDemoUsers(api));
  Object.assign(users, await userIds(api));
  [{ id: bmle }] = await api.sql(
    `SELECT w.id FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id WHERE g.key = 'BMLE'`,
  );
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});
afterAll(() => api.close());

describe('the Socket.IO handshake', () => {
  it('refuses a connection without credentials, or with a forged or revoked token', async () => {
    await expect(connectSocket(api.url)).rejects.toThrow('UNAUTHENTICATED');
    await expect(connectSocket(api.url, { token: 'not.a.jwt' })).rejects.toThrow('UNAUTHENTICATED');
    const token = await api.signIn(DEMO.observer);
    await api.gql(`mutation { signOut }`, {}, token);
    await expect(connectSocket(api.url, { token })).rejects.toThrow('UNAUTHENTICATED');
  });

  it('accepts the session cookie a browser sends', async () => {
    const signIn = await api.gql(SIGN_IN, { email: DEMO.coordinator, password: DEMO_PASSWORD });
    const cookie = signIn.headers
      .getSetCookie()
      .find((value) => value.startsWith(`${ACCESS_COOKIE}=`))!
      .split(';')[0];
    const socket = await connectSocket(api.url, { cookie });
    sockets.push(socket);
    expect(socket.connected).toBe(true);
  });

  it('refuses a page of another site, and accepts the platform’s own origin', async () => {
    const signIn = await api.gql(SIGN_IN, { email: DEMO.coordinator, password: DEMO_PASSWORD });
    const cookie = signIn.headers
      .getSetCookie()
      .find((value) => value.startsWith(`${ACCESS_COOKIE}=`))!
      .split(';')[0];
    await expect(connectSocket(api.url, { cookie, origin: 'https://evil.example' })).rejects.toThrow();
    const own = await connectSocket(api.url, { cookie, origin: 'http://ctcp.test' });
    sockets.push(own);
    expect(own.connected).toBe(true);
  });
});

describe('live events', () => {
  it('reach the members of the workspace only, after the commit, with ids only', async () => {
    const interpol = await socketOf(tokens.interpol);
    const philippines = await socketOf(tokens.philippines);
    const strangerEvents = collect(philippines, SERVER_EVENTS.postCreated);
    const threadCreated = nextEvent(interpol, SERVER_EVENTS.threadCreated);
    const threadId = await openThread(tokens.unodc, bmle);
    expect(await threadCreated).toEqual({ workspaceId: bmle, threadId });

    const postCreated = nextEvent(interpol, SERVER_EVENTS.postCreated);
    const { data } = await api.gql(CREATE_POST, { input: { threadId, body: 'Live reply' } }, tokens.unodc);
    expect(await postCreated).toEqual({ workspaceId: bmle, threadId, postId: data!.createPost.id });
    // Committed before it was announced: a refetch right away finds it.
    const refetch = await api.gql(
      `query($id: ID!) { post(id: $id) { id } }`,
      { id: data!.createPost.id },
      tokens.interpol,
    );
    expect(refetch.data?.post.id).toBe(data!.createPost.id);
    // The members heard it; whatever was sent to the stranger has arrived by the end of a round trip.
    await drained(philippines);
    expect(strangerEvents).toEqual([]);
  });

  it('sends the notification to the mentioned person’s sockets', async () => {
    const interpol = await socketOf(tokens.interpol);
    const notified = nextEvent(interpol, SERVER_EVENTS.notification);
    const threadId = await openThread(tokens.unodc, bmle, 'For @member@interpol.example');
    const notification = await notified;
    expect(notification).toMatchObject({ type: 'MENTION', link: expect.stringContaining(`/threads/${threadId}`) });
    expect(Object.keys(notification).sort()).toEqual(['createdAt', 'id', 'link', 'seq', 'title', 'type']);
  });

  it('follow membership changes at once: added people start hearing, removed people stop', async () => {
    const created = await api.gql(
      CREATE_WORKSPACE,
      { input: { name: 'Live membership', visibility: 'PRIVATE', memberOrganizationIds: [] } },
      tokens.coordinator,
    );
    const workspaceId = created.data!.createWorkspace.id;
    const threadId = await openThread(tokens.coordinator, workspaceId);
    const philippines = await socketOf(tokens.philippines);
    const heard = collect(philippines, SERVER_EVENTS.postCreated);
    // Stays a member: hearing the last post marks that it was sent.
    const member = await socketOf(tokens.coordinator);
    const memberHeard = collect<{ postId: string }>(member, SERVER_EVENTS.postCreated);

    await api.gql(ADD, { input: { workspaceId, userId: users[DEMO.philippines], role: 'MEMBER' } }, tokens.coordinator);
    const first = nextEvent(philippines, SERVER_EVENTS.postCreated);
    await api.gql(CREATE_POST, { input: { threadId, body: 'While a member' } }, tokens.coordinator);
    await first;

    await api.gql(REMOVE, { input: { workspaceId, userId: users[DEMO.philippines] } }, tokens.coordinator);
    const after = await api.gql(CREATE_POST, { input: { threadId, body: 'After removal' } }, tokens.coordinator);
    const afterId = after.data!.createPost.id;
    await until('the member hears the last post', () => memberHeard.some((event) => event.postId === afterId));
    await drained(philippines);
    expect(heard).toHaveLength(1);
  });

  it('disconnects the sockets of a session that signs out, and of a disabled user', async () => {
    const token = await api.signIn(DEMO.maldives);
    const socket = await socketOf(token);
    const closed = nextEvent(socket, 'disconnect');
    await api.gql(`mutation { signOut }`, {}, token);
    expect(await closed).toBe('io server disconnect');

    const victim = await socketOf(await api.signIn(DEMO.observer));
    const gone = nextEvent(victim, 'disconnect');
    await api.gql(
      `mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { disabled } }`,
      { input: { userId: users[DEMO.observer], disabled: true } },
      tokens.admin,
    );
    expect(await gone).toBe('io server disconnect');
    await api.gql(
      `mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { disabled } }`,
      { input: { userId: users[DEMO.observer], disabled: false } },
      tokens.admin,
    );
  });
});

describe('notifications.sync', () => {
  it(`replays everything missed while away, oldest first, ${NOTIFICATION_SYNC_PAGE_SIZE} at a time`, async () => {
    // INTERPOL follows a thread and is offline while 130 replies arrive.
    const threadId = await openThread(tokens.interpol, bmle, 'Followed by INTERPOL');
    const [{ last }] = await api.sql(
      `SELECT coalesce(max(seq), 0)::int AS last FROM notifications WHERE user_id = $1`,
      [users[DEMO.interpol]],
    );
    for (let reply = 0; reply < 130; reply++) {
      await api.gql(CREATE_POST, { input: { threadId, body: `Reply ${reply}` } }, tokens.unodc);
    }

    const socket = await socketOf(tokens.interpol);
    const replayed: { seq: number; type: string }[] = [];
    let afterSeq = last;
    for (;;) {
      const page = await request<{ seq: number; type: string }[]>(socket, CLIENT_EVENTS.notificationsSync, {
        afterSeq,
      });
      replayed.push(...page);
      if (page.length < NOTIFICATION_SYNC_PAGE_SIZE) break;
      afterSeq = page[page.length - 1].seq;
    }
    expect(replayed).toHaveLength(130);
    expect(replayed.map((notification) => notification.seq)).toEqual(
      Array.from({ length: 130 }, (_, index) => last + 1 + index),
    );
    expect(new Set(replayed.map((notification) => notification.type))).toEqual(new Set(['REPLY']));
  });

  it('answers bad input, limits the rate, and drops oversize messages', async () => {
    const socket = await socketOf(tokens.coordinator);
    expect(await request(socket, CLIENT_EVENTS.notificationsSync, { afterSeq: -1 })).toEqual({
      error: 'BAD_USER_INPUT',
    });
    expect(await request(socket, CLIENT_EVENTS.notificationsSync, 'nonsense')).toEqual({ error: 'BAD_USER_INPUT' });
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => request(socket, CLIENT_EVENTS.notificationsSync, { afterSeq: 0 })),
    );
    expect(answers.filter((answer) => (answer as { error?: string }).error === 'RATE_LIMITED').length).toBeGreaterThan(
      0,
    );

    const big = await socketOf(tokens.unodc);
    const dropped = nextEvent(big, 'disconnect');
    big.emit(CLIENT_EVENTS.notificationsSync, { afterSeq: 0, padding: 'x'.repeat(64 * 1024) });
    expect(await dropped).toBe('transport close');
  });
});
