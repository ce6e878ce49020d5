import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, errorCode, TEST_MAIL, type TestApp, startTestApp } from './harness.js';
import { linkIn, TestSmtpServer } from './smtp.js';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl invitation { id email } } }`;
const RESEND = `mutation($id: ID!) { resendInvitation(id: $id) { acceptUrl invitation { id } } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) }`;
const PREVIEW = `query($token: String!) { invitation(token: $token) { email } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;
const PENDING = `query($organizationId: ID) { invitations(organizationId: $organizationId, first: 100) { edges { node { email organization { key } } } } }`;
const ACCEPT_LINK = 'http://ctcp.test/invitations/accept?token=';

const smtp = new TestSmtpServer();
let api: TestApp;
let org: Record<string, string>;
let admin: string;

beforeAll(async () => {
  await smtp.start();
  api = await startTestApp({ mail: { ...TEST_MAIL, smtpUrl: smtp.url } });
  org = Object.fromEntries((await api.sql(`SELECT id, key FROM organizations`)).map((row) => [row.key, row.id]));
  admin = await api.signIn(DEMO.admin);
});
afterAll(async () => {
  await api?.close();
  await smtp.stop();
});

/** Invites and waits for the mail to `email` that it causes. */
async function invite(email: string, organizationKey: string, token = admin, role = 'ENTITY_MEMBER') {
  const before = smtp.received.length;
  const answer = await api.gql(INVITE, { input: { email, organizationId: org[organizationKey], role } }, token);
  expect(answer.errors).toBeUndefined();
  await smtp.receivedCount(before + 1);
  return { answer: answer.data!.inviteUser, mail: smtp.to(email).at(-1)! };
}

describe('invitations by mail', () => {
  it('go only by mail, in the inviter’s language, and the link in the mail lets the invitee in', async () => {
    const { answer, mail } = await invite('new.analyst@unodc.example', 'UNODC');
    expect(answer.acceptUrl).toBeNull();
    expect(mail.subject).toBe('Invitation to the Counter-Terrorism Coordination Platform');
    expect(mail.from?.value[0]).toMatchObject({ name: 'CTCP', address: 'no-reply@ctcp.test' });
    expect(mail.html).toContain('United Nations Office on Drugs and Crime');
    expect(mail.text).toContain('valid until');
    const link = linkIn(mail, ACCEPT_LINK)!;
    expect(link).toBeDefined();
    const token = new URL(link).searchParams.get('token')!;
    const accepted = await api.gql(ACCEPT, { input: { token, name: 'New Analyst', password: 'a-long-password-2026' } });
    expect(accepted.data?.acceptInvitation.accessToken).toBeTruthy();
    // Delivered: the outbox keeps no copy of the token.
    const [row] = await api.sql(`SELECT status, params FROM mail_messages WHERE to_address = $1`, [
      'new.analyst@unodc.example',
    ]);
    expect(row).toEqual({ status: 'SENT', params: null });
  });

  it('to an address with an account, answer the same and mail that person a notice without a link to accept', async () => {
    const philippines = await api.signIn(DEMO.philippines);
    // INTERPOL's member reads the platform in French.
    const { answer, mail } = await invite(DEMO.interpol, 'STATE:PH', philippines, 'OBSERVER');
    expect(answer.acceptUrl).toBeNull();
    expect(answer.invitation.email).toBe(DEMO.interpol);
    expect(mail.subject).toBe(
      'Quelqu’un a tenté de vous inviter sur la Plateforme de coordination de la lutte antiterroriste',
    );
    expect(mail.text).not.toContain('token=');
    expect(mail.text).toContain('http://ctcp.test/sign-in');
  });

  it('are written in Arabic from right to left for an Arabic-speaking inviter', async () => {
    const [{ id }] = await api.sql(`SELECT id FROM users WHERE email = $1`, [DEMO.coordinator]);
    await api.sql(`UPDATE users SET preferred_language = 'ar' WHERE id = $1`, [id]);
    try {
      const { mail } = await invite('arabic.invitee@unodc.example', 'UNODC', await api.signIn(DEMO.coordinator));
      expect(mail.subject).toBe('دعوة إلى منصة تنسيق مكافحة الإرهاب');
      expect(mail.html).toMatch(/<html[^>]*dir="rtl"/);
      expect(mail.html).toMatch(/<html[^>]*lang="ar"/);
    } finally {
      await api.sql(`UPDATE users SET preferred_language = 'en' WHERE id = $1`, [id]);
    }
  });

  it('never cancel another organization’s invitation of the same address', async () => {
    await invite('shared.person@example.org', 'UNODC');
    await invite('shared.person@example.org', 'INTERPOL');
    const pending = await api.gql(PENDING, {}, admin);
    const keys = pending
      .data!.invitations.edges.filter((edge: any) => edge.node.email === 'shared.person@example.org')
      .map((edge: any) => edge.node.organization.key)
      .sort();
    expect(keys).toEqual(['INTERPOL', 'UNODC']);
  });

  it('are sent again with a new link (the old one stops working), and revoked', async () => {
    const { answer, mail } = await invite('resend.me@unodc.example', 'UNODC');
    const firstToken = new URL(linkIn(mail, ACCEPT_LINK)!).searchParams.get('token')!;
    const before = smtp.received.length;
    const resent = await api.gql(RESEND, { id: answer.invitation.id }, admin);
    expect(resent.data?.resendInvitation).toEqual({ acceptUrl: null, invitation: { id: answer.invitation.id } });
    await smtp.receivedCount(before + 1);
    const secondToken = new URL(linkIn(smtp.to('resend.me@unodc.example').at(-1)!, ACCEPT_LINK)!).searchParams.get(
      'token',
    )!;
    expect(secondToken).not.toBe(firstToken);
    expect(errorCode(await api.gql(PREVIEW, { token: firstToken }))).toBe('NOT_FOUND');
    expect((await api.gql(PREVIEW, { token: secondToken })).data?.invitation.email).toBe('resend.me@unodc.example');

    expect((await api.gql(REVOKE, { id: answer.invitation.id }, admin)).data?.revokeInvitation).toBe(true);
    expect(errorCode(await api.gql(PREVIEW, { token: secondToken }))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(REVOKE, { id: answer.invitation.id }, admin))).toBe('NOT_FOUND');
  });
});

describe('delivery', () => {
  it('loses nothing while the mail server is down, and sends each message exactly once', async () => {
    await smtp.stop();
    const addresses = Array.from({ length: 50 }, (_, index) => `burst-${index}@unodc.example`);
    const before = smtp.received.length;
    for (const email of addresses) {
      const answer = await api.gql(
        INVITE,
        { input: { email, organizationId: org.UNODC, role: 'ENTITY_MEMBER' } },
        admin,
      );
      expect(answer.errors).toBeUndefined();
    }
    // Every message has been tried and refused at least once before the server comes back.
    await expect
      .poll(
        async () =>
          (
            await api.sql(
              `SELECT count(*)::int AS n FROM mail_messages WHERE to_address LIKE 'burst-%' AND attempts > 0`,
            )
          )[0].n,
        { timeout: 60_000, interval: 200 },
      )
      .toBe(50);
    await smtp.start();
    await smtp.receivedCount(before + 50);
    await expect
      .poll(
        async () =>
          (await api.sql(`SELECT count(*)::int AS n FROM mail_messages WHERE status <> 'SENT'`))[0].n +
          (await api.sql(`SELECT count(*)::int AS n FROM graphile_worker.jobs`))[0].n,
        { timeout: 60_000, interval: 200 },
      )
      .toBe(0);
    for (const email of addresses) expect(smtp.to(email), email).toHaveLength(1);
  }, 180_000);

  it('gives up a message the server refuses for good, and shows it to admins with the server’s answer', async () => {
    smtp.refuse('refused@unodc.example');
    await api.gql(
      INVITE,
      { input: { email: 'refused@unodc.example', organizationId: org.UNODC, role: 'ENTITY_MEMBER' } },
      admin,
    );
    const UNDELIVERED = `{ undeliveredMail { edges { node { toAddress status attempts lastError } } } }`;
    await expect
      .poll(async () =>
        (await api.gql(UNDELIVERED, {}, admin)).data?.undeliveredMail.edges.map((edge: any) => edge.node),
      )
      .toEqual([
        {
          toAddress: 'refused@unodc.example',
          status: 'FAILED',
          attempts: 1,
          lastError: expect.stringContaining('550'),
        },
      ]);
    expect(smtp.to('refused@unodc.example')).toEqual([]);
  });

  it('without a mail server, writes each message as an .eml file under DATA_DIR/mail', async () => {
    const local = await startTestApp();
    try {
      const answer = await local.gql(
        INVITE,
        { input: { email: 'kept.locally@unodc.example', organizationId: org.UNODC, role: 'ENTITY_MEMBER' } },
        await local.signIn(DEMO.admin),
      );
      // The inviter passes the link on when no mail leaves the machine.
      expect(answer.data?.inviteUser.acceptUrl).toMatch(/^http:\/\/ctcp\.test\/invitations\/accept\?token=/);
      const directory = join(local.config.dataDir, 'mail');
      await expect
        .poll(async () => (await readdir(directory).catch(() => [])).length, { timeout: 30_000, interval: 100 })
        .toBe(1);
      const [file] = await readdir(directory);
      const [{ id }] = await local.sql(`SELECT id FROM mail_messages WHERE status = 'SENT'`);
      expect(file).toBe(`${id}.eml`);
      const eml = await readFile(join(directory, file), 'utf8');
      expect(eml).toContain('To: kept.locally@unodc.example');
      expect(eml).toContain('Content-Type: text/html');
      expect(eml).toContain('Content-Type: text/plain');
    } finally {
      await local.close();
    }
  });
});
