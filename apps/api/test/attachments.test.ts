import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, signInDemoUsers, type TestApp, startTestApp } from './harness.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

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

async function upload(
  token: string | undefined,
  workspaceId: string,
  content: Buffer,
  name = 'Bandos report.pdf',
  origin?: string,
) {
  const form = new FormData();
  form.append('workspaceId', workspaceId);
  form.append('file', new Blob([new Uint8Array(content)]), name);
  const response = await fetch(`${api.url}/attachments`, {
    method: 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(origin ? { origin } : {}) },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as any };
}

const download = (token: string | undefined, id: string) =>
  fetch(`${api.url}/attachments/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

const CREATE_THREAD = `mutation($input: CreateThreadInput!) {
  createThread(input: $input) { id posts { edges { node { id attachments { id fileName contentType size url } } } } }
}`;

describe('POST /attachments', () => {
  it('is 401 UNAUTHENTICATED when signed out', async () => {
    const response = await upload(undefined, workspaces.BMLE, PDF);
    expect(response.status).toBe(401);
  });

  it('is 404 for a workspace the viewer cannot read, 403 where they cannot post', async () => {
    expect((await upload(tokens.philippines, workspaces.BMLE, PDF)).status).toBe(404);
    const readOnly = await upload(tokens.philippines, workspaces.CC, PDF);
    expect(readOnly).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
  });

  it('refuses files whose content is not an accepted kind, and files over the limit, storing nothing', async () => {
    const disguised = await upload(
      tokens.unodc,
      workspaces.BMLE,
      Buffer.from('<script>alert(1)</script>'),
      'report.pdf',
    );
    expect(disguised).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', field: 'file' } });
    const huge = await upload(tokens.unodc, workspaces.BMLE, Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]));
    expect(huge.status).toBe(413);
    expect(await api.sql(`SELECT id FROM attachments`)).toHaveLength(0);
  });

  it('is 403 from a page of another site, stored from the platform’s own', async () => {
    const foreign = await upload(tokens.unodc, workspaces.BMLE, PDF, 'report.pdf', 'https://evil.example');
    expect(foreign).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(await api.sql(`SELECT id FROM attachments`)).toHaveLength(0);
    const own = await upload(tokens.unodc, workspaces.BMLE, PDF, 'report.pdf', 'http://ctcp.test');
    expect(own.status).toBe(201);
    await api.sql(`DELETE FROM attachments`);
  });

  it('stores an accepted file under a server-generated name', async () => {
    const response = await upload(tokens.unodc, workspaces.BMLE, PDF, '../../Rapport été.pdf');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      fileName: 'Rapport été.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
    });
    const [row] = await api.sql(`SELECT storage_key FROM attachments WHERE id = $1`, [response.body.id]);
    expect(row.storage_key).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('attachments on posts, and GET /attachments/:id', () => {
  it('attach only the author’s own unused uploads of that workspace', async () => {
    const mine = await upload(tokens.interpol, workspaces.BMLE, PDF);
    const stolen = await api.gql(
      CREATE_THREAD,
      { input: { workspaceId: workspaces.BMLE, title: 'x', body: 'x', attachmentIds: [mine.body.id] } },
      tokens.unodc,
    );
    expect(stolen.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachmentIds' });
    expect(await api.sql(`SELECT id FROM threads WHERE title = 'x'`)).toHaveLength(0);
  });

  it('downloads through an access check, as an attachment that the browser will not sniff', async () => {
    const uploaded = await upload(tokens.unodc, workspaces.BMLE, PDF, 'Bandos – summary.pdf');
    // Before it is posted, only the uploader may fetch it.
    expect((await download(tokens.interpol, uploaded.body.id)).status).toBe(404);
    expect((await download(tokens.unodc, uploaded.body.id)).status).toBe(200);

    const thread = await api.gql(
      CREATE_THREAD,
      {
        input: {
          workspaceId: workspaces.BMLE,
          title: 'With a file',
          body: 'See attached',
          attachmentIds: [uploaded.body.id],
        },
      },
      tokens.unodc,
    );
    const [attachment] = thread.data!.createThread.posts.edges[0].node.attachments;
    expect(attachment).toMatchObject({ fileName: 'Bandos – summary.pdf', url: `/attachments/${uploaded.body.id}` });

    expect((await download(undefined, attachment.id)).status).toBe(401);
    expect((await download(tokens.philippines, attachment.id)).status).toBe(404);
    const response = await download(tokens.interpol, attachment.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Bandos _ summary.pdf"; filename*=UTF-8''Bandos%20%E2%80%93%20summary.pdf`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await download(tokens.interpol, 'not-a-uuid')).status).toBe(400);
  });

  it('deleting the post deletes its files', async () => {
    const uploaded = await upload(tokens.unodc, workspaces.BMLE, PDF);
    const thread = await api.gql(
      CREATE_THREAD,
      { input: { workspaceId: workspaces.BMLE, title: 'Short-lived', body: 'x', attachmentIds: [uploaded.body.id] } },
      tokens.unodc,
    );
    const postId = thread.data!.createThread.posts.edges[0].node.id;
    const deleted = await api.gql(
      `mutation($id: ID!) { deletePost(id: $id) { attachments { id } } }`,
      { id: postId },
      tokens.unodc,
    );
    expect(deleted.data?.deletePost.attachments).toEqual([]);
    expect((await download(tokens.unodc, uploaded.body.id)).status).toBe(404);
    expect(
      errorCode(await api.gql(`query($id: ID!) { post(id: $id) { id } }`, { id: postId }, tokens.philippines)),
    ).toBe('NOT_FOUND');
  });
});
