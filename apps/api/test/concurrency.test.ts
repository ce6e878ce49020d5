import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInDemoUsers, type TestApp, startTestApp, workingGroupWorkspaces } from './harness.js';

const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;

let api: TestApp;
let tokens: Awaited<ReturnType<typeof signInDemoUsers>>;
let workspaces: Record<string, string>;

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  workspaces = await workingGroupWorkspaces(api);
});
afterAll(() => api.close());

describe('concurrent posts into one thread', () => {
  it('answers thirty at once (three times the default pool), and the api answers afterwards', async () => {
    const thread = await api.gql(
      CREATE_THREAD,
      { input: { workspaceId: workspaces.CC, title: 'Busy', body: 'Start' } },
      tokens.coordinator,
    );
    const threadId = thread.data!.createThread.id;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        api.gql(CREATE_POST, { input: { threadId, body: `Reply ${index}` } }, tokens.coordinator),
      ),
    );
    expect(answers.map((answer) => answer.errors)).toEqual(answers.map(() => undefined));
    expect(await fetch(`${api.url}/health/ready`).then((response) => response.status)).toBe(200);
  });
});
