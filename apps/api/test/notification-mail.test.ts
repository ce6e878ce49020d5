import { CLIENT_EVENTS } from '@ctcp/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  errorCode,
  signInDemoUsers,
  TEST_MAIL,
  type TestApp,
  startTestApp,
  workingGroupWorkspaces,
} from './harness.js';
import { linkIn, TestSmtpServer } from './smtp.js';
import { connectSocket, nextEvent, request, until } from './sockets.js';

const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const WATCH = `mutation($input: WatchWorkspaceInput!) { watchWorkspace(input: $input) { id viewerWatchLevel } }`;
const WATCH_LEVEL = `query($id: ID!) { workspace(id: $id) { viewerWatchLevel } }`;
const PREFERENCES = `mutation($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) { id notificationPreferences { emailFrequency } }
}`;
const ME = `query { me { notificationPreferences { emailFrequency } } }`;
const PERSON = `query($id: ID!) { user(id: $id) { notificationPreferences { emailFrequency } } }`;
const NOTIFICATIONS_PAGE = 'http://ctcp.test/notifications';

const smtp = new TestSmtpServer();
let api: TestApp;
let tokens: Record<keyof typeof DEMO, string>;
let workspaces: Record<string, string>;

beforeAll(async () => {
  await smtp.start();
  api = await startTestApp({ mail: { ...TEST_MAIL, smtpUrl: smtp.url } });
  tokens = await signInDemoUsers(api);
  workspaces = await workingGroupWorkspaces(api);
});
afterAll(async () => {
  await api?.close();
  await smtp.stop();
});

async function openThread(token: string, input: Record<string, unknown>): Promise<string> {
  const response = await api.gql(
    CREATE_THREAD,
    { input: { workspaceId: workspaces.BMLE, pillars: ['II'], body: 'Notes.', ...input } },
    token,
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createThread.id;
}

async function reply(token: string, threadId: string, body: string): Promise<void> {
  const response = await api.gql(CREATE_POST, { input: { threadId, body } }, token);
  expect(response.errors).toBeUndefined();
}

async function watch(token: string, level: string, workspaceId = workspaces.BMLE): Promise<void> {
  const response = await api.gql(WATCH, { input: { workspaceId, level } }, token);
  expect(response.data?.watchWorkspace.viewerWatchLevel).toBe(level);
}

async function setFrequency(token: string, emailFrequency: string): Promise<void> {
  const response = await api.gql(PREFERENCES, { input: { emailFrequency } }, token);
  expect(response.data?.updateNotificationPreferences.notificationPreferences).toEqual({ emailFrequency });
}

/** The notifications of a person created after `afterSeq`, oldest first. */
const notificationsOf = (email: string, afterSeq = 0) =>
  api.sql(
    `SELECT n.type, n.title, n.link, n.seq FROM notifications n JOIN users u ON u.id = n.user_id
      WHERE u.email = $1 AND n.seq > $2 ORDER BY n.seq`,
    [email, afterSeq],
  );

async function lastSeqOf(email: string): Promise<number> {
  const [row] = await api.sql(
    `SELECT coalesce(max(n.seq), 0) AS seq FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $1`,
    [email],
  );
  return Number(row.seq);
}

/** Runs the delayed mail of every notification now instead of two minutes from now, and waits for those jobs to end. */
async function runDelayedNotificationMail(): Promise<void> {
  await api.sql(
    `SELECT graphile_worker.reschedule_jobs(
       ARRAY(SELECT id FROM graphile_worker.jobs WHERE task_identifier = 'mail_notification'), run_at => now())`,
  );
  await until(
    'notification mail jobs done',
    async () =>
      (await api.sql(`SELECT 1 FROM graphile_worker.jobs WHERE task_identifier = 'mail_notification'`)).length === 0,
    60_000,
  );
}

/** Starts a digest run standing for the time `at`, and waits for it to end. */
async function runDigests(at: string): Promise<void> {
  await api.sql(
    `SELECT graphile_worker.add_job('send_digests', json_build_object('_cron', json_build_object('ts', $1::text)))`,
    [at],
  );
  await until(
    'digest run done',
    async () =>
      (await api.sql(`SELECT 1 FROM graphile_worker.jobs WHERE task_identifier = 'send_digests'`)).length === 0,
    60_000,
  );
}

/** Waits until every message of the outbox has left (or was given up). */
async function outboxDelivered(): Promise<void> {
  await until(
    'outbox delivered',
    async () => (await api.sql(`SELECT 1 FROM mail_messages WHERE status IN ('PENDING', 'SENDING')`)).length === 0,
    60_000,
  );
}

describe('watchWorkspace and viewerWatchLevel', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    const response = await api.gql(WATCH, { input: { workspaceId: workspaces.BMLE, level: 'ALL' } });
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });

  it('is NOT_FOUND for a workspace the viewer may not read, and refuses an unknown level', async () => {
    const hidden = await api.gql(WATCH, { input: { workspaceId: workspaces.BMLE, level: 'ALL' } }, tokens.philippines);
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    const bad = await api.gql(WATCH, { input: { workspaceId: workspaces.BMLE, level: 'LOUD' } }, tokens.unodc);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('defaults to new threads for those who take part, and keeps each person’s own choice', async () => {
    const before = await api.gql(WATCH_LEVEL, { id: workspaces.BMLE }, tokens.interpol);
    expect(before.data?.workspace.viewerWatchLevel).toBe('NEW_THREADS');
    await watch(tokens.interpol, 'ALL');
    const unodc = await api.gql(WATCH_LEVEL, { id: workspaces.BMLE }, tokens.unodc);
    expect(unodc.data?.workspace.viewerWatchLevel).toBe('NEW_THREADS');
    await watch(tokens.interpol, 'NEW_THREADS');
  });
});

describe('what a workspace’s watchers hear', () => {
  it('a new thread notifies those who watch new threads, never its author, and hides a classified title', async () => {
    const seq = { interpol: await lastSeqOf(DEMO.interpol), unodc: await lastSeqOf(DEMO.unodc) };
    const threadId = await openThread(tokens.unodc, { title: 'Cargo screening plan' });
    const [notice] = await notificationsOf(DEMO.interpol, seq.interpol);
    expect(notice).toMatchObject({ type: 'NEW_THREAD', link: `/threads/${threadId}` });
    // INTERPOL's member reads French.
    expect(notice.title).toMatch(/^.+ a ouvert « Cargo screening plan » dans /);
    expect(await notificationsOf(DEMO.unodc, seq.unodc)).toEqual([]);

    await openThread(tokens.unodc, { title: 'Informant names', classification: 'CONFIDENTIAL' });
    const [confidential] = (await notificationsOf(DEMO.interpol, seq.interpol)).slice(1);
    expect(confidential.type).toBe('NEW_THREAD');
    expect(confidential.title).toContain('un fil confidentiel');
    expect(confidential.title).not.toContain('Informant');
  });

  it('MUTED silences new threads, replies and mentions; MENTIONS lets only mentions and followed threads through', async () => {
    await watch(tokens.interpol, 'MUTED');
    let seq = await lastSeqOf(DEMO.interpol);
    const threadId = await openThread(tokens.unodc, { title: 'Muted update' });
    await reply(tokens.unodc, threadId, 'Asking @member@interpol.example.');
    expect(await notificationsOf(DEMO.interpol, seq)).toEqual([]);

    await watch(tokens.interpol, 'MENTIONS');
    seq = await lastSeqOf(DEMO.interpol);
    const second = await openThread(tokens.unodc, { title: 'Mentions-only update' });
    expect(await notificationsOf(DEMO.interpol, seq)).toEqual([]);
    await reply(tokens.unodc, second, 'Asking @member@interpol.example again.');
    // Mentioned, INTERPOL's member now follows the thread: replies reach them.
    await reply(tokens.unodc, second, 'One more thing.');
    expect((await notificationsOf(DEMO.interpol, seq)).map((row: any) => row.type)).toEqual(['MENTION', 'REPLY']);
    await watch(tokens.interpol, 'NEW_THREADS');
  });

  it('ALL hears every post, even in threads the person does not follow', async () => {
    const threadId = await openThread(tokens.unodc, { title: 'Every post' });
    await watch(tokens.interpol, 'ALL');
    const seq = await lastSeqOf(DEMO.interpol);
    await reply(tokens.unodc, threadId, 'A reply nobody was mentioned in.');
    expect((await notificationsOf(DEMO.interpol, seq)).map((row: any) => row.type)).toEqual(['REPLY']);
    await watch(tokens.interpol, 'NEW_THREADS');
  });
});

describe('updateNotificationPreferences and me.notificationPreferences', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(PREFERENCES, { input: { emailFrequency: 'OFF' } }))).toBe('UNAUTHENTICATED');
  });

  it('defaults to a daily digest, refuses an unknown frequency, and shows nobody else’s choice', async () => {
    expect((await api.gql(ME, {}, tokens.observer)).data?.me.notificationPreferences).toEqual({
      emailFrequency: 'DAILY',
    });
    const bad = await api.gql(PREFERENCES, { input: { emailFrequency: 'HOURLY' } }, tokens.observer);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const [observer] = await api.sql(`SELECT id FROM users WHERE email = $1`, [DEMO.observer]);
    const seenByAdmin = await api.gql(PERSON, { id: observer.id }, tokens.admin);
    expect(seenByAdmin.data?.user.notificationPreferences).toBeNull();
  });

  it('changes the viewer’s own frequency', async () => {
    await setFrequency(tokens.observer, 'WEEKLY');
    expect((await api.gql(ME, {}, tokens.observer)).data?.me.notificationPreferences.emailFrequency).toBe('WEEKLY');
    await setFrequency(tokens.observer, 'DAILY');
  });
});

describe('IMMEDIATE: each notification not seen in time is mailed', () => {
  it('mails a mention in the recipient’s language, with a one-click unsubscribe that works', async () => {
    await setFrequency(tokens.interpol, 'IMMEDIATE');
    const threadId = await openThread(tokens.unodc, { title: 'Port security review' });
    await reply(tokens.unodc, threadId, 'Could @member@interpol.example check the annex?');
    const before = smtp.to(DEMO.interpol).length;
    await runDelayedNotificationMail();
    await outboxDelivered();
    const mails = smtp.to(DEMO.interpol).slice(before);
    // The new thread and the mention, each in its own mail (in whichever order the worker sent them).
    expect(mails.map((mail) => mail.subject).sort()).toEqual([
      expect.stringMatching(/a ouvert « Port security review »/),
      expect.stringMatching(/vous a mentionné dans « Port security review »/),
    ]);
    const mention = mails.find((mail) => mail.subject!.includes('mentionné'))!;
    expect(mention.html).toContain('lang="fr"');
    expect(mention.text).toContain(`http://ctcp.test/threads/${threadId}#post-`);
    expect(mention.text).not.toContain('check the annex');
    // List-Unsubscribe and List-Unsubscribe-Post, as the parser reads them.
    const list = mention.headers.get('list') as any;
    expect(list['unsubscribe-post']).toEqual({ name: 'List-Unsubscribe=One-Click' });
    const link: string = list.unsubscribe.url;
    expect(link).toMatch(/^http:\/\/ctcp\.test\/unsubscribe\?token=/);
    expect(linkIn(mention, 'http://ctcp.test/unsubscribe?token=')).toBe(link);

    // Each notification went out once: running the jobs again mails nothing more.
    await runDelayedNotificationMail();
    expect(smtp.to(DEMO.interpol).slice(before)).toHaveLength(2);

    // One click, as a mail reader does it: no sign-in, only the signed token.
    const path = link.replace('http://ctcp.test', '');
    const forged = await fetch(`${api.url}${path.slice(0, -4)}AAAA`, { method: 'POST' });
    expect(forged.status).toBe(404);
    const stopped = await fetch(`${api.url}${path}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' });
    expect(stopped.status).toBe(200);
    expect((await api.gql(ME, {}, tokens.interpol)).data?.me.notificationPreferences.emailFrequency).toBe('OFF');
    await setFrequency(tokens.interpol, 'DAILY');
  });

  it('mails a mention in a confidential thread without its title or its text', async () => {
    await setFrequency(tokens.interpol, 'IMMEDIATE');
    await watch(tokens.interpol, 'MENTIONS');
    const threadId = await openThread(tokens.unodc, { title: 'Names of sources', classification: 'CONFIDENTIAL' });
    await reply(tokens.unodc, threadId, 'Source ALPHA: @member@interpol.example please verify.');
    const before = smtp.to(DEMO.interpol).length;
    await runDelayedNotificationMail();
    await outboxDelivered();
    const [mail] = smtp.to(DEMO.interpol).slice(before);
    expect(mail.subject).toMatch(/vous a mentionné dans un fil confidentiel/);
    for (const secret of ['Names of sources', 'ALPHA', 'verify']) {
      expect(mail.subject).not.toContain(secret);
      expect(mail.html).not.toContain(secret);
      expect(mail.text).not.toContain(secret);
    }
    await watch(tokens.interpol, 'NEW_THREADS');
    await setFrequency(tokens.interpol, 'DAILY');
  });

  it('mails nothing the person saw come in live, nor what they read', async () => {
    await setFrequency(tokens.interpol, 'IMMEDIATE');
    const socket = await connectSocket(api.url, { token: tokens.interpol });
    try {
      const live = nextEvent(socket, 'notification');
      const threadId = await openThread(tokens.unodc, { title: 'Seen live' });
      const notification = await live;
      expect(await request(socket, CLIENT_EVENTS.notificationsSeen, { seqs: [notification.seq] })).toBe(true);
      expect(await request(socket, CLIENT_EVENTS.notificationsSeen, { seqs: 'all' })).toEqual({
        error: 'BAD_USER_INPUT',
      });
      await reply(tokens.unodc, threadId, 'Then @member@interpol.example read this.');
      await api.gql(`mutation { markNotificationsRead(input: { all: true }) }`, {}, tokens.interpol);
      const before = (
        await api.sql(`SELECT count(*)::int AS count FROM mail_messages WHERE to_address = $1`, [DEMO.interpol])
      )[0].count;
      await runDelayedNotificationMail();
      const after = (
        await api.sql(`SELECT count(*)::int AS count FROM mail_messages WHERE to_address = $1`, [DEMO.interpol])
      )[0].count;
      expect(after).toBe(before);
    } finally {
      socket.close();
      await setFrequency(tokens.interpol, 'DAILY');
    }
  });
});

describe('digests', () => {
  it('DAILY: one digest of what is unread, what needs action first, then nothing when there is nothing', async () => {
    // Everything earlier is read: the digest holds only what follows.
    await api.gql(`mutation { markNotificationsRead(input: { all: true }) }`, {}, tokens.interpol);
    await api.sql(`UPDATE notifications SET mailed_at = now() WHERE mailed_at IS NULL`);
    const first = await openThread(tokens.unodc, { title: 'Digest update one' });
    await openThread(tokens.unodc, { title: 'Digest update two' });
    await reply(tokens.unodc, first, 'Question for @member@interpol.example.');
    const before = smtp.to(DEMO.interpol).length;

    await runDigests('2026-12-01T06:00:00Z'); // a Tuesday
    await outboxDelivered();
    const digests = smtp.to(DEMO.interpol).slice(before);
    expect(digests).toHaveLength(1);
    const [digest] = digests;
    expect(digest.subject).toMatch(/Votre résumé .*: 3 nouvelles/);
    // The plain-text part writes headings in capitals.
    const text = digest.text!;
    const action = text.indexOf('DEMANDE VOTRE ACTION (1)');
    const updates = text.indexOf('NOUVELLES (2)');
    expect(action).toBeGreaterThan(-1);
    expect(updates).toBeGreaterThan(action);
    expect(text.slice(action, updates)).toMatch(/vous a mentionné dans « Digest update one »/);
    expect(text.slice(updates)).toMatch(/Digest update two/);
    expect(digest.html).toContain('Demande votre action (1)');
    expect(text).toContain(`http://ctcp.test/threads/${first}`);
    expect(text).toContain(`Ouvrir vos notifications ${NOTIFICATIONS_PAGE}`);
    expect((digest.headers.get('list') as any).unsubscribe.url).toMatch(/^http:\/\/ctcp\.test\/unsubscribe\?token=/);

    // Nothing new: the next run mails nobody.
    const mailsBefore = smtp.received.length;
    await runDigests('2026-12-02T06:00:00Z');
    await outboxDelivered();
    expect(smtp.received.length).toBe(mailsBefore);
  });

  it('WEEKLY digests go out on Mondays only; OFF and IMMEDIATE get none', async () => {
    await setFrequency(tokens.interpol, 'WEEKLY');
    await openThread(tokens.unodc, { title: 'Weekly news' });
    const before = smtp.to(DEMO.interpol).length;
    await runDigests('2026-12-03T06:00:00Z'); // a Thursday
    await outboxDelivered();
    expect(smtp.to(DEMO.interpol).length).toBe(before);
    await runDigests('2026-12-07T06:00:00Z'); // a Monday
    await outboxDelivered();
    expect(
      smtp
        .to(DEMO.interpol)
        .slice(before)
        .map((mail) => mail.subject),
    ).toEqual([expect.stringMatching(/: 1 nouvelles/)]);

    for (const frequency of ['OFF', 'IMMEDIATE']) {
      await setFrequency(tokens.interpol, frequency);
      await openThread(tokens.unodc, { title: `No digest at ${frequency}` });
      await runDigests('2026-12-14T06:00:00Z'); // a Monday
      await outboxDelivered();
      expect(smtp.to(DEMO.interpol).slice(before)).toHaveLength(1);
    }
    await setFrequency(tokens.interpol, 'DAILY');
  });
});

describe('DIGEST_CRON', () => {
  it('"* * * * *" sends digests each minute', { timeout: 180_000 }, async () => {
    const everyMinute = await startTestApp({ mail: { ...TEST_MAIL, digestCron: '* * * * *' } });
    try {
      await everyMinute.sql(`UPDATE notifications SET mailed_at = now()`);
      const token = await everyMinute.signIn(DEMO.unodc);
      const [bmle] = await everyMinute.sql(
        `SELECT w.id FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id WHERE g.key = 'BMLE'`,
      );
      const created = await everyMinute.gql(
        CREATE_THREAD,
        { input: { workspaceId: bmle.id, title: 'Minute digest', pillars: ['II'], body: 'Notes.' } },
        token,
      );
      expect(created.errors).toBeUndefined();
      await until(
        'a digest from the schedule',
        async () =>
          (
            await everyMinute.sql(`SELECT 1 FROM mail_messages WHERE kind = 'DIGEST' AND to_address = $1`, [
              DEMO.interpol,
            ])
          ).length === 1,
        150_000,
        500,
      );
    } finally {
      await everyMinute.close();
    }
  });
});
