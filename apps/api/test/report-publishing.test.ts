import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from './assistance-requests.fixtures.js';
import { DEMO, errorCode, signInDemoUsers, startTestApp, type TestApp, userIds } from './harness.js';
import { printableWebApp } from './print-fixture.js';

/**
 * Publishing a quarterly report to a governance body, through GraphQL over HTTP against the real api,
 * PostgreSQL and Chromium: the report page is printed to PDF (a stand-in page of the web app, see
 * print-fixture.ts) and posted with it as a new thread in the body's workspace.
 */

const PUBLISH = `mutation($year: Int!, $quarter: Int!, $bodyId: ID!) {
  publishQuarterlyReport(year: $year, quarter: $quarter, bodyId: $bodyId) {
    id title workspace { id } } }`;
const POSTS = `query($id: ID!) { thread(id: $id) { title posts(first: 5) { edges { node {
  body attachments { fileName contentType size url } } } } } }`;

/** How long a print may take on a busy two-core machine. */
const HEAVY = { timeout: 240_000 };

let api: TestApp;
let webDistDir: string;
let tokens: Awaited<ReturnType<typeof signInDemoUsers>>;
let users: Record<string, string>;
let board: { id: string; workspaceId: string };
let norway: { id: string; token: string };

const publish = (token: string | undefined, variables: Record<string, unknown> = {}) =>
  api.gql(PUBLISH, { year: 2020, quarter: 1, bodyId: board.id, ...variables }, token);

const written = async () =>
  (
    await api.sql(`SELECT (SELECT count(*) FROM threads) AS threads, (SELECT count(*) FROM posts) AS posts,
      (SELECT count(*) FROM attachments) AS attachments, (SELECT count(*) FROM pdf_prints) AS prints`)
  )[0];

beforeAll(async () => {
  webDistDir = await printableWebApp();
  api = await startTestApp({ webDistDir });
  tokens = await signInDemoUsers(api);
  users = await userIds(api);
  const [row] = await api.sql(`SELECT id, workspace_id FROM governance_bodies WHERE key = 'UNCCT_AB'`);
  board = { id: row.id, workspaceId: row.workspace_id };
  const email = `delegate-${randomUUID().slice(0, 8)}@no.example`;
  const [person] = await api.sql(
    `INSERT INTO users (email, name, password_hash, organization_id, role)
     SELECT $1, 'Norwegian delegate', u.password_hash, o.id, 'FOCAL_POINT' FROM users u, organizations o
      WHERE u.email = $2 AND o.key = 'STATE:NO' RETURNING id`,
    [email, DEMO.coordinator],
  );
  norway = { id: person.id, token: await api.signIn(email) };
}, HEAVY.timeout);

afterAll(async () => {
  await api?.close();
  await rm(webDistDir, { recursive: true, force: true });
});

describe('publishQuarterlyReport', () => {
  it('answers UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await publish(undefined))).toBe('UNAUTHENTICATED');
  });

  it(
    'posts the report with its PDF as a new thread in the body’s workspace, and its people are told',
    HEAVY,
    async () => {
      const thread = ok(await publish(tokens.coordinator), 'publishQuarterlyReport');
      expect(thread).toMatchObject({ title: 'Quarterly report: Q1 2020', workspace: { id: board.workspaceId } });
      const read = ok(await api.gql(POSTS, { id: thread.id }, norway.token), 'thread');
      const [post] = read.posts.edges.map((edge: { node: unknown }) => edge.node);
      expect(post.body).toMatch(/^In Q1 2020: \d+ activities/);
      expect(post.body).toContain('[/reports/2020/1](/reports/2020/1)');
      expect(post.attachments).toHaveLength(1);
      expect(post.attachments[0]).toMatchObject({ fileName: 'ctcp-2020-q1-en.pdf', contentType: 'application/pdf' });
      const download = await fetch(`${api.url}${post.attachments[0].url}`, {
        headers: { authorization: `Bearer ${norway.token}` },
      });
      expect(
        Buffer.from(await download.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      // Its text is searchable like any file's.
      const [file] = await api.sql(`SELECT text_content FROM attachments WHERE file_name = 'ctcp-2020-q1-en.pdf'`);
      expect(file.text_content).toContain('Printed for the tests');
      const told = await api.sql(`SELECT 1 FROM notifications WHERE user_id = $1 AND type = 'NEW_THREAD'`, [norway.id]);
      expect(told.length).toBeGreaterThan(0);
      expect(
        (
          await api.sql(`SELECT 1 FROM notifications WHERE user_id = $1 AND type = 'NEW_THREAD'`, [
            users[DEMO.philippines],
          ])
        ).length,
      ).toBe(0);
    },
  );

  it('writes in the publisher’s language', HEAVY, async () => {
    const french = `coordinatrice-${randomUUID().slice(0, 8)}@unoct.example`;
    await api.sql(
      `INSERT INTO users (email, name, password_hash, organization_id, role, preferred_language)
       SELECT $1, 'Coordinatrice', password_hash, organization_id, 'COORDINATOR', 'fr' FROM users WHERE email = $2`,
      [french, DEMO.coordinator],
    );
    const thread = ok(await publish(await api.signIn(french)), 'publishQuarterlyReport');
    expect(thread.title).toBe('Rapport trimestriel : T1 2020');
    const [file] = await api.sql(`SELECT 1 FROM attachments WHERE file_name = 'ctcp-2020-q1-fr.pdf'`);
    expect(file).toBeDefined();
  });

  it('is for coordinators and admins who write in the body’s workspace: others are FORBIDDEN, nothing written', async () => {
    const before = await written();
    for (const token of [tokens.unodc, tokens.interpol, tokens.observer, tokens.philippines, norway.token]) {
      expect(errorCode(await publish(token))).toBe('FORBIDDEN');
    }
    // The admin is staff, but takes no part in a body of Member States without the secretariat's organization.
    const [other] = await api.sql(`INSERT INTO workspaces (name, visibility, kind) VALUES ('Other body', 'PRIVATE',
      'GOVERNANCE_BODY') RETURNING id`);
    const [body] = await api.sql(
      `INSERT INTO governance_bodies (key, names, workspace_id) VALUES ('OTHER', '{"en":"Other body"}', $1) RETURNING id`,
      [other.id],
    );
    expect(errorCode(await publish(tokens.admin, { bodyId: body.id }))).toBe('FORBIDDEN');
    expect(await written()).toEqual(before);
  });

  it('answers BAD_USER_INPUT on a quarter out of range and NOT_FOUND on an unknown body, writing nothing', async () => {
    const before = await written();
    const quarter = await publish(tokens.coordinator, { quarter: 5 });
    expect(errorCode(quarter)).toBe('BAD_USER_INPUT');
    expect(quarter.errors?.[0].extensions?.field).toBe('quarter');
    expect(errorCode(await publish(tokens.coordinator, { year: 1999 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await publish(tokens.coordinator, { bodyId: randomUUID() }))).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
  });
});
