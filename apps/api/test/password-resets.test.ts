import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, errorCode, TEST_MAIL, type TestApp, startTestApp } from './harness.js';
import { linkIn, TestSmtpServer } from './smtp.js';

const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const ME = `query { me { email } }`;
const RESET_LINK = 'http://ctcp.test/reset-password?token=';
const NEW_PASSWORD = 'a-new-long-password-2026';
// Long enough, and on the list of leaked passwords.
const COMMON_PASSWORD = 'Qwerty123456';

const smtp = new TestSmtpServer();
let api: TestApp;

beforeAll(async () => {
  await smtp.start();
  api = await startTestApp({ mail: { ...TEST_MAIL, smtpUrl: smtp.url } });
});
afterAll(async () => {
  await api?.close();
  await smtp.stop();
});

/** Asks for a reset of `email` and answers the token of the link mailed to it. */
async function requestLink(email: string): Promise<string> {
  const before = smtp.to(email).length;
  expect((await api.gql(REQUEST, { email })).data?.requestPasswordReset).toBe(true);
  await expect.poll(() => smtp.to(email).length, { timeout: 30_000, interval: 50 }).toBe(before + 1);
  return new URL(linkIn(smtp.to(email).at(-1)!, RESET_LINK)!).searchParams.get('token')!;
}

/** Resolves once every job of the queue has been worked (done jobs leave the table). */
const queueDrained = () =>
  expect
    .poll(async () => (await api.sql(`SELECT count(*)::int AS n FROM graphile_worker.jobs`))[0].n, {
      timeout: 30_000,
      interval: 50,
    })
    .toBe(0);

describe('requestPasswordReset (public)', () => {
  it('mails a link in the person’s language, valid 30 minutes', async () => {
    await requestLink(DEMO.interpol); // Jean-Luc Moreau reads the platform in French
    const mail = smtp.to(DEMO.interpol).at(-1)!;
    expect(mail.subject).toBe(
      'Définir un nouveau mot de passe pour la Plateforme de coordination de la lutte antiterroriste',
    );
    expect(mail.text).toContain('30 minutes');
    const [{ minutes }] = await api.sql(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 60)::int AS minutes FROM password_resets
        WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
      [DEMO.interpol],
    );
    expect(minutes).toBe(30);
  });

  it('answers the same for an address without an account, and mails nobody', async () => {
    const unknown = await api.gql(REQUEST, { email: 'nobody@nowhere.example' });
    expect(unknown.data?.requestPasswordReset).toBe(true);
    expect(unknown.errors).toBeUndefined();
    await queueDrained();
    expect(smtp.to('nobody@nowhere.example')).toEqual([]);
    expect(await api.sql(`SELECT id FROM mail_messages WHERE to_address = 'nobody@nowhere.example'`)).toEqual([]);
  });

  it('refuses an address longer than any account’s', async () => {
    const response = await api.gql(REQUEST, { email: `${'x'.repeat(400)}@example.org` });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('mails one account at most five links an hour, whatever is asked', async () => {
    for (let link = 0; link < 5; link += 1) await requestLink(DEMO.admin);
    expect((await api.gql(REQUEST, { email: DEMO.admin })).data?.requestPasswordReset).toBe(true);
    await queueDrained();
    expect(smtp.to(DEMO.admin)).toHaveLength(5);
  });
});

describe('resetPassword (public)', () => {
  it('refuses a token that no link holds', async () => {
    expect(errorCode(await api.gql(RESET, { input: { token: 'not-a-token', password: NEW_PASSWORD } }))).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses a short password with the field at fault, leaving the link usable', async () => {
    const token = await requestLink(DEMO.observer);
    const short = await api.gql(RESET, { input: { token, password: 'short' } });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect((await api.gql(RESET, { input: { token, password: NEW_PASSWORD } })).data?.resetPassword).toBe(true);
  });

  it('refuses a common password or the person’s address with the field at fault, leaving the link usable', async () => {
    const token = await requestLink(DEMO.interpol);
    for (const password of [COMMON_PASSWORD, DEMO.interpol]) {
      const refused = await api.gql(RESET, { input: { token, password } });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'password',
        reason: 'COMMON_PASSWORD',
      });
      expect(refused.errors?.[0].message).toBe(
        'This password is too common or appeared in a data breach. Choose another.',
      );
    }
    expect(await api.signIn(DEMO.interpol, DEMO_PASSWORD)).toBeTruthy();
    expect((await api.gql(RESET, { input: { token, password: NEW_PASSWORD } })).data?.resetPassword).toBe(true);
  });

  it('sets the password once, and ends every session of the person', async () => {
    const session = await api.signIn(DEMO.maldives);
    const token = await requestLink(DEMO.maldives);
    expect((await api.gql(RESET, { input: { token, password: NEW_PASSWORD } })).data?.resetPassword).toBe(true);
    expect(errorCode(await api.gql(ME, {}, session))).toBe('UNAUTHENTICATED');
    expect(await api.signIn(DEMO.maldives, NEW_PASSWORD)).toBeTruthy();
    await expect(api.signIn(DEMO.maldives, DEMO_PASSWORD)).rejects.toThrow();
    // Single use.
    expect(errorCode(await api.gql(RESET, { input: { token, password: 'yet-another-password-2026' } }))).toBe(
      'NOT_FOUND',
    );
  });

  it('works only with the newest link', async () => {
    const older = await requestLink(DEMO.unodc);
    const newer = await requestLink(DEMO.unodc);
    expect(errorCode(await api.gql(RESET, { input: { token: older, password: NEW_PASSWORD } }))).toBe('NOT_FOUND');
    expect((await api.gql(RESET, { input: { token: newer, password: NEW_PASSWORD } })).data?.resetPassword).toBe(true);
  });
});

describe('changePassword', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    const input = { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD };
    expect(errorCode(await api.gql(CHANGE, { input }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong current password or a short new one, with the field at fault, changing nothing', async () => {
    const token = await api.signIn(DEMO.coordinator);
    const wrong = await api.gql(
      CHANGE,
      { input: { currentPassword: 'wrong-password-here', newPassword: NEW_PASSWORD } },
      token,
    );
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await api.gql(CHANGE, { input: { currentPassword: DEMO_PASSWORD, newPassword: 'short' } }, token);
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(await api.signIn(DEMO.coordinator, DEMO_PASSWORD)).toBeTruthy();
  });

  it('refuses a common new password or the person’s address with the field at fault, changing nothing', async () => {
    const token = await api.signIn(DEMO.coordinator);
    for (const newPassword of [COMMON_PASSWORD, DEMO.coordinator]) {
      const refused = await api.gql(CHANGE, { input: { currentPassword: DEMO_PASSWORD, newPassword } }, token);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    }
    expect((await api.gql(ME, {}, token)).data?.me.email).toBe(DEMO.coordinator);
    expect(await api.signIn(DEMO.coordinator, DEMO_PASSWORD)).toBeTruthy();
    await expect(api.signIn(DEMO.coordinator, COMMON_PASSWORD)).rejects.toThrow();
  });

  it('changes the password and ends the person’s other sessions, not this one', async () => {
    const other = await api.signIn(DEMO.philippines);
    const current = await api.signIn(DEMO.philippines);
    const changed = await api.gql(
      CHANGE,
      { input: { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD } },
      current,
    );
    expect(changed.data?.changePassword).toBe(true);
    expect(errorCode(await api.gql(ME, {}, other))).toBe('UNAUTHENTICATED');
    expect((await api.gql(ME, {}, current)).data?.me.email).toBe(DEMO.philippines);
    expect(await api.signIn(DEMO.philippines, NEW_PASSWORD)).toBeTruthy();
  });
});
