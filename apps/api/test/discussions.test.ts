import { THREAD_TITLE_MAX_LENGTH } from '@ctcp/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  errorCode,
  loggedStatementsDuring,
  signInDemoUsers,
  statementsDuring,
  type TestApp,
  startTestApp,
} from './harness.js';

const CREATE_THREAD = `mutation CreateThread($input: CreateThreadInput!) {
  createThread(input: $input) { id title pillars classification postCount author { person { email } } viewerFollows
    posts { totalCount edges { node { id body bodyHtml author { person { email } } } } } }
}`;
const THREAD = `query Thread($id: ID!) {
  thread(id: $id) { id title pinned locked postCount unread viewerFollows workspace { id }
    posts(first: 50) { edges { node { id body bodyHtml deleted editedAt reactions { emoji count viewerReacted } revisions { body bodyHtml } } } } }
}`;
const CREATE_POST = `mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { id bodyHtml thread { postCount } } }`;
const UPDATE_POST = `mutation UpdatePost($input: UpdatePostInput!) { updatePost(input: $input) { id body editedAt revisions { body } } }`;
const DELETE_POST = `mutation DeletePost($id: ID!) { deletePost(id: $id) { id deleted body bodyHtml revisions { body } } }`;
const REACT = `mutation React($input: ToggleReactionInput!) { toggleReaction(input: $input) { reactions { emoji count viewerReacted } } }`;
const PIN = `mutation Pin($input: SetThreadFlagInput!) { setThreadPinned(input: $input) { pinned } }`;
const LOCK = `mutation Lock($input: SetThreadFlagInput!) { setThreadLocked(input: $input) { locked } }`;
const FOLLOW = `mutation Follow($input: SetThreadFlagInput!) { followThread(input: $input) { viewerFollows } }`;
const MARK_READ = `mutation MarkRead($threadId: ID!) { markThreadRead(threadId: $threadId) { unread } }`;
const POST = `query Post($id: ID!) { post(id: $id) { id thread { id } } }`;
const PREVIEW = `query Preview($body: String!) { previewMarkdown(body: $body) }`;
const THREADS_OF = `query Threads($id: ID!) { workspace(id: $id) { unreadThreadCount threads { edges { node { id pinned unread } } } } }`;

let api: TestApp;
const tokens: Record<string, string> = {};
const workspaces: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApp();
  Object.assign(tokens, await signInDemoUsers(api));
  for (const row of await api.sql(
    `SELECT w.id, g.key FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id`,
  )) {
    workspaces[row.key] = row.id;
  }
});
afterAll(() => api.close());

const newThread = (overrides: Record<string, unknown> = {}) => ({
  workspaceId: workspaces.BMLE,
  title: 'Bandos workshop follow-up',
  body: 'Notes from **Bandos**, 3–5 March 2020.',
  pillars: ['II', 'III'],
  ...overrides,
});

async function openThread(token = tokens.unodc, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await api.gql(CREATE_THREAD, { input: newThread(overrides) }, token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createThread.id;
}

const notificationsOf = (email: string) =>
  api.sql(
    `SELECT n.type, n.title, n.link, n.seq FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $1 ORDER BY n.seq`,
    [email],
  );

describe('createThread', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(CREATE_THREAD, { input: newThread() }))).toBe('UNAUTHENTICATED');
  });

  it('is NOT_FOUND in a private workspace the viewer is not in, FORBIDDEN where they only read', async () => {
    expect(errorCode(await api.gql(CREATE_THREAD, { input: newThread() }, tokens.philippines))).toBe('NOT_FOUND');
    expect(
      errorCode(await api.gql(CREATE_THREAD, { input: newThread({ workspaceId: workspaces.CC }) }, tokens.philippines)),
    ).toBe('FORBIDDEN');
    expect(await api.sql(`SELECT id FROM threads`)).toHaveLength(0);
  });

  it('answers bad input with the field and writes nothing', async () => {
    const blank = await api.gql(CREATE_THREAD, { input: newThread({ body: '  \n ' }) }, tokens.unodc);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const tooLong = await api.gql(CREATE_THREAD, { input: newThread({ body: 'x'.repeat(20_001) }) }, tokens.unodc);
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const pillar = await api.gql(CREATE_THREAD, { input: newThread({ pillars: ['V'] }) }, tokens.unodc);
    expect(errorCode(pillar)).toBe('BAD_USER_INPUT');
    expect(await api.sql(`SELECT id FROM threads`)).toHaveLength(0);
  });

  it('opens a thread with its first post; the author follows it', async () => {
    const response = await api.gql(CREATE_THREAD, { input: newThread() }, tokens.unodc);
    expect(response.data!.createThread).toMatchObject({
      title: 'Bandos workshop follow-up',
      pillars: ['II', 'III'],
      classification: 'UNCLASSIFIED',
      postCount: 1,
      author: { person: { email: DEMO.unodc } },
      viewerFollows: true,
    });
    expect(response.data!.createThread.posts.edges[0].node.bodyHtml).toContain('<strong>Bandos</strong>');
  });
});

describe('thread', () => {
  it('is UNAUTHENTICATED when signed out, NOT_FOUND for non-members, readable by members', async () => {
    const id = await openThread();
    expect(errorCode(await api.gql(THREAD, { id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(THREAD, { id }, tokens.philippines))).toBe('NOT_FOUND');
    expect((await api.gql(THREAD, { id }, tokens.interpol)).data?.thread.id).toBe(id);
  });

  it('threads of an OPEN workspace are readable by every signed-in user', async () => {
    const id = await openThread(tokens.coordinator, {
      workspaceId: workspaces.CC,
      title: 'Launch of the Coordination Platform',
    });
    expect((await api.gql(THREAD, { id }, tokens.philippines)).data?.thread.title).toBe(
      'Launch of the Coordination Platform',
    );
  });

  it('reads the thread, its workspace and the viewer’s access to it once', async () => {
    const id = await openThread();
    await api.gql(CREATE_POST, { input: { threadId: id, body: 'A second post' } }, tokens.interpol);
    const query = `query Thread($id: ID!) {
      thread(id: $id) { id title classification viewerCanRename unread viewerFollows
        workspace { id name viewerCanModerate viewerCanPost minimumClassification }
        posts(first: 40) { totalCount edges { node { id bodyHtml viewerCanEdit viewerCanDelete author { name } } } } }
    }`;
    let answer: any;
    const statements = await statementsDuring(api, async () => {
      answer = await api.gql(query, { id }, tokens.interpol);
    });
    expect(answer.data.thread).toMatchObject({ viewerCanRename: true, workspace: { viewerCanPost: true } });
    expect(answer.data.thread.posts.edges.map((edge: any) => edge.node.author.name)).toHaveLength(2);
    const all = statements.join('\n');
    const matching = (pattern: RegExp) => statements.filter((sql) => pattern.test(sql));
    // The query's own check reads the thread and its workspace with the viewer's role; the fields reuse them.
    expect(matching(/FROM "threads"/), all).toHaveLength(1);
    expect(matching(/FROM "workspaces"/), all).toHaveLength(1);
    // Nobody is mentioned: no statement looks for the people mentioned.
    expect(matching(/0=1/), all).toHaveLength(0);
  });
});

describe('createPost, mentions and notifications', () => {
  it('is UNAUTHENTICATED when signed out and NOT_FOUND for a thread the viewer cannot read', async () => {
    const threadId = await openThread();
    expect(errorCode(await api.gql(CREATE_POST, { input: { threadId, body: 'hi' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(CREATE_POST, { input: { threadId, body: 'hi' } }, tokens.maldives))).toBe(
      'NOT_FOUND',
    );
  });

  it('notifies mentioned readers and followers once each, never the author or people outside the workspace', async () => {
    const threadId = await openThread(tokens.unodc, { title: 'SALW in Central Asia' });
    const before = {
      interpol: (await notificationsOf(DEMO.interpol)).length,
      unodc: (await notificationsOf(DEMO.unodc)).length,
      philippines: (await notificationsOf(DEMO.philippines)).length,
    };
    const reply = await api.gql(
      CREATE_POST,
      { input: { threadId, body: 'Looping in @member@interpol.example and @focal.point@ph.example.' } },
      tokens.coordinator,
    );
    expect(reply.data!.createPost.thread.postCount).toBe(2);
    // The mentioned reader gets a link; the person outside the private workspace stays plain text.
    expect(reply.data!.createPost.bodyHtml).toMatch(/<a [^>]*class="mention"[^>]*>@member@interpol\.example<\/a>/);
    expect(reply.data!.createPost.bodyHtml).not.toMatch(/<a [^>]*>@focal\.point@ph\.example/);

    const interpol = (await notificationsOf(DEMO.interpol)).slice(before.interpol);
    expect(interpol).toHaveLength(1);
    expect(interpol[0]).toMatchObject({
      type: 'MENTION',
      title: 'Carlos Mendoza vous a mentionné dans « SALW in Central Asia »',
    });
    expect(interpol[0].link).toMatch(new RegExp(`^/threads/${threadId}#post-`));
    const unodc = (await notificationsOf(DEMO.unodc)).slice(before.unodc);
    expect(unodc.map((row: any) => row.type)).toEqual(['REPLY']);
    expect(await notificationsOf(DEMO.philippines)).toHaveLength(before.philippines);

    // INTERPOL now follows (mentioned): its reply notifies the two others, not itself.
    await api.gql(CREATE_POST, { input: { threadId, body: 'Agreed.' } }, tokens.interpol);
    expect((await notificationsOf(DEMO.interpol)).slice(before.interpol)).toHaveLength(1);
    expect((await notificationsOf(DEMO.unodc)).slice(before.unodc).map((row: any) => row.type)).toEqual([
      'REPLY',
      'REPLY',
    ]);
  });

  it('notifies a mentioned reader of an OPEN workspace who takes no part in it', async () => {
    const threadId = await openThread(tokens.coordinator, { workspaceId: workspaces.CC, title: 'Open call' });
    const [{ count: parties }] = await api.sql(
      `SELECT count(*)::int AS count FROM workspace_members m JOIN users u ON u.id = m.user_id
        WHERE m.workspace_id = $1 AND u.email = $2`,
      [workspaces.CC, DEMO.philippines],
    );
    expect(parties).toBe(0);
    const before = (await notificationsOf(DEMO.philippines)).length;
    await api.gql(CREATE_POST, { input: { threadId, body: 'Views, @focal.point@ph.example?' } }, tokens.coordinator);
    expect((await notificationsOf(DEMO.philippines)).slice(before).map((row: any) => row.type)).toEqual(['MENTION']);
  });

  it('keeps per-user seq strictly increasing by one', async () => {
    const rows = await notificationsOf(DEMO.unodc);
    expect(rows.map((row: any) => Number(row.seq))).toEqual(rows.map((_row: any, index: number) => index + 1));
  });

  it('keeps classified thread titles out of notifications', async () => {
    const threadId = await openThread(tokens.unodc, {
      title: 'Source names in Operation X',
      classification: 'CONFIDENTIAL',
    });
    await api.gql(CREATE_POST, { input: { threadId, body: '@member@interpol.example please see' } }, tokens.unodc);
    const [latest] = (await notificationsOf(DEMO.interpol)).slice(-1);
    expect(latest.title).not.toContain('Operation X');
    expect(latest.title).toContain('confidentiel');
  });

  it('renders what a post says, never script', async () => {
    const threadId = await openThread();
    const response = await api.gql(
      CREATE_POST,
      {
        input: {
          threadId,
          body: '<script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)>',
        },
      },
      tokens.unodc,
    );
    const html = response.data!.createPost.bodyHtml;
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i); // no event handler inside any tag
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('createPost, cost', () => {
  /** The statements of the transaction `mutation` opens (from its START TRANSACTION to its COMMIT). */
  async function transactionOf(mutation: () => Promise<unknown>): Promise<string[]> {
    const seen = await loggedStatementsDuring(api, mutation);
    const runner = seen.find((statement) => statement.query === 'START TRANSACTION')?.runner;
    return seen.filter((statement) => runner && statement.runner === runner).map((statement) => statement.query);
  }

  it('writes a plain reply in few statements: a live event waits for all of them', async () => {
    const threadId = await openThread(tokens.unodc, { title: 'Statements' });
    const statements = await transactionOf(() =>
      api.gql(
        `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
        {
          input: { threadId, body: 'A reply by the only follower, mentioning nobody.' },
        },
        tokens.unodc,
      ),
    );
    // The thread, the access to its workspace (asked of the workspaces module), the thread's lock, the post
    // with its thread's count, the followers with the author's read mark, the workspace's watchers: between
    // START TRANSACTION and COMMIT.
    expect(statements.at(0)).toBe('START TRANSACTION');
    expect(statements.at(-1)).toBe('COMMIT');
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(8);
  });
});

describe('updatePost and deletePost', () => {
  it('are UNAUTHENTICATED when signed out', async () => {
    const threadId = await openThread();
    const postId = (await api.gql(THREAD, { id: threadId }, tokens.unodc)).data!.thread.posts.edges[0].node.id;
    expect(errorCode(await api.gql(UPDATE_POST, { input: { id: postId, body: 'x' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(DELETE_POST, { id: postId }))).toBe('UNAUTHENTICATED');
  });

  it('let only the author edit, keeping the history visible to readers', async () => {
    const threadId = await openThread(tokens.unodc, { body: 'First draft' });
    const postId = (await api.gql(THREAD, { id: threadId }, tokens.unodc)).data!.thread.posts.edges[0].node.id;
    expect(errorCode(await api.gql(UPDATE_POST, { input: { id: postId, body: 'Hijacked' } }, tokens.interpol))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.gql(UPDATE_POST, { input: { id: postId, body: 'x' } }, tokens.philippines))).toBe(
      'NOT_FOUND',
    );
    const edited = await api.gql(UPDATE_POST, { input: { id: postId, body: 'Second draft' } }, tokens.unodc);
    expect(edited.data!.updatePost).toMatchObject({ body: 'Second draft', revisions: [{ body: 'First draft' }] });
    expect(edited.data!.updatePost.editedAt).not.toBeNull();
    const seen = await api.gql(THREAD, { id: threadId }, tokens.interpol);
    expect(seen.data!.thread.posts.edges[0].node.revisions).toEqual([
      { body: 'First draft', bodyHtml: '<p>First draft</p>\n' },
    ]);
  });

  it('let the author or a moderator delete; the post stays, shown as deleted, its text and history gone', async () => {
    const threadId = await openThread(tokens.unodc, { body: 'To be removed' });
    const postId = (await api.gql(THREAD, { id: threadId }, tokens.unodc)).data!.thread.posts.edges[0].node.id;
    await api.gql(UPDATE_POST, { input: { id: postId, body: 'To be removed, edited' } }, tokens.unodc);
    // A plain member may not delete someone else's post; INTERPOL moderates BMLE.
    const coordinatorThread = await openThread(tokens.coordinator);
    const coordinatorPost = (await api.gql(THREAD, { id: coordinatorThread }, tokens.unodc)).data!.thread.posts.edges[0]
      .node.id;
    expect(errorCode(await api.gql(DELETE_POST, { id: coordinatorPost }, tokens.unodc))).toBe('FORBIDDEN');
    const deleted = await api.gql(DELETE_POST, { id: postId }, tokens.interpol);
    expect(deleted.data!.deletePost).toEqual({ id: postId, deleted: true, body: null, bodyHtml: '', revisions: [] });
    expect(await api.sql(`SELECT body FROM posts WHERE id = $1`, [postId])).toEqual([{ body: '' }]);
  });
});

describe('toggleReaction', () => {
  it('is UNAUTHENTICATED when signed out, FORBIDDEN to readers who cannot post, BAD_USER_INPUT for other emoji', async () => {
    const threadId = await openThread(tokens.coordinator, { workspaceId: workspaces.CC });
    const postId = (await api.gql(THREAD, { id: threadId }, tokens.coordinator)).data!.thread.posts.edges[0].node.id;
    expect(errorCode(await api.gql(REACT, { input: { postId, emoji: '👍' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(REACT, { input: { postId, emoji: '👍' } }, tokens.philippines))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(REACT, { input: { postId, emoji: '💩' } }, tokens.unodc))).toBe('BAD_USER_INPUT');
  });

  it('adds and takes back a reaction, counting per emoji', async () => {
    const threadId = await openThread();
    const postId = (await api.gql(THREAD, { id: threadId }, tokens.unodc)).data!.thread.posts.edges[0].node.id;
    await api.gql(REACT, { input: { postId, emoji: '👍' } }, tokens.interpol);
    const both = await api.gql(REACT, { input: { postId, emoji: '👍' } }, tokens.unodc);
    expect(both.data!.toggleReaction.reactions).toEqual([{ emoji: '👍', count: 2, viewerReacted: true }]);
    const back = await api.gql(REACT, { input: { postId, emoji: '👍' } }, tokens.unodc);
    expect(back.data!.toggleReaction.reactions).toEqual([{ emoji: '👍', count: 1, viewerReacted: false }]);
  });
});

describe('setThreadPinned, setThreadLocked, followThread, markThreadRead', () => {
  it('are UNAUTHENTICATED when signed out', async () => {
    const threadId = await openThread();
    for (const mutation of [PIN, LOCK, FOLLOW]) {
      expect(errorCode(await api.gql(mutation, { input: { threadId, value: true } }))).toBe('UNAUTHENTICATED');
    }
    expect(errorCode(await api.gql(MARK_READ, { threadId }))).toBe('UNAUTHENTICATED');
  });

  it('are NOT_FOUND for people outside the workspace', async () => {
    const threadId = await openThread();
    for (const mutation of [PIN, LOCK, FOLLOW]) {
      expect(errorCode(await api.gql(mutation, { input: { threadId, value: true } }, tokens.philippines))).toBe(
        'NOT_FOUND',
      );
    }
    expect(errorCode(await api.gql(MARK_READ, { threadId }, tokens.philippines))).toBe('NOT_FOUND');
  });

  it('let moderators pin and lock; members may not; a locked thread takes no posts', async () => {
    const threadId = await openThread();
    expect(errorCode(await api.gql(PIN, { input: { threadId, value: true } }, tokens.unodc))).toBe('FORBIDDEN');
    expect((await api.gql(PIN, { input: { threadId, value: true } }, tokens.interpol)).data).toEqual({
      setThreadPinned: { pinned: true },
    });
    const threads = await api.gql(THREADS_OF, { id: workspaces.BMLE }, tokens.unodc);
    expect(threads.data!.workspace.threads.edges[0].node).toMatchObject({ id: threadId, pinned: true });
    expect((await api.gql(LOCK, { input: { threadId, value: true } }, tokens.interpol)).data).toEqual({
      setThreadLocked: { locked: true },
    });
    expect(errorCode(await api.gql(CREATE_POST, { input: { threadId, body: 'late' } }, tokens.unodc))).toBe('CONFLICT');
  });

  it('track unread threads per person, and stop notifying someone who unfollowed', async () => {
    const threadId = await openThread(tokens.unodc, { title: 'Unread tracking' });
    const before = await api.gql(THREADS_OF, { id: workspaces.BMLE }, tokens.interpol);
    const node = before.data!.workspace.threads.edges.find((edge: any) => edge.node.id === threadId).node;
    expect(node.unread).toBe(true);
    expect((await api.gql(MARK_READ, { threadId }, tokens.interpol)).data).toEqual({
      markThreadRead: { unread: false },
    });
    const after = await api.gql(THREADS_OF, { id: workspaces.BMLE }, tokens.interpol);
    expect(after.data!.workspace.unreadThreadCount).toBe(before.data!.workspace.unreadThreadCount - 1);

    expect((await api.gql(FOLLOW, { input: { threadId, value: false } }, tokens.unodc)).data).toEqual({
      followThread: { viewerFollows: false },
    });
    const count = (await notificationsOf(DEMO.unodc)).length;
    await api.gql(CREATE_POST, { input: { threadId, body: 'A reply nobody follows' } }, tokens.interpol);
    expect(await notificationsOf(DEMO.unodc)).toHaveLength(count);
  });
});

describe('post and previewMarkdown', () => {
  it('post is UNAUTHENTICATED signed out, NOT_FOUND outside the workspace, readable inside', async () => {
    const threadId = await openThread();
    const postId = (await api.gql(THREAD, { id: threadId }, tokens.unodc)).data!.thread.posts.edges[0].node.id;
    expect(errorCode(await api.gql(POST, { id: postId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(POST, { id: postId }, tokens.philippines))).toBe('NOT_FOUND');
    expect((await api.gql(POST, { id: postId }, tokens.interpol)).data?.post.thread.id).toBe(threadId);
  });

  it('previewMarkdown is UNAUTHENTICATED signed out, renders for anyone signed in, refuses oversize bodies', async () => {
    expect(errorCode(await api.gql(PREVIEW, { body: '*x*' }))).toBe('UNAUTHENTICATED');
    expect((await api.gql(PREVIEW, { body: '*x* <b>y</b>' }, tokens.philippines)).data?.previewMarkdown).toBe(
      '<p><em>x</em> &lt;b&gt;y&lt;/b&gt;</p>\n',
    );
    expect(errorCode(await api.gql(PREVIEW, { body: 'x'.repeat(20_001) }, tokens.philippines))).toBe('BAD_USER_INPUT');
    // Mentions link to people the viewer may see, as in the posted version; another State's stay text.
    const mentions = await api.gql(
      PREVIEW,
      { body: '@member@unodc.example @focal.point@mv.example' },
      tokens.philippines,
    );
    expect(mentions.data?.previewMarkdown).toMatch(/<a [^>]*class="mention"[^>]*>@member@unodc\.example<\/a>/);
    expect(mentions.data?.previewMarkdown).not.toMatch(/<a [^>]*>@focal\.point@mv\.example/);
  });
});

describe('renameThread', () => {
  const RENAME = `mutation Rename($input: RenameThreadInput!) { renameThread(input: $input) { id title viewerCanRename } }`;
  const rename = (threadId: string, title: string, token?: string) =>
    api.gql(RENAME, { input: { threadId, title } }, token);

  it('is UNAUTHENTICATED signed out and NOT_FOUND outside the workspace', async () => {
    const threadId = await openThread();
    expect(errorCode(await rename(threadId, 'New'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await rename(threadId, 'New', tokens.philippines))).toBe('NOT_FOUND');
  });

  it('lets its author and the moderators rename it, found by its new title; not the other members', async () => {
    const threadId = await openThread(tokens.unodc, { title: 'Working title' });
    expect((await rename(threadId, '  Maritime domain awareness  ', tokens.unodc)).data).toEqual({
      renameThread: { id: threadId, title: 'Maritime domain awareness', viewerCanRename: true },
    });
    // INTERPOL's member moderates the workspace.
    expect(
      (await rename(threadId, 'Maritime domain awareness: the 2027 plan', tokens.interpol)).errors,
    ).toBeUndefined();
    const found = await api.gql(
      `query { search(query: "\\"2027 plan\\"", kinds: [THREAD]) { edges { node { id } } } }`,
      {},
      tokens.unodc,
    );
    expect(found.data!.search.edges.map((edge: any) => edge.node.id)).toContain(threadId);

    const theirs = await openThread(tokens.interpol, { title: 'INTERPOL’s thread' });
    expect(errorCode(await rename(theirs, 'Taken over', tokens.unodc))).toBe('FORBIDDEN');
    const seen = await api.gql(
      `query($id: ID!) { thread(id: $id) { title viewerCanRename } }`,
      { id: theirs },
      tokens.unodc,
    );
    expect(seen.data!.thread).toEqual({ title: 'INTERPOL’s thread', viewerCanRename: false });
  });

  it('refuses a blank or overlong title, and leaves the old one', async () => {
    const threadId = await openThread(tokens.unodc, { title: 'Kept' });
    expect(errorCode(await rename(threadId, '   ', tokens.unodc))).toBe('BAD_USER_INPUT');
    expect(errorCode(await rename(threadId, 'x'.repeat(THREAD_TITLE_MAX_LENGTH + 1), tokens.unodc))).toBe(
      'BAD_USER_INPUT',
    );
    const [{ title }] = await api.sql(`SELECT title FROM threads WHERE id = $1`, [threadId]);
    expect(title).toBe('Kept');
  });
});

describe('createPost quoting a post', () => {
  const QUOTE = `mutation Quote($input: CreatePostInput!) {
    createPost(input: $input) { id quotedPost { id deleted body author { person { email } } } }
  }`;
  const QUOTES = `query Quotes($id: ID!) {
    thread(id: $id) { postCount posts(first: 50) { edges { node { id quotedPost { id deleted body bodyHtml } } } } }
  }`;
  const firstPostOf = async (threadId: string) =>
    (await api.gql(THREAD, { id: threadId }, tokens.unodc)).data!.thread.posts.edges[0].node.id as string;
  const reply = async (threadId: string, body: string, quotedPostId?: string, token = tokens.interpol) => {
    const response = await api.gql(QUOTE, { input: { threadId, body, quotedPostId } }, token);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createPost;
  };

  it('is UNAUTHENTICATED signed out and NOT_FOUND in a thread the viewer may not read', async () => {
    const threadId = await openThread();
    const quotedPostId = await firstPostOf(threadId);
    const input = { threadId, body: 'Agreed', quotedPostId };
    expect(errorCode(await api.gql(QUOTE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(QUOTE, { input }, tokens.philippines))).toBe('NOT_FOUND');
  });

  it('replies to an earlier post of the thread; readers see which, the others none', async () => {
    const threadId = await openThread(tokens.unodc, { body: 'Three exchanges in **Manila**.' });
    const opening = await firstPostOf(threadId);
    const quoting = await reply(threadId, 'Which ones?', opening);
    expect(quoting.quotedPost).toEqual({
      id: opening,
      deleted: false,
      body: 'Three exchanges in **Manila**.',
      author: { person: { email: DEMO.unodc } },
    });
    await reply(threadId, 'A reply quoting nothing');
    const seen = await api.gql(QUOTES, { id: threadId }, tokens.coordinator);
    expect(seen.data!.thread.posts.edges.map((edge: any) => edge.node.quotedPost?.id ?? null)).toEqual([
      null,
      opening,
      null,
    ]);
    expect(await api.sql(`SELECT quoted_post_id FROM posts WHERE id = $1`, [quoting.id])).toEqual([
      { quoted_post_id: opening },
    ]);
  });

  it('loads the quoted posts of a page in one statement', async () => {
    const threadId = await openThread();
    const opening = await firstPostOf(threadId);
    const second = await reply(threadId, 'Second', opening);
    const third = await reply(threadId, 'Third', second.id);
    await reply(threadId, 'Fourth', third.id);
    let answer: any;
    const statements = await statementsDuring(api, async () => {
      answer = await api.gql(QUOTES, { id: threadId }, tokens.unodc);
    });
    expect(answer.data.thread.posts.edges.map((edge: any) => edge.node.quotedPost?.id ?? null)).toEqual([
      null,
      opening,
      second.id,
      third.id,
    ]);
    const byId = statements.filter((query) => /FROM "posts"/.test(query) && /"id" = ANY\(\$1\)/.test(query));
    expect(byId, statements.join('\n')).toHaveLength(1);
  });

  it('refuses a post of another thread, or none, with the field, and writes nothing', async () => {
    const threadId = await openThread();
    // A post the writer reads, in another thread of the same workspace.
    const elsewhere = await firstPostOf(await openThread());
    for (const quotedPostId of [elsewhere, '00000000-0000-4000-8000-000000000000']) {
      const refused = await api.gql(QUOTE, { input: { threadId, body: 'Quoting', quotedPostId } }, tokens.interpol);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quotedPostId' });
      expect(refused.errors?.[0].message).toBe('Quote a post of this thread.');
    }
    const malformed = await api.gql(
      QUOTE,
      { input: { threadId, body: 'Quoting', quotedPostId: 'p1' } },
      tokens.interpol,
    );
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    expect(await api.sql(`SELECT body FROM posts WHERE thread_id = $1`, [threadId])).toEqual([
      { body: newThread().body },
    ]);
    expect(await api.sql(`SELECT post_count FROM threads WHERE id = $1`, [threadId])).toEqual([{ post_count: 1 }]);
  });

  it('shows a quoted post deleted afterwards as deleted, without its text, and quotes it no more', async () => {
    const threadId = await openThread(tokens.unodc, { body: 'Said in haste' });
    const opening = await firstPostOf(threadId);
    const quoting = await reply(threadId, 'Really?', opening);
    expect((await api.gql(DELETE_POST, { id: opening }, tokens.unodc)).errors).toBeUndefined();

    const seen = await api.gql(QUOTES, { id: threadId }, tokens.interpol);
    expect(seen.data!.thread.posts.edges[1].node).toEqual({
      id: quoting.id,
      quotedPost: { id: opening, deleted: true, body: null, bodyHtml: '' },
    });
    const refused = await api.gql(
      QUOTE,
      { input: { threadId, body: 'Again', quotedPostId: opening } },
      tokens.interpol,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quotedPostId' });
    expect(await api.sql(`SELECT post_count FROM threads WHERE id = $1`, [threadId])).toEqual([{ post_count: 2 }]);

    // A deleted reply quotes nothing any more.
    const second = await reply(threadId, 'Quoting, then deleted', quoting.id);
    expect((await api.gql(DELETE_POST, { id: second.id }, tokens.interpol)).errors).toBeUndefined();
    expect(await api.sql(`SELECT quoted_post_id FROM posts WHERE id = $1`, [second.id])).toEqual([
      { quoted_post_id: null },
    ]);

    // Should the quoted row itself go, the quote empties.
    await api.sql(`DELETE FROM posts WHERE id = $1`, [opening]);
    const after = await api.gql(QUOTES, { id: threadId }, tokens.interpol);
    expect(after.data!.thread.posts.edges).toEqual([
      { node: { id: quoting.id, quotedPost: null } },
      { node: { id: second.id, quotedPost: null } },
    ]);
  });
});

describe('Thread.viewerLastReadAt', () => {
  const LAST_READ = `query LastRead($id: ID!) {
    thread(id: $id) { unread viewerLastReadAt posts(first: 50) { edges { node { createdAt } } } }
  }`;
  const lastRead = async (threadId: string, token: string) =>
    (await api.gql(LAST_READ, { id: threadId }, token)).data!.thread;

  it('is UNAUTHENTICATED signed out and NOT_FOUND for people outside the workspace', async () => {
    const threadId = await openThread();
    expect(errorCode(await api.gql(LAST_READ, { id: threadId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(LAST_READ, { id: threadId }, tokens.philippines))).toBe('NOT_FOUND');
  });

  it('is each reader’s own last read: null before any, then the time of markThreadRead; later posts come after it', async () => {
    const threadId = await openThread(tokens.unodc, { title: 'Read marks' });
    // Its author has read it by writing it.
    const author = await lastRead(threadId, tokens.unodc);
    expect(author.viewerLastReadAt).not.toBeNull();
    expect(Date.parse(author.viewerLastReadAt)).toBeGreaterThanOrEqual(
      Date.parse(author.posts.edges[0].node.createdAt),
    );
    expect(await lastRead(threadId, tokens.interpol)).toMatchObject({ unread: true, viewerLastReadAt: null });

    expect((await api.gql(MARK_READ, { threadId }, tokens.interpol)).errors).toBeUndefined();
    const read = await lastRead(threadId, tokens.interpol);
    expect(read.unread).toBe(false);
    expect(Date.parse(read.viewerLastReadAt)).toBeGreaterThanOrEqual(Date.parse(read.posts.edges[0].node.createdAt));

    await api.gql(CREATE_POST, { input: { threadId, body: 'Something new' } }, tokens.unodc);
    // Read before the page marks it read: the new post is after the mark, the first one before it.
    const before = await lastRead(threadId, tokens.interpol);
    expect(before).toMatchObject({ unread: true, viewerLastReadAt: read.viewerLastReadAt });
    const [first, added] = before.posts.edges.map((edge: any) => Date.parse(edge.node.createdAt));
    expect(first).toBeLessThanOrEqual(Date.parse(before.viewerLastReadAt));
    expect(added).toBeGreaterThan(Date.parse(before.viewerLastReadAt));

    await api.gql(MARK_READ, { threadId }, tokens.interpol);
    const after = await lastRead(threadId, tokens.interpol);
    expect(after.unread).toBe(false);
    expect(Date.parse(after.viewerLastReadAt)).toBeGreaterThanOrEqual(added);
  });
});
