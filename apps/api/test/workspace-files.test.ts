import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttachmentsService } from '../src/modules/attachments/attachments.service.js';
import { errorCode, signInDemoUsers, type TestApp, startTestApp } from './harness.js';

/**
 * A workspace's document library through GraphQL and the upload and download routes: `Workspace.files`
 * (the files of its posts and those added directly), `addWorkspaceFiles` and `removeWorkspaceFile`.
 * In BMLE, UNODC and INTERPOL take part (INTERPOL moderates); the Philippines do not.
 */

const FILES = `query($id: ID!, $query: String, $contentTypes: [String!], $orderBy: WorkspaceFileOrder, $first: Int) {
  workspace(id: $id) {
    files(query: $query, contentTypes: $contentTypes, orderBy: $orderBy, first: $first) {
      totalCount
      edges { node { id fileName contentType size url post { id thread { id title } } viewerCanRemove uploader { name } } }
    }
  }
}`;
const ADD = `mutation($input: AddWorkspaceFilesInput!) { addWorkspaceFiles(input: $input) { id fileName post { id } } }`;
const REMOVE = `mutation($id: ID!) { removeWorkspaceFile(id: $id) }`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id posts { edges { node { id } } } } }`;
const DELETE_POST = `mutation($id: ID!) { deletePost(id: $id) { id } }`;

const pdf = (label: string) => Buffer.from(`%PDF-1.7\n% ${label}\n1 0 obj << >> endobj\n%%EOF\n`);
const text = (content: string) => Buffer.from(content);

let api: TestApp;
const tokens: Record<string, string> = {};
let bmle: string;

beforeAll(async () => {
  api = await startTestApp();
  Object.assign(tokens, await signInDemoUsers(api));
  [{ id: bmle }] = await api.sql(
    `SELECT w.id FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id WHERE g.key = 'BMLE'`,
  );
});
afterAll(() => api.close());

async function upload(token: string, content: Buffer, name: string): Promise<string> {
  const form = new FormData();
  form.append('workspaceId', bmle);
  form.append('file', new Blob([new Uint8Array(content)]), name);
  const response = await fetch(`${api.url}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function files(
  token: string,
  variables: Record<string, unknown> = {},
): Promise<{ error?: string; totalCount: number; nodes: any[] }> {
  const response = await api.gql(FILES, { id: bmle, first: 100, ...variables }, token);
  if (!response.data) return { error: errorCode(response), nodes: [], totalCount: 0 };
  const { totalCount, edges } = response.data.workspace.files;
  return { totalCount, nodes: edges.map((edge: any) => edge.node) };
}

const download = (token: string, id: string) =>
  fetch(`${api.url}/attachments/${id}`, { headers: { authorization: `Bearer ${token}` } });

describe('the files of a workspace', () => {
  it('are UNAUTHENTICATED signed out, NOT_FOUND to an outsider, and listed to its readers', async () => {
    const id = await upload(tokens.unodc, pdf('terms'), 'Terms of reference.pdf');
    expect(errorCode(await api.gql(FILES, { id: bmle }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(ADD, { input: { workspaceId: bmle, attachmentIds: [id] } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await api.gql(REMOVE, { id }))).toBe('UNAUTHENTICATED');

    // An upload nobody kept is its uploader's alone, and in nobody's library.
    expect((await files(tokens.interpol)).nodes.map((node) => node.id)).not.toContain(id);
    // Only its uploader keeps it; for the Philippines the workspace does not exist.
    expect(errorCode(await api.gql(ADD, { input: { workspaceId: bmle, attachmentIds: [id] } }, tokens.interpol))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(await api.gql(ADD, { input: { workspaceId: bmle, attachmentIds: [id] } }, tokens.philippines)),
    ).toBe('NOT_FOUND');
    const added = await api.gql(ADD, { input: { workspaceId: bmle, attachmentIds: [id] } }, tokens.unodc);
    expect(added.data!.addWorkspaceFiles).toEqual([{ id, fileName: 'Terms of reference.pdf', post: null }]);

    const listed = await files(tokens.interpol);
    expect(listed.nodes.find((node) => node.id === id)).toMatchObject({
      fileName: 'Terms of reference.pdf',
      contentType: 'application/pdf',
      url: `/attachments/${id}`,
      post: null,
      uploader: { name: expect.any(String) },
      viewerCanRemove: true, // INTERPOL moderates BMLE
    });
    expect((await download(tokens.interpol, id)).status).toBe(200);
    expect(await files(tokens.philippines)).toMatchObject({ error: 'NOT_FOUND' });
    expect((await download(tokens.philippines, id)).status).toBe(404);
  });

  it('include the files of its posts, with the post they came from, until the post is deleted', async () => {
    const id = await upload(tokens.unodc, pdf('minutes'), 'Minutes March.pdf');
    const thread = await api.gql(
      CREATE_THREAD,
      { input: { workspaceId: bmle, title: 'March meeting', body: 'Minutes attached', attachmentIds: [id] } },
      tokens.unodc,
    );
    const threadId = thread.data!.createThread.id;
    const postId = thread.data!.createThread.posts.edges[0].node.id;
    expect((await files(tokens.interpol)).nodes.find((node) => node.id === id)).toMatchObject({
      post: { id: postId, thread: { id: threadId, title: 'March meeting' } },
      viewerCanRemove: false, // a post's files go with the post
    });
    await api.gql(DELETE_POST, { id: postId }, tokens.unodc);
    expect((await files(tokens.interpol)).nodes.map((node) => node.id)).not.toContain(id);
  });

  it('sort, filter by type and find by name', async () => {
    const ids = [
      await upload(tokens.unodc, text('zebra crossing plan'), 'zz-plan.txt'),
      await upload(tokens.unodc, pdf('aardvark'), 'aa-annex.pdf'),
      await upload(tokens.unodc, text('x'.repeat(5000)), 'mm-large.txt'),
    ];
    await api.gql(ADD, { input: { workspaceId: bmle, attachmentIds: ids } }, tokens.unodc);

    const names = async (variables: Record<string, unknown>) =>
      (await files(tokens.interpol, variables)).nodes.map((node) => node.fileName);
    const byName = await names({ orderBy: 'NAME' });
    expect(byName.indexOf('aa-annex.pdf')).toBeLessThan(byName.indexOf('mm-large.txt'));
    expect(byName.indexOf('mm-large.txt')).toBeLessThan(byName.indexOf('zz-plan.txt'));
    expect((await names({ orderBy: 'LARGEST' }))[0]).toBe('mm-large.txt');
    expect((await names({ orderBy: 'NEWEST' }))[0]).toBe('mm-large.txt');
    expect(await names({ contentTypes: ['text/plain'] })).toEqual(
      expect.arrayContaining(['zz-plan.txt', 'mm-large.txt']),
    );
    expect(await names({ contentTypes: ['text/plain'] })).not.toContain('aa-annex.pdf');
    expect(await names({ query: 'annex' })).toEqual(['aa-annex.pdf']);
    expect((await files(tokens.interpol, { query: 'annex' })).totalCount).toBe(1);
    expect(
      errorCode(await api.gql(FILES, { id: bmle, contentTypes: ['application/x-msdownload'] }, tokens.interpol)),
    ).toBe('BAD_USER_INPUT');
  });

  it('are found by search, opened in the Files tab, by the workspace’s readers only', async () => {
    const id = await upload(tokens.unodc, text('Checklist for the Rosso crossing point'), 'checklist.txt');
    const SEARCH = `query($query: String!) { search(query: $query, kinds: [ATTACHMENT]) { totalCount edges { node { id url } } } }`;
    const found = async (token: string) => (await api.gql(SEARCH, { query: 'Rosso checklist' }, token)).data!.search;
    // Not before it is kept: an unused upload is its uploader's alone.
    expect((await found(tokens.unodc)).totalCount).toBe(0);
    await api.gql(ADD, { input: { workspaceId: bmle, attachmentIds: [id] } }, tokens.unodc);
    expect((await found(tokens.interpol)).edges).toEqual([{ node: { id, url: `/workspaces/${bmle}?tab=files` } }]);
    expect((await found(tokens.philippines)).totalCount).toBe(0);
    await api.gql(REMOVE, { id }, tokens.unodc);
    expect((await found(tokens.interpol)).totalCount).toBe(0);
  });

  it('keep all or none of the uploads asked for', async () => {
    const mine = await upload(tokens.unodc, pdf('mine'), 'mine.pdf');
    const theirs = await upload(tokens.interpol, pdf('theirs'), 'theirs.pdf');
    expect(
      errorCode(await api.gql(ADD, { input: { workspaceId: bmle, attachmentIds: [mine, theirs] } }, tokens.unodc)),
    ).toBe('BAD_USER_INPUT');
    const [row] = await api.sql(`SELECT added_to_workspace_at FROM attachments WHERE id = $1`, [mine]);
    expect(row.added_to_workspace_at).toBeNull();
  });

  it('are removed by their uploader or a moderator, not by another member, and outlive the upload clean-up', async () => {
    const id = await upload(tokens.unodc, pdf('kept'), 'Kept.pdf');
    await api.gql(ADD, { input: { workspaceId: bmle, attachmentIds: [id] } }, tokens.unodc);
    // Uploads older than a day that nobody took are deleted; a file of the workspace is not.
    await api.app.get(AttachmentsService).deleteUnattachedUploads(new Date(Date.now() + 86_400_000));
    expect((await files(tokens.interpol)).nodes.map((node) => node.id)).toContain(id);

    expect(errorCode(await api.gql(REMOVE, { id }, tokens.philippines))).toBe('NOT_FOUND');
    expect((await api.gql(REMOVE, { id }, tokens.interpol)).data).toEqual({ removeWorkspaceFile: id });
    expect((await files(tokens.unodc)).nodes.map((node) => node.id)).not.toContain(id);
    expect((await download(tokens.unodc, id)).status).toBe(404);
    expect(errorCode(await api.gql(REMOVE, { id }, tokens.unodc))).toBe('NOT_FOUND');

    // A member who is neither its uploader nor a moderator may not.
    const moderators = await upload(tokens.interpol, pdf('moderator'), 'Moderator.pdf');
    await api.gql(ADD, { input: { workspaceId: bmle, attachmentIds: [moderators] } }, tokens.interpol);
    expect((await files(tokens.unodc)).nodes.find((node) => node.id === moderators)).toMatchObject({
      viewerCanRemove: false,
    });
    expect(errorCode(await api.gql(REMOVE, { id: moderators }, tokens.unodc))).toBe('FORBIDDEN');
    expect((await api.gql(REMOVE, { id: moderators }, tokens.interpol)).data).toEqual({
      removeWorkspaceFile: moderators,
    });
  });
});
