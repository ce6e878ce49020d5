import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error oidc-provider publishes no type declarations; the one constructor used here is typed below
import ProviderModule from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_COOKIE, REFRESH_COOKIE } from '@ctcp/shared';
import { DEMO, errorCode, startTestApp, type TestApp } from './harness.js';

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider) on loopback, signed in through its
 * own login and consent forms by HTTP, as a browser would: redirects followed by hand, cookies kept per host.
 */

const Provider = ProviderModule as new (issuer: string, configuration: object) => { callback(): RequestListener };

const SIGN_IN_OPTIONS = `{ signInOptions { singleSignOn { label startUrl } } }`;
const CLIENT_ID = 'ctcp';
const CLIENT_SECRET = randomBytes(24).toString('hex');
const LABEL = 'UN Unite ID';

/** The provider's accounts, by the login typed in its form. */
const ACCOUNTS: Record<string, { email: string; email_verified: boolean }> = {
  member: { email: 'Member@UNODC.example', email_verified: true },
  stranger: { email: 'nobody@elsewhere.example', email_verified: true },
  unverified: { email: DEMO.coordinator, email_verified: false },
  observer: { email: DEMO.observer, email_verified: true },
  interpol: { email: DEMO.interpol, email_verified: true },
};

/** Starts a provider on a free loopback port, with the api as its one client. */
async function startProvider(redirectUri: string): Promise<{ issuer: string; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_ctx: unknown, id: string) =>
      ACCOUNTS[id] && { accountId: id, claims: () => ({ sub: id, ...ACCOUNTS[id] }) },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: [randomBytes(16).toString('hex')] },
  });
  server.on('request', provider.callback());
  return { issuer, server };
}

/**
 * A browser: cookies per host (paths ignored: each test starts a new browser), redirects not followed. The
 * api's public address (PUBLIC_URL) is where the test app actually listens, as behind a reverse proxy.
 */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  constructor(private readonly api: TestApp) {}

  async get(url: string): Promise<Response> {
    return this.request(url, { method: 'GET' });
  }

  async post(url: string, form: Record<string, string>): Promise<Response> {
    return this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }

  cookie(url: string, name: string): string | undefined {
    return this.jars.get(new URL(url).host)?.get(name);
  }

  setCookie(url: string, name: string, value: string): void {
    this.jar(url).set(name, value);
  }

  private async request(url: string, init: RequestInit): Promise<Response> {
    const jar = this.jar(url);
    const actual = url.startsWith(this.api.config.publicUrl)
      ? url.replace(this.api.config.publicUrl, this.api.url)
      : url;
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(actual, {
      ...init,
      redirect: 'manual',
      headers: { accept: 'text/html', ...(cookie ? { cookie } : {}), ...init.headers },
      signal: AbortSignal.timeout(20_000),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((attribute) => {
        const [key, setting] = attribute.trim().split('=');
        return (
          (key.toLowerCase() === 'max-age' && Number(setting) <= 0) ||
          (key.toLowerCase() === 'expires' && new Date(setting).getTime() <= Date.now())
        );
      });
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  private jar(url: string): Map<string, string> {
    const host = new URL(url).host;
    if (!this.jars.has(host)) this.jars.set(host, new Map());
    return this.jars.get(host)!;
  }
}

function location(response: Response, base: string): string {
  expect([302, 303], `${response.status} ${response.url}`).toContain(response.status);
  return new URL(response.headers.get('location')!, base).href;
}

/** The form of an oidc-provider interaction page: where it posts and which prompt it answers. */
function formOf(html: string): { action: string; prompt: string } {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
  if (!action || !prompt) throw new Error(`no interaction form in: ${html.slice(0, 500)}`);
  return { action: action.replace(/&amp;/g, '&'), prompt };
}

let plainApp: TestApp;
let api: TestApp;
let provider: { issuer: string; server: Server };
let webDistDir: string;

/** Starts a sign-in at the api and answers the provider's forms as `login`; returns the callback URL. */
async function signInAtProvider(
  browser: Browser,
  login: string,
  { next = '/people', cancel = false }: { next?: string; cancel?: boolean } = {},
): Promise<string> {
  const startUrl = `${api.config.publicUrl}/auth/oidc/start?next=${encodeURIComponent(next)}`;
  let url = location(await browser.get(startUrl), startUrl);
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(`${api.config.publicUrl}/auth/oidc/callback`)) return url;
    const response = await browser.get(url);
    if (response.status !== 200) {
      url = location(response, url);
      continue;
    }
    const html = await response.text();
    if (cancel) {
      const abort = /href="([^"]+)">\[ Cancel \]/.exec(html)![1].replace(/&amp;/g, '&');
      url = location(await browser.get(new URL(abort, url).href), url);
      continue;
    }
    const form = formOf(html);
    const fields: Record<string, string> = form.prompt === 'login' ? { login, password: 'any password' } : {};
    url = location(await browser.post(new URL(form.action, url).href, { prompt: form.prompt, ...fields }), url);
  }
  throw new Error('the provider never redirected back to the api');
}

async function me(accessToken: string | undefined) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${ACCESS_COOKIE}=${accessToken}` },
    body: JSON.stringify({ query: `{ me { email } }` }),
  });
  return (await response.json()) as { data?: { me: { email: string } } | null; errors?: unknown[] };
}

async function counts() {
  const [row] = await api.sql(
    `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM auth_sessions)::int AS sessions`,
  );
  return row;
}

async function lastAuditEvent() {
  const [row] = await api.sql(
    `SELECT action, actor_id, target_type, details FROM audit_events
      WHERE action LIKE 'sign_in.sso%' ORDER BY id DESC LIMIT 1`,
  );
  return row;
}

/** A refused sign-in: back to the sign-in page with the reason, no cookies of a session, nothing created. */
async function expectRefused(browser: Browser, callbackUrl: string, reason: string) {
  const before = await counts();
  const response = await browser.get(callbackUrl);
  expect(location(response, callbackUrl)).toBe(`${api.config.publicUrl}/sign-in?sso=${reason}`);
  expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${ACCESS_COOKIE}=`))).toBe(false);
  expect(await counts()).toEqual(before);
  expect(await lastAuditEvent()).toMatchObject({ action: 'sign_in.sso_failed', details: { reason } });
}

// Passport keeps one JWT strategy per process, the last app's: the app without single sign-on runs first.
describe('without single sign-on configured', () => {
  beforeAll(async () => {
    plainApp = await startTestApp();
  });
  afterAll(() => plainApp.close());

  it('offers no single sign-on, and its routes are not there', async () => {
    const options = await plainApp.gql(SIGN_IN_OPTIONS);
    expect(options.data?.signInOptions).toEqual({ singleSignOn: null });
    const start = await fetch(`${plainApp.url}/auth/oidc/start`, { redirect: 'manual' });
    expect(start.status).toBe(404);
  });
});

describe('single sign-on with OpenID Connect', () => {
  beforeAll(async () => {
    provider = await startProvider('http://ctcp.test/auth/oidc/callback');
    // The built web app is served too: its fallback to index.html must leave /auth/oidc/* to the api.
    webDistDir = await mkdtemp(join(tmpdir(), 'ctcp-web-'));
    await writeFile(join(webDistDir, 'index.html'), '<!doctype html><title>CTCP</title>');
    api = await startTestApp({
      webDistDir,
      oidc: { issuerUrl: provider.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, label: LABEL },
      // Entity members must use a second factor: single sign-on brings the provider's own.
      requireMfaRoles: ['ENTITY_MEMBER'],
    });
  });
  afterAll(async () => {
    await api?.close();
    await new Promise((resolve) => provider?.server.close(resolve));
    await rm(webDistDir, { recursive: true, force: true });
  });

  it('offers the provider on the sign-in page, to everyone', async () => {
    const options = await api.gql(SIGN_IN_OPTIONS);
    expect(options.data?.signInOptions.singleSignOn).toEqual({
      label: LABEL,
      startUrl: 'http://ctcp.test/auth/oidc/start',
    });
  });

  it('starts with PKCE (S256), state and nonce, kept in a short-lived httpOnly Lax cookie', async () => {
    const response = await fetch(`${api.url}/auth/oidc/start?next=%2Fpeople`, {
      redirect: 'manual',
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(302);
    const authorization = new URL(response.headers.get('location')!);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    expect(authorization.searchParams.get('redirect_uri')).toBe('http://ctcp.test/auth/oidc/callback');
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith('ctcp_oidc='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/auth\/oidc/);
    expect(cookie).toMatch(/Max-Age=600/);
    // The verifier itself never leaves for the provider.
    expect(authorization.search).not.toContain('code_verifier');
  });

  it('signs an existing person in by their verified email, and returns to the page they came from', async () => {
    const browser = new Browser(api);
    const callbackUrl = await signInAtProvider(browser, 'member', { next: '/people?search=ana' });
    const response = await browser.get(callbackUrl);

    expect(location(response, callbackUrl)).toBe('http://ctcp.test/people?search=ana');
    const cookies = response.headers.getSetCookie();
    expect(cookies.find((cookie) => cookie.startsWith(`${ACCESS_COOKIE}=`))).toMatch(/HttpOnly/i);
    expect(cookies.find((cookie) => cookie.startsWith(`${REFRESH_COOKIE}=`))).toMatch(/Path=\/graphql/);
    // The transaction is used up.
    expect(browser.cookie(api.config.publicUrl, 'ctcp_oidc')).toBeUndefined();

    const answer = await me(browser.cookie(api.config.publicUrl, ACCESS_COOKIE));
    expect(answer.data?.me.email).toBe(DEMO.unodc);
    const [member] = await api.sql(`SELECT id FROM users WHERE email = $1`, [DEMO.unodc]);
    expect(await lastAuditEvent()).toMatchObject({
      action: 'sign_in.sso',
      actor_id: member.id,
      target_type: 'User',
      details: { issuer: provider.issuer, subject: 'member' },
    });
  });

  it('counts as two-factor for a role that requires it, where a password alone does not', async () => {
    const browser = new Browser(api);
    await browser.get(await signInAtProvider(browser, 'interpol'));
    const workspaces = `{ workspaces { totalCount } }`;
    const bySso = await api.gql(workspaces, {}, browser.cookie(api.config.publicUrl, ACCESS_COOKIE));
    expect(bySso.errors).toBeUndefined();
    const byPassword = await api.gql(workspaces, {}, await api.signIn(DEMO.interpol));
    expect(errorCode(byPassword)).toBe('MFA_ENROLMENT_REQUIRED');
  });

  it('creates no account for an email address that has none', async () => {
    const browser = new Browser(api);
    await expectRefused(browser, await signInAtProvider(browser, 'stranger'), 'unknown_account');
    const [row] = await api.sql(`SELECT count(*)::int AS n FROM users WHERE email = 'nobody@elsewhere.example'`);
    expect(row.n).toBe(0);
  });

  it('refuses a disabled account as if it had none', async () => {
    await api.sql(`UPDATE users SET disabled_at = now() WHERE email = $1`, [DEMO.observer]);
    try {
      const browser = new Browser(api);
      await expectRefused(browser, await signInAtProvider(browser, 'observer'), 'unknown_account');
    } finally {
      await api.sql(`UPDATE users SET disabled_at = NULL WHERE email = $1`, [DEMO.observer]);
    }
  });

  it('refuses an email address the provider has not verified', async () => {
    const browser = new Browser(api);
    await expectRefused(browser, await signInAtProvider(browser, 'unverified'), 'unverified_email');
  });

  it('refuses an answer whose state was changed', async () => {
    const browser = new Browser(api);
    const callbackUrl = new URL(await signInAtProvider(browser, 'member'));
    callbackUrl.searchParams.set('state', 'a-state-of-somebody-else');
    await expectRefused(browser, callbackUrl.href, 'failed');
  });

  it('refuses a callback URL used a second time, with or without the transaction cookie', async () => {
    const browser = new Browser(api);
    const callbackUrl = await signInAtProvider(browser, 'interpol');
    const transaction = browser.cookie(api.config.publicUrl, 'ctcp_oidc')!;
    expect(location(await browser.get(callbackUrl), callbackUrl)).toBe('http://ctcp.test/people');

    // The browser's transaction was cleared: nothing to check the answer against.
    await expectRefused(browser, callbackUrl, 'failed');
    // A copy of the cookie does not help either: the provider accepts its code once.
    const thief = new Browser(api);
    thief.setCookie(api.config.publicUrl, 'ctcp_oidc', transaction);
    await expectRefused(thief, callbackUrl, 'failed');
  });

  it('says so when the person cancels at the provider', async () => {
    const browser = new Browser(api);
    const callbackUrl = await signInAtProvider(browser, 'member', { cancel: true });
    expect(new URL(callbackUrl).searchParams.get('error')).toBe('access_denied');
    await expectRefused(browser, callbackUrl, 'cancelled');
  });

  it('refuses a callback without a sign-in started in this browser', async () => {
    await expectRefused(new Browser(api), 'http://ctcp.test/auth/oidc/callback?code=abc&state=def', 'failed');
  });

  it('returns only to pages of the app: a next address elsewhere lands on the home page', async () => {
    for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example']) {
      const browser = new Browser(api);
      const callbackUrl = await signInAtProvider(browser, 'member', { next });
      expect(location(await browser.get(callbackUrl), callbackUrl), next).toBe('http://ctcp.test/');
    }
  });
});
