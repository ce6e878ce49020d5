import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInDemoUsers, type TestApp, startTestApp, userIds, workingGroupWorkspaces } from './harness.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
/** Small enough for a test to reach: three files, or 64 KiB, in any 24 hours. */
const FILES_PER_DAY = 3;
const BYTES_PER_DAY = 64 * 1024;

let api: TestApp;
let tokens: Record<string, string>;
let users: Record<string, string>;
let workspaces: Record<string, string>;

beforeAll(async () => {
  api = await startTestApp({ uploads: { bytesPerPersonPerDay: BYTES_PER_DAY, filesPerPersonPerDay: FILES_PER_DAY } });
  tokens = await signInDemoUsers(api);
  users = await userIds(api);
  workspaces = await workingGroupWorkspaces(api);
});
afterAll(() => api.close());

async function upload(token: string, content: Buffer = PDF) {
  const form = new FormData();
  form.append('workspaceId', workspaces.BMLE);
  form.append('file', new Blob([new Uint8Array(content)]), 'report.pdf');
  const response = await fetch(`${api.url}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Every file under the upload directory. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(join(api.config.dataDir, 'uploads'), { recursive: true, withFileTypes: true }).catch(
    () => [],
  );
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

const uploadsOf = (userId: string) =>
  api.sql(`SELECT id, storage_key, size FROM attachments WHERE uploader_id = $1`, [userId]);

describe('the daily upload quota per person', () => {
  it('refuses the upload that would go beyond the day’s bytes with 429, storing neither row nor file', async () => {
    const unodc = users['member@unodc.example'];
    // Earlier uploads of the day (their files are not needed to count) leave exactly room for one PDF.
    const [earlier] = await api.sql(
      `INSERT INTO attachments (workspace_id, uploader_id, storage_key, file_name, content_type, size)
       VALUES ($1, $2, gen_random_uuid()::text, 'earlier.pdf', 'application/pdf', $3) RETURNING id`,
      [workspaces.BMLE, unodc, BYTES_PER_DAY - 2 * PDF.length],
    );
    expect((await upload(tokens.unodc)).status).toBe(201);
    expect((await upload(tokens.unodc)).status).toBe(201);
    const filesBefore = await storedFiles();
    const rowsBefore = await uploadsOf(unodc);

    const refused = await upload(tokens.unodc);
    expect(refused).toMatchObject({ status: 429, body: { code: 'RATE_LIMITED' } });
    expect(await uploadsOf(unodc)).toEqual(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);

    // The window is rolling: once the earlier uploads are more than 24 hours old, there is room again.
    await api.sql(`UPDATE attachments SET created_at = now() - interval '25 hours' WHERE id = $1`, [earlier.id]);
    expect((await upload(tokens.unodc)).status).toBe(201);
  });

  it(`accepts exactly ${FILES_PER_DAY} of 8 uploads sent at once, and keeps the files of those only`, async () => {
    const interpol = users['member@interpol.example'];
    const filesBefore = await storedFiles();
    const answers = await Promise.all(Array.from({ length: 8 }, () => upload(tokens.interpol)));

    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([...Array(FILES_PER_DAY).fill(201), ...Array(8 - FILES_PER_DAY).fill(429)]);
    for (const answer of answers.filter((candidate) => candidate.status === 429))
      expect(answer.body).toMatchObject({ code: 'RATE_LIMITED' });
    const rows = await uploadsOf(interpol);
    expect(rows.map((row) => row.id).sort()).toEqual(
      answers
        .filter((answer) => answer.status === 201)
        .map((answer) => answer.body.id)
        .sort(),
    );
    expect((await storedFiles()).sort()).toEqual([...filesBefore, ...rows.map((row) => row.storage_key)].sort());
  });

  it('counts each person on their own', async () => {
    expect((await upload(tokens.interpol)).status).toBe(429);
    expect((await upload(tokens.coordinator)).status).toBe(201);
  });
});
