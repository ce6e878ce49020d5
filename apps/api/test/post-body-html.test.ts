import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, organizationIds, type Tokens } from './assistance-requests.fixtures.js';
import { DEMO, signInDemoUsers, type TestApp, startTestApp, userIds, workingGroupWorkspaces } from './harness.js';

/**
 * Posts keep their body rendered with every mention linked (`posts.body_html`), written with the body; a
 * reader who may see everyone mentioned is served it, any other reader gets the body rendered again with
 * only the people they may see linked. Either way the HTML is what rendering at every read would give.
 */

const CREATE_THREAD = `mutation($input: CreateThreadInput!) {
  createThread(input: $input) { id posts(first: 1) { edges { node { id bodyHtml } } } }
}`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id bodyHtml } }`;
const UPDATE_POST = `mutation($input: UpdatePostInput!) { updatePost(input: $input) { bodyHtml revisions { bodyHtml } } }`;
const DELETE_POST = `mutation($id: ID!) { deletePost(id: $id) { bodyHtml } }`;
const POST_HTML = `query($id: ID!) { post(id: $id) { bodyHtml } }`;
const THREAD_HTML = `query($id: ID!) { thread(id: $id) { posts(first: 50) { edges { node { id bodyHtml } } } } }`;

let api: TestApp;
let tokens: Tokens;
let users: Record<string, string>;
let workspaces: Record<string, string>;
/** A thread of the Philippines in a PRIVATE workspace of the Philippines and the Maldives. */
let statesThreadId: string;

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  users = await userIds(api);
  workspaces = await workingGroupWorkspaces(api);
  const org = await organizationIds(api);
  const workspace = ok(
    await api.gql(
      `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id visibility } }`,
      { input: { name: 'Philippines and Maldives', memberOrganizationIds: [org['STATE:PH'], org['STATE:MV']] } },
      tokens.coordinator,
    ),
    'createWorkspace',
  );
  expect(workspace.visibility).toBe('PRIVATE');
  statesThreadId = await openThread(workspace.id, 'Hello from the Philippines', tokens.philippines);
});
afterAll(() => api.close());

/** A mention of the person linked to their page, as the renderer writes it. */
const link = (email: string) =>
  `<a rel="noopener noreferrer nofollow" href="/people/${users[email]}" class="mention">@${email}</a>`;

async function openThread(workspaceId: string, body: string, token: string): Promise<string> {
  return ok(await api.gql(CREATE_THREAD, { input: { workspaceId, title: 'Body HTML', body } }, token), 'createThread')
    .id;
}

async function post(threadId: string, body: string, token: string): Promise<{ id: string; bodyHtml: string }> {
  return ok(await api.gql(CREATE_POST, { input: { threadId, body } }, token), 'createPost');
}

async function stored(postId: string): Promise<string | null> {
  const [row] = await api.sql(`SELECT body_html FROM posts WHERE id = $1`, [postId]);
  return row.body_html;
}

const setStored = (postId: string, html: string | null) =>
  api.sql(`UPDATE posts SET body_html = $2 WHERE id = $1`, [postId, html]);

const served = async (postId: string, token: string): Promise<string> =>
  ok(await api.gql(POST_HTML, { id: postId }, token), 'post').bodyHtml;

describe('the rendered body is written with the body', () => {
  it('by createThread and createPost, with every recorded mention linked', async () => {
    const opened = ok(
      await api.gql(
        CREATE_THREAD,
        { input: { workspaceId: workspaces.BMLE, title: 'Bandos', body: 'Notes from **Bandos**' } },
        tokens.unodc,
      ),
      'createThread',
    );
    const opening = opened.posts.edges[0].node;
    expect(await stored(opening.id)).toBe('<p>Notes from <strong>Bandos</strong></p>\n');
    expect(opening.bodyHtml).toBe('<p>Notes from <strong>Bandos</strong></p>\n');

    // The Philippines' focal point cannot read the private BMLE workspace: not a recorded mention, not linked.
    const reply = await post(opened.id, `Looping in @${DEMO.interpol} and @${DEMO.philippines}.`, tokens.coordinator);
    const expected = `<p>Looping in ${link(DEMO.interpol)} and @${DEMO.philippines}.</p>\n`;
    expect(await stored(reply.id)).toBe(expected);
    expect(reply.bodyHtml).toBe(expected);
    expect(await served(reply.id, tokens.unodc)).toBe(expected);
  });

  it('by updatePost, the earlier version rendered on read; deletePost clears it', async () => {
    const threadId = await openThread(workspaces.BMLE, 'Opening', tokens.unodc);
    const { id } = await post(threadId, 'First draft', tokens.unodc);
    expect(await stored(id)).toBe('<p>First draft</p>\n');

    const edited = ok(
      await api.gql(UPDATE_POST, { input: { id, body: `Second draft for @${DEMO.interpol}` } }, tokens.unodc),
      'updatePost',
    );
    const expected = `<p>Second draft for ${link(DEMO.interpol)}</p>\n`;
    expect(await stored(id)).toBe(expected);
    expect(edited).toEqual({ bodyHtml: expected, revisions: [{ bodyHtml: '<p>First draft</p>\n' }] });

    // An edit that drops the mention drops its link.
    await api.gql(UPDATE_POST, { input: { id, body: 'Third draft' } }, tokens.unodc);
    expect(await stored(id)).toBe('<p>Third draft</p>\n');
    expect(await served(id, tokens.interpol)).toBe('<p>Third draft</p>\n');

    expect(ok(await api.gql(DELETE_POST, { id }, tokens.unodc), 'deletePost')).toEqual({ bodyHtml: '' });
    expect(await stored(id)).toBeNull();
  });
});

describe('mention links follow whom the viewer may see', () => {
  const body = `Thanks, @${DEMO.philippines} and @${DEMO.maldives}`;
  const both = () => `<p>Thanks, ${link(DEMO.philippines)} and ${link(DEMO.maldives)}</p>\n`;
  const onlyPhilippines = () => `<p>Thanks, ${link(DEMO.philippines)} and @${DEMO.maldives}</p>\n`;
  const onlyMaldives = () => `<p>Thanks, @${DEMO.philippines} and ${link(DEMO.maldives)}</p>\n`;
  let postId: string;

  beforeAll(async () => {
    postId = (await post(statesThreadId, body, tokens.coordinator)).id;
  });

  it('stores every mention linked, serves that to staff, and links no other State’s person', async () => {
    expect(await stored(postId)).toBe(both());
    expect(await served(postId, tokens.coordinator)).toBe(both());
    // In a PRIVATE workspace a State's people see their own State's, never another State's.
    expect(await served(postId, tokens.philippines)).toBe(onlyPhilippines());
    expect(await served(postId, tokens.maldives)).toBe(onlyMaldives());
  });

  it('renders a post kept without HTML (written before it was kept) just the same', async () => {
    const threadPosts = async (token: string) =>
      ok(await api.gql(THREAD_HTML, { id: statesThreadId }, token), 'thread').posts.edges.map(
        (edge: { node: { id: string; bodyHtml: string } }) => edge.node,
      );
    const before = {
      coordinator: await threadPosts(tokens.coordinator),
      philippines: await threadPosts(tokens.philippines),
      maldives: await threadPosts(tokens.maldives),
    };
    await api.sql(`UPDATE posts SET body_html = NULL WHERE thread_id = $1`, [statesThreadId]);
    expect(await stored(postId)).toBeNull();

    expect(await threadPosts(tokens.coordinator)).toEqual(before.coordinator);
    expect(await threadPosts(tokens.philippines)).toEqual(before.philippines);
    expect(await threadPosts(tokens.maldives)).toEqual(before.maldives);
    expect(before.coordinator).toEqual([
      { id: expect.any(String), bodyHtml: '<p>Hello from the Philippines</p>\n' },
      { id: postId, bodyHtml: both() },
    ]);
    expect(before.maldives[1].bodyHtml).toBe(onlyMaldives());
  });

  it('serves the kept HTML, unless the viewer may not see someone the post mentions', async () => {
    const plain = await post(statesThreadId, 'No one mentioned here', tokens.philippines);
    await setStored(plain.id, '<p>kept</p>\n');
    for (const token of [tokens.coordinator, tokens.philippines, tokens.maldives]) {
      expect(await served(plain.id, token)).toBe('<p>kept</p>\n');
    }

    await setStored(postId, '<p>kept with mentions</p>\n');
    expect(await served(postId, tokens.coordinator)).toBe('<p>kept with mentions</p>\n');
    expect(await served(postId, tokens.philippines)).toBe(onlyPhilippines());
    expect(await served(postId, tokens.maldives)).toBe(onlyMaldives());
  });
});
