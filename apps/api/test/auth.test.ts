import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_COOKIE, REFRESH_COOKIE, SIGN_IN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS } from '@ctcp/shared';
import { PASSWORD_CHECK_QUEUE_MAX, verifyPassword } from '../src/modules/auth/passwords.js';
import { DEMO, DEMO_PASSWORD, errorCode, SIGN_IN, startTestApp, statementsDuring, type TestApp } from './harness.js';

const ME = `query { me { id email name role isOrganizationAdmin preferredLanguage organization { acronym } } }`;
const REFRESH = `mutation Refresh($token: String) {
  refreshSession(input: { refreshToken: $token }) { accessToken refreshToken user { email } }
}`;
const SIGN_OUT = `mutation { signOut }`;

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

describe('signIn', () => {
  it('signs a demo user in, returns tokens and sets httpOnly SameSite cookies', async () => {
    const response = await api.gql(SIGN_IN, { email: DEMO.admin, password: DEMO_PASSWORD });
    expect(response.errors).toBeUndefined();
    expect(response.data?.signIn.user).toMatchObject({ email: DEMO.admin, role: 'ADMIN' });
    expect(response.data?.signIn.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const cookies = response.headers.getSetCookie();
    const access = cookies.find((cookie) => cookie.startsWith(`${ACCESS_COOKIE}=`));
    const refresh = cookies.find((cookie) => cookie.startsWith(`${REFRESH_COOKIE}=`));
    expect(access).toMatch(/HttpOnly/i);
    expect(access).toMatch(/SameSite=Lax/i);
    expect(refresh).toMatch(/HttpOnly/i);
    expect(refresh).toMatch(/SameSite=Strict/i);
    expect(refresh).toMatch(/Path=\/graphql/);
  });

  it('keeps the refresh token out of the answer unless the client asks for it', async () => {
    const browserSignIn = `mutation($email: String!, $password: String!) {
      signIn(input: { email: $email, password: $password }) { accessToken refreshToken }
    }`;
    const response = await api.gql(browserSignIn, { email: DEMO.admin, password: DEMO_PASSWORD });
    expect(response.data?.signIn.refreshToken).toBeNull();
    expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${REFRESH_COOKIE}=`))).toBe(true);

    const apiClient = await api.gql(SIGN_IN, { email: DEMO.admin, password: DEMO_PASSWORD });
    expect(apiClient.data?.signIn.refreshToken).toMatch(/^[\w-]+\.[\w-]+$/);
  });

  it('matches the email address case-insensitively', async () => {
    const response = await api.gql(SIGN_IN, { email: '  Member@UNODC.example ', password: DEMO_PASSWORD });
    expect(response.data?.signIn.user.email).toBe(DEMO.unodc);
  });

  it('refuses a wrong password and an unknown account alike, with UNAUTHENTICATED', async () => {
    const wrong = await api.gql(SIGN_IN, { email: DEMO.observer, password: 'not-the-password' });
    const unknown = await api.gql(SIGN_IN, { email: 'nobody@nowhere.example', password: 'whatever-it-is' });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.data).toBeNull();
  });

  it('rate-limits failed attempts per account, even with the right password afterwards', async () => {
    for (let attempt = 0; attempt < SIGN_IN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; attempt++) {
      expect(errorCode(await api.gql(SIGN_IN, { email: DEMO.maldives, password: `wrong-${attempt}` }))).toBe(
        'UNAUTHENTICATED',
      );
    }
    const blocked = await api.gql(SIGN_IN, { email: DEMO.maldives, password: DEMO_PASSWORD });
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Other accounts from the same address are not locked out by one account's failures.
    expect(errorCode(await api.gql(SIGN_IN, { email: DEMO.interpol, password: DEMO_PASSWORD }))).toBeUndefined();
  });

  it('tells a sign-in that the service is busy while the password checks are queued full, without counting it', async () => {
    const [{ password_hash: hash }] = await api.sql(`SELECT password_hash FROM users WHERE email = $1`, [DEMO.unodc]);
    const attempts = () => api.sql(`SELECT id FROM sign_in_attempts WHERE email = $1`, [DEMO.unodc]);
    const attemptsBefore = await attempts();
    // Two checks run at once; the rest of these wait: a full queue.
    const queued = Array.from({ length: PASSWORD_CHECK_QUEUE_MAX + 2 }, () => verifyPassword(hash, 'not-it'));

    const busy = await api.gql(SIGN_IN, { email: DEMO.unodc, password: DEMO_PASSWORD });
    expect(busy.status).toBe(503);
    expect(errorCode(busy)).toBe('UNAVAILABLE');
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(await attempts()).toEqual(attemptsBefore);

    expect(await Promise.all(queued)).not.toContain(true);
    expect(errorCode(await api.gql(SIGN_IN, { email: DEMO.unodc, password: DEMO_PASSWORD }))).toBeUndefined();
  }, 120_000);

  it('answers bad input (an over-long email) with BAD_USER_INPUT and the field', async () => {
    const response = await api.gql(SIGN_IN, { email: `${'x'.repeat(300)}@example.org`, password: 'x' });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe('email');
  });
});

describe('me', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('is UNAUTHENTICATED with a forged token', async () => {
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSJ9.c2lnbmF0dXJl';
    expect(errorCode(await api.gql(ME, {}, forged))).toBe('UNAUTHENTICATED');
  });

  it('returns the signed-in user with their organization', async () => {
    const token = await api.signIn(DEMO.philippines);
    const response = await api.gql(ME, {}, token);
    expect(response.data?.me).toMatchObject({
      email: DEMO.philippines,
      role: 'FOCAL_POINT',
      isOrganizationAdmin: true,
      organization: { acronym: null },
    });
  });

  it('checks a signed-in request in two statements at once: the live session and the person', async () => {
    const token = await api.signIn(DEMO.philippines);
    const me = () => api.gql(`query { me { id } }`, {}, token);
    await me(); // reads the organization's kind, which is then kept
    const statements = await statementsDuring(api, me);
    const check = statements.slice(0, 2);
    expect(check.some((sql) => /FROM auth_sessions/.test(sql))).toBe(true);
    expect(check.some((sql) => /FROM users WHERE id = \$1/.test(sql))).toBe(true);
    // The third is `me`'s own: the check reads nothing else.
    expect(statements, statements.join('\n')).toHaveLength(3);
  });

  it('checks the session once for every field of a query, and again for each field of a mutation', async () => {
    const token = await api.signIn(DEMO.philippines);
    const sessionChecks = (statements: string[]) => statements.filter((sql) => /FROM auth_sessions/.test(sql));
    const query = () => api.gql(`query { me { id } viewerCan { createWorkspace } unreadNotificationCount }`, {}, token);
    await query();
    const read = await statementsDuring(api, query);
    expect(sessionChecks(read), read.join('\n')).toHaveLength(1);
    const writes = await statementsDuring(api, async () => {
      const answer = await api.gql(
        `mutation { a: markNotificationsRead(input: { all: true }) b: markNotificationsRead(input: { all: true }) }`,
        {},
        token,
      );
      expect(answer.errors).toBeUndefined();
    });
    expect(sessionChecks(writes), writes.join('\n')).toHaveLength(2);
  });

  it('refuses every field of a query once the session has ended', async () => {
    const token = await api.signIn(DEMO.philippines);
    expect((await api.gql(`mutation { signOut }`, {}, token)).errors).toBeUndefined();
    const answer = await api.gql(`query { me { id } unreadNotificationCount }`, {}, token);
    expect(answer.data).toBeNull();
    expect(answer.errors?.length).toBeGreaterThan(0);
    expect(answer.errors?.every((error: any) => error.extensions.code === 'UNAUTHENTICATED')).toBe(true);
  });

  it('accepts the access cookie instead of the Authorization header', async () => {
    const signIn = await api.gql(SIGN_IN, { email: DEMO.coordinator, password: DEMO_PASSWORD });
    const cookie = signIn.headers
      .getSetCookie()
      .find((value) => value.startsWith(`${ACCESS_COOKIE}=`))!
      .split(';')[0];
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await response.json()) as any).data.me.email).toBe(DEMO.coordinator);
  });
});

describe('refreshSession', () => {
  it('is UNAUTHENTICATED without a refresh token', async () => {
    expect(errorCode(await api.gql(REFRESH, {}))).toBe('UNAUTHENTICATED');
  });

  it('rotates the refresh token; reusing an old one revokes the whole session', async () => {
    const first = (await api.gql(SIGN_IN, { email: DEMO.unodc, password: DEMO_PASSWORD })).data!.signIn;
    const second = await api.gql(REFRESH, { token: first.refreshToken });
    expect(second.errors).toBeUndefined();
    const rotated = second.data!.refreshSession;
    expect(rotated.refreshToken).not.toBe(first.refreshToken);
    expect(rotated.user.email).toBe(DEMO.unodc);
    expect((await api.gql(ME, {}, rotated.accessToken)).data?.me.email).toBe(DEMO.unodc);

    // The old token again: someone holds a copy. The session ends, and with it every token of it.
    expect(errorCode(await api.gql(REFRESH, { token: first.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(REFRESH, { token: rotated.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(ME, {}, rotated.accessToken))).toBe('UNAUTHENTICATED');
    const audit = await api.sql(`SELECT action FROM audit_events WHERE action = 'session.refresh_token_reused'`);
    expect(audit.length).toBeGreaterThan(0);
  });

  it('works from the refresh cookie alone', async () => {
    const signIn = await api.gql(SIGN_IN, { email: DEMO.observer, password: DEMO_PASSWORD });
    const cookie = signIn.headers
      .getSetCookie()
      .find((value) => value.startsWith(`${REFRESH_COOKIE}=`))!
      .split(';')[0];
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: REFRESH }),
    });
    const { refreshSession } = ((await response.json()) as any).data;
    expect(refreshSession.user.email).toBe(DEMO.observer);
    // The browser's rotated token stays in the cookie, out of the answer's reach.
    expect(refreshSession.refreshToken).toBeNull();
    expect(response.headers.getSetCookie().some((value) => value.startsWith(`${REFRESH_COOKIE}=`))).toBe(true);
  });
});

describe('signOut', () => {
  it('is harmless when signed out', async () => {
    expect((await api.gql(SIGN_OUT)).data).toEqual({ signOut: true });
  });

  it('ends the session: its access token stops working at once', async () => {
    const token = await api.signIn(DEMO.interpol);
    expect((await api.gql(ME, {}, token)).data?.me.email).toBe(DEMO.interpol);
    const response = await api.gql(SIGN_OUT, {}, token);
    expect(response.data).toEqual({ signOut: true });
    expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${ACCESS_COOKIE}=;`))).toBe(true);
    expect(errorCode(await api.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
  });
});
