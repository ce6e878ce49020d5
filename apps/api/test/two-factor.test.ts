import { MFA_MAX_FAILURES, RECOVERY_CODE_COUNT } from '@ctcp/shared';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, errorCode, SIGN_IN, startTestApp, type TestApp } from './harness.js';
import { connectSocket } from './sockets.js';

const ENROLL = `mutation { enrollTotp { secret otpauthUri } }`;
const CONFIRM = `mutation($code: String!) { confirmTotp(input: { code: $code }) { recoveryCodes } }`;
const DISABLE = `mutation($code: String!) { disableTotp(input: { code: $code }) }`;
const COMPLETE = `mutation($mfaToken: String!, $code: String!) {
  completeSignIn(input: { mfaToken: $mfaToken, code: $code }) { accessToken refreshToken user { email } }
}`;
const STATUS = `query { me { twoFactor { enabled required recoveryCodesLeft } } }`;

/** The authenticator's code, `steps` periods from now (the api accepts one period either side). */
const codeOf = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

/** Turns two-factor sign-in on for the person of `token`; answers the secret and the recovery codes. */
async function turnOn(token: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const enrolment = await api.gql(ENROLL, {}, token);
  const { secret } = enrolment.data!.enrollTotp;
  const confirmed = await api.gql(CONFIRM, { code: await codeOf(secret) }, token);
  expect(confirmed.errors).toBeUndefined();
  return { secret, recoveryCodes: confirmed.data!.confirmTotp.recoveryCodes };
}

/** Signs in with the password and answers the mfaToken of the MFA_REQUIRED answer. */
async function passwordStep(email: string): Promise<string> {
  const answer = await api.gql(SIGN_IN, { email, password: DEMO_PASSWORD });
  expect(errorCode(answer)).toBe('MFA_REQUIRED');
  expect(answer.data).toBeNull();
  return answer.errors![0].extensions!.mfaToken as string;
}

/** A code used once cannot be used again; tests that need several reset the last accepted period. */
const forgetLastCode = (email: string) =>
  api.sql(`UPDATE totp_factors SET last_time_step = NULL WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [
    email,
  ]);

describe('turning two-factor sign-in on', () => {
  it('gives a secret for the app, then needs a right code, and answers ten single-use recovery codes', async () => {
    const token = await api.signIn(DEMO.unodc);
    const enrolment = (await api.gql(ENROLL, {}, token)).data!.enrollTotp;
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/CTCP:member%40unodc\.example\?.*secret=/);
    expect((await api.gql(STATUS, {}, token)).data!.me.twoFactor).toEqual({
      enabled: false,
      required: false,
      recoveryCodesLeft: 0,
    });

    const wrong = await api.gql(CONFIRM, { code: '000000' }, token);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions!.field).toBe('code');

    const confirmed = await api.gql(CONFIRM, { code: await codeOf(enrolment.secret) }, token);
    const codes = confirmed.data!.confirmTotp.recoveryCodes as string[];
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    expect((await api.gql(STATUS, {}, token)).data!.me.twoFactor).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
    });

    // Stored encrypted, never as given; the change is audited.
    const [stored] = await api.sql(
      `SELECT secret_ciphertext FROM totp_factors f JOIN users u ON u.id = f.user_id WHERE u.email = $1`,
      [DEMO.unodc],
    );
    expect(stored.secret_ciphertext).not.toContain(enrolment.secret);
    const audited = await api.sql(`SELECT 1 FROM audit_events WHERE action = 'two_factor.enabled'`);
    expect(audited).toHaveLength(1);

    // Once on, a new secret would lock the person out of their app: refused until turned off.
    expect(errorCode(await api.gql(ENROLL, {}, token))).toBe('CONFLICT');
  });

  it('is refused signed out, and shows nobody else’s status', async () => {
    expect(errorCode(await api.gql(ENROLL))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(CONFIRM, { code: '123456' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(DISABLE, { code: '123456' }))).toBe('UNAUTHENTICATED');
    const token = await api.signIn(DEMO.admin);
    const [{ id }] = await api.sql(`SELECT id FROM users WHERE email = $1`, [DEMO.unodc]);
    const other = await api.gql(`query($id: ID!) { user(id: $id) { twoFactor { enabled } } }`, { id }, token);
    expect(other.data!.user.twoFactor).toBeNull();
  });
});

describe('signing in with two-factor sign-in on', () => {
  let secret: string;
  let recoveryCodes: string[];
  beforeAll(async () => {
    ({ secret, recoveryCodes } = await turnOn(await api.signIn(DEMO.interpol)));
  });

  it('asks for a code after the password, with no session yet, then signs in with the code', async () => {
    const [{ count: before }] = await api.sql(`SELECT count(*)::int AS count FROM auth_sessions`);
    const answer = await api.gql(SIGN_IN, { email: DEMO.interpol, password: DEMO_PASSWORD });
    expect(errorCode(answer)).toBe('MFA_REQUIRED');
    expect(answer.headers.getSetCookie()).toEqual([]);
    expect((await api.sql(`SELECT count(*)::int AS count FROM auth_sessions`))[0].count).toBe(before);

    const mfaToken = answer.errors![0].extensions!.mfaToken as string;
    const completed = await api.gql(COMPLETE, { mfaToken, code: await codeOf(secret, 1) });
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.completeSignIn.user.email).toBe(DEMO.interpol);
    // A browser's sign-in: the refresh token only in the cookie.
    expect(completed.data!.completeSignIn.refreshToken).toBeNull();
    expect(completed.headers.getSetCookie().length).toBe(2);
    const me = await api.gql(`query { me { email } }`, {}, completed.data!.completeSignIn.accessToken);
    expect(me.data!.me.email).toBe(DEMO.interpol);

    // The token is single use, and so is the code.
    expect(errorCode(await api.gql(COMPLETE, { mfaToken, code: await codeOf(secret, 1) }))).toBe('UNAUTHENTICATED');
    const again = await passwordStep(DEMO.interpol);
    expect(errorCode(await api.gql(COMPLETE, { mfaToken: again, code: await codeOf(secret, 1) }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('takes a recovery code once, in any case and with or without its dash', async () => {
    const [code] = recoveryCodes;
    const first = await api.gql(COMPLETE, { mfaToken: await passwordStep(DEMO.interpol), code: code.toUpperCase() });
    expect(first.errors).toBeUndefined();
    const token = first.data!.completeSignIn.accessToken;
    expect((await api.gql(STATUS, {}, token)).data!.me.twoFactor.recoveryCodesLeft).toBe(RECOVERY_CODE_COUNT - 1);
    const reused = await api.gql(COMPLETE, {
      mfaToken: await passwordStep(DEMO.interpol),
      code: code.replace('-', ''),
    });
    expect(errorCode(reused)).toBe('BAD_USER_INPUT');
  });

  it('refuses an expired sign-in and a made-up token', async () => {
    const mfaToken = await passwordStep(DEMO.interpol);
    await api.sql(`UPDATE mfa_challenges SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      mfaToken.split('.')[0],
    ]);
    await forgetLastCode(DEMO.interpol);
    expect(errorCode(await api.gql(COMPLETE, { mfaToken, code: await codeOf(secret) }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(COMPLETE, { mfaToken: 'nonsense', code: '123456' }))).toBe('UNAUTHENTICATED');
  });

  it('still takes recovery codes when the secret can no longer be read (JWT_SECRET changed)', async () => {
    const saved = await api.sql(
      `SELECT secret_ciphertext FROM totp_factors f JOIN users u ON u.id = f.user_id WHERE u.email = $1`,
      [DEMO.interpol],
    );
    const setCiphertext = (value: string) =>
      api.sql(
        `UPDATE totp_factors SET secret_ciphertext = $2 WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
        [DEMO.interpol, value],
      );
    await setCiphertext('c2VhbGVkIHVuZGVyIGFub3RoZXIga2V5IGxvbmcgZW5vdWdo');
    try {
      await forgetLastCode(DEMO.interpol);
      expect(
        errorCode(await api.gql(COMPLETE, { mfaToken: await passwordStep(DEMO.interpol), code: await codeOf(secret) })),
      ).toBe('BAD_USER_INPUT');
      const recovered = await api.gql(COMPLETE, {
        mfaToken: await passwordStep(DEMO.interpol),
        code: recoveryCodes[5],
      });
      expect(recovered.errors).toBeUndefined();
    } finally {
      await setCiphertext(saved[0].secret_ciphertext);
    }
  });

  it('lets API clients ask for the refresh token, as signIn does', async () => {
    await forgetLastCode(DEMO.interpol);
    const answer = await api.gql(
      `mutation($mfaToken: String!, $code: String!) {
        completeSignIn(input: { mfaToken: $mfaToken, code: $code, returnRefreshToken: true }) { refreshToken }
      }`,
      { mfaToken: await passwordStep(DEMO.interpol), code: await codeOf(secret) },
    );
    expect(answer.data!.completeSignIn.refreshToken).toMatch(/^[\w-]+\.[\w-]+$/);
  });
});

describe('guessing codes', () => {
  it(`allows ${MFA_MAX_FAILURES} wrong codes in parallel, then answers RATE_LIMITED even to the right one`, async () => {
    const { secret } = await turnOn(await api.signIn(DEMO.maldives));
    const tokens = await Promise.all(Array.from({ length: 4 }, () => passwordStep(DEMO.maldives)));
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        api.gql(COMPLETE, { mfaToken: tokens[index % 4], code: String(100000 + index) }),
      ),
    );
    const codes = guesses.map(errorCode);
    expect(codes.filter((code) => code === 'BAD_USER_INPUT')).toHaveLength(MFA_MAX_FAILURES);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(20 - MFA_MAX_FAILURES);
    expect(errorCode(await api.gql(COMPLETE, { mfaToken: tokens[0], code: await codeOf(secret) }))).toBe(
      'RATE_LIMITED',
    );
  });
});

describe('turning two-factor sign-in off', () => {
  it('needs a right code, then signing in takes the password alone', async () => {
    const token = await api.signIn(DEMO.observer);
    const { recoveryCodes } = await turnOn(token);
    expect(errorCode(await api.gql(DISABLE, { code: 'wrong-code' }, token))).toBe('BAD_USER_INPUT');
    expect((await api.gql(DISABLE, { code: recoveryCodes[3] }, token)).data).toEqual({ disableTotp: true });
    expect((await api.gql(STATUS, {}, token)).data!.me.twoFactor).toMatchObject({
      enabled: false,
      recoveryCodesLeft: 0,
    });
    expect((await api.gql(SIGN_IN, { email: DEMO.observer, password: DEMO_PASSWORD })).errors).toBeUndefined();
    expect(errorCode(await api.gql(DISABLE, { code: recoveryCodes[4] }, token))).toBe('CONFLICT');
  });
});

describe('roles that require two-factor sign-in', () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await startTestApp({ requireMfaRoles: ['COORDINATOR'] });
  });
  afterAll(() => strict.close());

  it('allow only turning it on until it is on: no other operation, upload or socket', async () => {
    const token = await strict.signIn(DEMO.coordinator);
    const status = await strict.gql(STATUS, {}, token);
    expect(status.data!.me.twoFactor).toMatchObject({ enabled: false, required: true });
    expect(errorCode(await strict.gql(`query { workspaces { totalCount } }`, {}, token))).toBe(
      'MFA_ENROLMENT_REQUIRED',
    );
    const upload = await fetch(`${strict.url}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(upload.status).toBe(403);
    await expect(connectSocket(strict.url, { token })).rejects.toThrow();

    const enrolment = (await strict.gql(ENROLL, {}, token)).data!.enrollTotp;
    const confirmed = await strict.gql(CONFIRM, { code: await codeOf(enrolment.secret) }, token);
    expect(confirmed.errors).toBeUndefined();
    expect((await strict.gql(`query { workspaces { totalCount } }`, {}, token)).errors).toBeUndefined();
    (await connectSocket(strict.url, { token })).close();

    // Other roles are not concerned.
    const member = await strict.signIn(DEMO.unodc);
    expect((await strict.gql(`query { workspaces { totalCount } }`, {}, member)).errors).toBeUndefined();
  });
});
