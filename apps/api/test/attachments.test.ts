import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AttachmentsService,
  DELETE_UNATTACHED_UPLOADS,
  DELETE_UNATTACHED_UPLOADS_CRON,
} from '../src/modules/attachments/attachments.service.js';
import { UNATTACHED_UPLOAD_TTL_HOURS } from '../src/modules/attachments/upload-limits.js';
import { JobsService } from '../src/modules/jobs/jobs.service.js';
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

describe('uploads never attached to a post', () => {
  const storedFile = (storageKey: string) => join(api.config.dataDir, 'uploads', storageKey.slice(0, 2), storageKey);
  const storageKeyOf = async (id: string) =>
    (await api.sql(`SELECT storage_key FROM attachments WHERE id = $1`, [id]))[0].storage_key as string;
  const uploadedHoursAgo = (id: string, hours: number) =>
    api.sql(`UPDATE attachments SET created_at = now() - make_interval(hours => $2) WHERE id = $1`, [id, hours]);
  /** What the hourly task does, run now. */
  const deleteExpired = () =>
    api.app
      .get(AttachmentsService)
      .deleteUnattachedUploads(new Date(Date.now() - UNATTACHED_UPLOAD_TTL_HOURS * 3600 * 1000));
  const newPost = async (title: string) => {
    const thread = await api.gql(
      CREATE_THREAD,
      { input: { workspaceId: workspaces.BMLE, title, body: 'x' } },
      tokens.unodc,
    );
    return thread.data!.createThread.posts.edges[0].node.id as string;
  };

  it('are deleted with their files after 24 hours; attached and recent ones stay', async () => {
    const expired = await upload(tokens.unodc, workspaces.BMLE, PDF);
    const recent = await upload(tokens.unodc, workspaces.BMLE, PDF);
    const attached = await upload(tokens.unodc, workspaces.BMLE, PDF);
    const fileGone = await upload(tokens.unodc, workspaces.BMLE, PDF);
    await api.gql(
      CREATE_THREAD,
      { input: { workspaceId: workspaces.BMLE, title: 'Kept', body: 'x', attachmentIds: [attached.body.id] } },
      tokens.unodc,
    );
    for (const id of [expired.body.id, attached.body.id, fileGone.body.id]) await uploadedHoursAgo(id, 25);
    await uploadedHoursAgo(recent.body.id, 23);
    const keys = {
      expired: await storageKeyOf(expired.body.id),
      recent: await storageKeyOf(recent.body.id),
      attached: await storageKeyOf(attached.body.id),
    };
    // A row whose file is already missing is deleted all the same.
    await rm(storedFile(await storageKeyOf(fileGone.body.id)));

    expect(await deleteExpired()).toBe(2);
    const left = await api.sql(`SELECT id FROM attachments WHERE id = ANY($1)`, [
      [expired.body.id, recent.body.id, attached.body.id, fileGone.body.id],
    ]);
    expect(left.map((row) => row.id).sort()).toEqual([recent.body.id, attached.body.id].sort());
    expect(existsSync(storedFile(keys.expired))).toBe(false);
    expect(existsSync(storedFile(keys.recent))).toBe(true);
    expect(existsSync(storedFile(keys.attached))).toBe(true);
    expect(await deleteExpired()).toBe(0);
  });

  it('never deletes an upload that a post is taking at the same moment', async () => {
    const taken = await upload(tokens.unodc, workspaces.BMLE, PDF);
    const abandoned = await upload(tokens.unodc, workspaces.BMLE, PDF);
    await uploadedHoursAgo(taken.body.id, 25);
    await uploadedHoursAgo(abandoned.body.id, 25);
    const postId = await newPost('Taking a file');
    // A post's transaction links the files as the api does, and is still open while the cleanup runs.
    const post = new pg.Client({ connectionString: api.databaseUrl });
    const other = new pg.Client({ connectionString: api.databaseUrl });
    await post.connect();
    await other.connect();
    try {
      await post.query('BEGIN');
      await post.query(`UPDATE attachments SET post_id = $1 WHERE id = $2 AND post_id IS NULL`, [
        postId,
        taken.body.id,
      ]);
      await other.query('BEGIN');
      await other.query(`UPDATE attachments SET post_id = $1 WHERE id = $2 AND post_id IS NULL`, [
        postId,
        abandoned.body.id,
      ]);
      expect(await deleteExpired()).toBe(0);
      await post.query('COMMIT');
      // The other post failed: its file is unused again, and goes on the next run.
      await other.query('ROLLBACK');
    } finally {
      await post.end();
      await other.end();
    }
    expect(await deleteExpired()).toBe(1);
    const [row] = await api.sql(`SELECT post_id FROM attachments WHERE id = $1`, [taken.body.id]);
    expect(row.post_id).toBe(postId);
    expect(existsSync(storedFile(await storageKeyOf(taken.body.id)))).toBe(true);
    expect(await api.sql(`SELECT id FROM attachments WHERE id = $1`, [abandoned.body.id])).toHaveLength(0);
  });

  it('a post that waited for an upload being deleted is refused, never left pointing at a missing file', async () => {
    const expiring = await upload(tokens.unodc, workspaces.BMLE, PDF);
    await uploadedHoursAgo(expiring.body.id, 25);
    // The cleanup has taken the row and not committed yet.
    const cleanup = new pg.Client({ connectionString: api.databaseUrl });
    await cleanup.connect();
    try {
      await cleanup.query('BEGIN');
      await cleanup.query(`DELETE FROM attachments WHERE id = $1 AND post_id IS NULL`, [expiring.body.id]);
      const posting = api.gql(
        CREATE_THREAD,
        {
          input: { workspaceId: workspaces.BMLE, title: 'Too late', body: 'x', attachmentIds: [expiring.body.id] },
        },
        tokens.unodc,
      );
      await expect
        .poll(
          async () =>
            (
              await cleanup.query(
                `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
              )
            ).rowCount,
          { timeout: 20_000, interval: 20 },
        )
        .toBeGreaterThan(0);
      await cleanup.query('COMMIT');
      const refused = await posting;
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachmentIds' });
    } finally {
      await cleanup.end();
    }
    expect(await api.sql(`SELECT id FROM threads WHERE title = 'Too late'`)).toHaveLength(0);
  });

  it('are deleted by an hourly task of the job queue', async () => {
    const jobs = api.app.get(JobsService) as unknown as { schedules: string[] };
    expect(DELETE_UNATTACHED_UPLOADS_CRON).toBe('0 * * * *');
    expect(jobs.schedules).toContain(`0 * * * * ${DELETE_UNATTACHED_UPLOADS}`);
    await expect
      .poll(() => api.sql(`SELECT identifier FROM graphile_worker._private_known_crontabs`), { timeout: 20_000 })
      .toContainEqual({ identifier: DELETE_UNATTACHED_UPLOADS });

    // The task's own run, started now rather than on the hour.
    const expired = await upload(tokens.unodc, workspaces.BMLE, PDF);
    await uploadedHoursAgo(expired.body.id, 25);
    const key = await storageKeyOf(expired.body.id);
    await api.sql(`SELECT graphile_worker.add_job($1)`, [DELETE_UNATTACHED_UPLOADS]);
    await expect
      .poll(() => api.sql(`SELECT id FROM attachments WHERE id = $1`, [expired.body.id]), {
        timeout: 20_000,
        interval: 50,
      })
      .toHaveLength(0);
    await expect.poll(() => existsSync(storedFile(key)), { timeout: 20_000, interval: 50 }).toBe(false);
  });
});
