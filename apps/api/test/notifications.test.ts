import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, signInDemoUsers, type TestApp, startTestApp } from './harness.js';

const LIST = `query List($unreadOnly: Boolean, $first: Int) {
  notifications(unreadOnly: $unreadOnly, first: $first) { totalCount edges { node { id seq type title link readAt } } }
}`;
const COUNT = `query { unreadNotificationCount }`;
const MARK = `mutation Mark($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`;

let api: TestApp;
const tokens: Record<string, string> = {};
let workspaceId: string;

beforeAll(async () => {
  api = await startTestApp();
  Object.assign(tokens, await signInDemoUsers(api));
  [{ id: workspaceId }] = await api.sql(
    `SELECT w.id FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id WHERE g.key = 'BMLE'`,
  );
  // Three mentions of INTERPOL by UNODC.
  const thread = await api.gql(
    `mutation { createThread(input: { workspaceId: "${workspaceId}", title: "Biometrics", body: "@member@interpol.example 1" }) { id } }`,
    {},
    tokens.unodc,
  );
  for (const body of ['@member@interpol.example 2', '@member@interpol.example 3']) {
    await api.gql(
      `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
      { input: { threadId: thread.data!.createThread.id, body } },
      tokens.unodc,
    );
  }
});
afterAll(() => api.close());

describe('notifications and unreadNotificationCount', () => {
  it('are UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(LIST))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(COUNT))).toBe('UNAUTHENTICATED');
  });

  it("show the viewer's own notifications only, newest first", async () => {
    const interpol = await api.gql(LIST, {}, tokens.interpol);
    expect(interpol.data!.notifications.edges.map((edge: any) => edge.node.seq)).toEqual([3, 2, 1]);
    expect(interpol.data!.notifications.edges.every((edge: any) => edge.node.type === 'MENTION')).toBe(true);
    expect((await api.gql(LIST, {}, tokens.philippines)).data!.notifications.totalCount).toBe(0);
    expect((await api.gql(COUNT, {}, tokens.interpol)).data).toEqual({ unreadNotificationCount: 3 });
  });
});

describe('markNotificationsRead', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(MARK, { input: { all: true } }))).toBe('UNAUTHENTICATED');
  });

  it("cannot touch someone else's notifications, and needs ids or all", async () => {
    const [mine] = (await api.gql(LIST, {}, tokens.interpol)).data!.notifications.edges;
    expect((await api.gql(MARK, { input: { ids: [mine.node.id] } }, tokens.philippines)).data).toEqual({
      markNotificationsRead: 0,
    });
    expect((await api.gql(COUNT, {}, tokens.interpol)).data).toEqual({ unreadNotificationCount: 3 });
    expect(errorCode(await api.gql(MARK, { input: {} }, tokens.interpol))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(MARK, { input: { ids: ['nope'] } }, tokens.interpol))).toBe('BAD_USER_INPUT');
  });

  it('marks some, then all, read', async () => {
    const [newest] = (await api.gql(LIST, {}, tokens.interpol)).data!.notifications.edges;
    expect((await api.gql(MARK, { input: { ids: [newest.node.id] } }, tokens.interpol)).data).toEqual({
      markNotificationsRead: 1,
    });
    expect((await api.gql(LIST, { unreadOnly: true }, tokens.interpol)).data!.notifications.totalCount).toBe(2);
    expect((await api.gql(MARK, { input: { all: true } }, tokens.interpol)).data).toEqual({ markNotificationsRead: 2 });
    expect((await api.gql(COUNT, {}, tokens.interpol)).data).toEqual({ unreadNotificationCount: 0 });
  });
});
