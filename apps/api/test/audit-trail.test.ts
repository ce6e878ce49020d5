import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from './assistance-requests.fixtures.js';
import { withAdminClient } from './global-setup.js';
import {
  DEMO,
  DEMO_PASSWORD,
  errorCode,
  SIGN_IN,
  signInDemoUsers,
  startTestApp,
  type TestApp,
  userIds,
} from './harness.js';

/**
 * The audit trail against the real api and PostgreSQL: what is recorded (with the address, user agent and
 * organization), that the table is append-only at the database, that the hash chain finds a changed or a
 * missing row, the retention purge, and who reads it.
 */

const EVENTS = `query($filter: AuditEventFilter, $first: Int) { auditEvents(filter: $filter, first: $first) {
  totalCount edges { node { id action targetType targetId details ipAddress userAgent createdAt
    actor { email } organization { key } } } } }`;
const VERIFY = `mutation { verifyAuditChain { ok checked firstBrokenId } }`;
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AuditTest/1.0';

let api: TestApp;
let tokens: Awaited<ReturnType<typeof signInDemoUsers>>;
let users: Record<string, string>;

const events = async (token: string, filter: Record<string, unknown> = {}) =>
  ok(await api.gql(EVENTS, { filter, first: 100 }, token), 'auditEvents').edges.map(
    (edge: { node: Record<string, any> }) => edge.node,
  );

/** Runs SQL as the database's owner with the triggers switched off: what someone with the keys could do. */
const tamper = (sql: string, params: unknown[] = []) =>
  withAdminClient(api.databaseUrl, async (client) => {
    await client.query(`SET session_replication_role = replica`);
    await client.query(sql, params);
  });

const verify = async () => ok(await api.gql(VERIFY, {}, tokens.admin), 'verifyAuditChain');

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  users = await userIds(api);
});
afterAll(() => api.close());

describe('what is recorded', () => {
  it('records a failed sign-in with the address, user agent, organization and reason', async () => {
    const failed = await api.gql(SIGN_IN, { email: DEMO.interpol, password: 'not-the-password' }, undefined, {
      'user-agent': BROWSER,
    });
    expect(errorCode(failed)).toBe('UNAUTHENTICATED');
    const [event] = await events(tokens.admin, { action: 'sign_in.failed', actorId: users[DEMO.interpol] });
    expect(event).toMatchObject({
      userAgent: BROWSER,
      actor: { email: DEMO.interpol },
      organization: { key: 'INTERPOL' },
      targetId: users[DEMO.interpol],
    });
    expect(event.ipAddress).toMatch(/127\.0\.0\.1/);
    expect(JSON.parse(event.details)).toEqual({ email: DEMO.interpol, reason: 'wrong password' });
    const unknown = `nobody-${randomUUID().slice(0, 6)}@example.org`;
    await api.gql(SIGN_IN, { email: unknown, password: 'whatever-password' });
    const [stranger] = await events(tokens.admin, { action: 'sign_in.failed', targetId: unknown });
    expect(JSON.parse(stranger.details).reason).toBe('unknown account');
    expect(stranger.actor).toBeNull();
  });

  it('records each session started, file downloaded and report exported, never with empty details', async () => {
    const signedIn = await api.gql(SIGN_IN, { email: DEMO.unodc, password: DEMO_PASSWORD }, undefined, {
      'user-agent': BROWSER,
    });
    ok(signedIn, 'signIn');
    const [started] = await events(tokens.admin, { action: 'sign_in.succeeded', actorId: users[DEMO.unodc] });
    expect(JSON.parse(started.details)).toEqual({ method: 'PASSWORD' });
    expect(started.userAgent).toBe(BROWSER);

    const csv = await fetch(`${api.url}/exports/quarterly/2020/1/activities.csv`, {
      headers: { authorization: `Bearer ${tokens.coordinator}`, 'user-agent': BROWSER },
    });
    expect(csv.status).toBe(200);
    const [exported] = await events(tokens.admin, { action: 'report.exported' });
    expect(JSON.parse(exported.details)).toEqual({ year: 2020, quarter: 1, file: 'activities.csv', language: 'en' });
    // What a signed-in person does is recorded with where their request came from.
    expect(exported.userAgent).toBe(BROWSER);
    expect(exported.ipAddress).toMatch(/127\.0\.0\.1/);
    const refused = await fetch(`${api.url}/exports/quarterly/2020/1/activities.csv`, {
      headers: { authorization: `Bearer ${tokens.philippines}` },
    });
    expect(refused.status).toBe(403);
    expect(await events(tokens.admin, { action: 'report.exported' })).toHaveLength(1);

    const [committee] = await api.sql(
      `SELECT w.id FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id WHERE g.key = 'CC'`,
    );
    const form = new FormData();
    form.append('workspaceId', committee.id);
    form.append('file', new Blob(['Minutes of the meeting']), 'minutes.txt');
    const uploaded = await fetch(`${api.url}/attachments`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${tokens.coordinator}` },
    });
    const file = (await uploaded.json()) as { id: string };
    ok(
      await api.gql(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
        { input: { workspaceId: committee.id, title: 'Minutes', body: 'Attached.', attachmentIds: [file.id] } },
        tokens.coordinator,
      ),
      'createThread',
    );
    const downloaded = await fetch(`${api.url}/attachments/${file.id}`, {
      headers: { authorization: `Bearer ${tokens.interpol}` },
    });
    expect(downloaded.status).toBe(200);
    const [download] = await events(tokens.admin, { action: 'attachment.downloaded', targetId: file.id });
    expect(download.actor.email).toBe(DEMO.interpol);
    expect(JSON.parse(download.details)).toEqual({ workspaceId: committee.id, fileName: 'minutes.txt' });

    const [post] = await api.sql(
      `SELECT p.id FROM posts p JOIN threads t ON t.id = p.thread_id WHERE t.title = 'Minutes' LIMIT 1`,
    );
    ok(
      await api.gql(`mutation($id: ID!) { deletePost(id: $id) { id } }`, { id: post.id }, tokens.coordinator),
      'deletePost',
    );
    const [deleted] = await events(tokens.admin, { action: 'post.deleted', targetId: post.id });
    expect(JSON.parse(deleted.details)).toMatchObject({ workspaceId: committee.id, byAuthor: true });

    const empty = await api.sql(`SELECT action FROM audit_events WHERE details = '{}'::jsonb`);
    expect(empty).toEqual([]);
  });
});

describe('append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE at the database, whoever asks', async () => {
    const [{ id }] = await api.sql(`SELECT max(id) AS id FROM audit_events`);
    for (const statement of [
      `UPDATE audit_events SET action = 'nothing' WHERE id = ${id}`,
      `DELETE FROM audit_events WHERE id = ${id}`,
      `TRUNCATE audit_events`,
    ]) {
      await expect(api.sql(statement)).rejects.toThrow(/append-only/);
    }
    // Sealing sets a row's place and hash once; it cannot be set again.
    await api.sql(`SELECT ctcp_seal_audit_events()`);
    await expect(api.sql(`UPDATE audit_events SET hash = 'x', chain_seq = chain_seq WHERE id = ${id}`)).rejects.toThrow(
      /append-only/,
    );
  });
});

describe('verifyAuditChain', () => {
  it('answers ok over an intact chain, for admins only', async () => {
    const report = await verify();
    expect(report.ok).toBe(true);
    expect(report.checked).toBeGreaterThan(3);
    expect(report.firstBrokenId).toBeNull();
    for (const token of [tokens.coordinator, tokens.unodc, tokens.philippines]) {
      expect(errorCode(await api.gql(VERIFY, {}, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await api.gql(VERIFY, {}))).toBe('UNAUTHENTICATED');
  });

  it('finds a row changed behind the triggers’ back, and a row taken out', async () => {
    await api.signIn(DEMO.observer);
    await verify(); // seals everything so far
    const rows = await api.sql(
      `SELECT id FROM audit_events WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 3`,
    );
    const [last, middle] = rows.map((row) => String(row.id));
    await tamper(`UPDATE audit_events SET details = '{"email":"someone.else@example.org"}' WHERE id = $1`, [middle]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: middle });
    await tamper(`DELETE FROM audit_events WHERE id = $1`, [middle]);
    // The row after the gap no longer follows the one before it.
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: last });
  });
});

describe('auditEvents', () => {
  it('shows admins everything, an organization’s admins what their own people did, and nobody else anything', async () => {
    await api.gql(SIGN_IN, { email: DEMO.philippines, password: 'wrong-password-1' });
    await api.gql(SIGN_IN, { email: DEMO.unodc, password: 'wrong-password-1' });
    const asAdmin = await events(tokens.admin, { action: 'sign_in.failed' });
    expect(asAdmin.map((event: any) => event.actor?.email)).toEqual(
      expect.arrayContaining([DEMO.philippines, DEMO.unodc]),
    );
    // UNODC's member and the Philippines' focal point are their organizations' admins.
    const asUnodc = await events(tokens.unodc, { action: 'sign_in.failed' });
    expect(new Set(asUnodc.map((event: any) => event.organization?.key))).toEqual(new Set(['UNODC']));
    const asPhilippines = await events(tokens.philippines, {});
    expect(new Set(asPhilippines.map((event: any) => event.organization?.key))).toEqual(new Set(['STATE:PH']));
    for (const token of [tokens.coordinator, tokens.interpol, tokens.maldives, tokens.observer]) {
      expect(errorCode(await api.gql(EVENTS, {}, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await api.gql(EVENTS, {}))).toBe('UNAUTHENTICATED');
  });

  it('filters by time, and answers BAD_USER_INPUT on a bad filter', async () => {
    const future = await events(tokens.admin, { from: new Date(Date.now() + 3600_000).toISOString() });
    expect(future).toEqual([]);
    const bad = await api.gql(EVENTS, { filter: { actorId: 'not-an-id' } }, tokens.admin);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('exports the same events as CSV, and records the export', async () => {
    const download = (token: string) =>
      fetch(`${api.url}/exports/audit.csv?action=sign_in.failed`, { headers: { authorization: `Bearer ${token}` } });
    const answer = await download(tokens.admin);
    expect(answer.status).toBe(200);
    const text = await answer.text();
    expect(text.split('\r\n')[0]).toContain('"action"');
    expect(text).toContain('"sign_in.failed"');
    expect(text).not.toContain('"sign_in.succeeded"');
    expect((await download(tokens.coordinator)).status).toBe(403);
    const [exported] = await events(tokens.admin, { action: 'audit.exported' });
    expect(JSON.parse(exported.details).filter.action).toBe('sign_in.failed');
  });
});

// Last: it empties the trail the other tests read.
describe('the retention purge', () => {
  it('takes the oldest rows through one function, which leaves its own event, and the chain still verifies', async () => {
    await api.signIn(DEMO.coordinator);
    await api.sql(`SELECT ctcp_seal_audit_events()`);
    const [{ count: before }] = await api.sql(`SELECT count(*)::int AS count FROM audit_events`);
    const [{ purged }] = await api.sql(`SELECT ctcp_purge_audit_events(now() + interval '1 minute') AS purged`);
    expect(Number(purged)).toBe(before);
    const left = await api.sql(`SELECT action, details FROM audit_events`);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ action: 'audit.purged', details: { purged: before } });
    await api.signIn(DEMO.unodc);
    expect(await verify()).toMatchObject({ ok: true, firstBrokenId: null });
  });
});
