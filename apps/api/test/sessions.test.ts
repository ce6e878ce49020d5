import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, errorCode, forwardedFor, SIGN_IN, startTestApp, type TestApp } from './harness.js';
import { connectSocket, nextEvent } from './sockets.js';

const MY_SESSIONS = `query { mySessions { id createdAt lastUsedAt device ipAddress current } }`;
const REVOKE = `mutation($id: ID!) { revokeSession(id: $id) }`;
const REVOKE_OTHERS = `mutation { revokeOtherSessions }`;

const FIREFOX_ON_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

/** Signs in from a device (its user agent and address); answers the access token. */
async function signInFrom(email: string, userAgent: string, address: string): Promise<string> {
  const headers = { 'user-agent': userAgent, ...forwardedFor(address) };
  const response = await api.gql(SIGN_IN, { email, password: DEMO_PASSWORD }, undefined, headers);
  return response.data!.signIn.accessToken;
}

describe('mySessions', () => {
  it('lists one’s own open sessions with their device and address, the current one marked', async () => {
    const laptop = await signInFrom(DEMO.maldives, FIREFOX_ON_WINDOWS, '203.0.113.7');
    const phone = await signInFrom(DEMO.maldives, SAFARI_ON_IPHONE, '198.51.100.23');
    await signInFrom(DEMO.unodc, FIREFOX_ON_WINDOWS, '203.0.113.9');

    const sessions = (await api.gql(MY_SESSIONS, {}, phone)).data!.mySessions;
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ device: 'Safari 17 · iOS', ipAddress: '198.51.100.23', current: true });
    expect(sessions[1]).toMatchObject({ device: 'Firefox 128 · Windows', ipAddress: '203.0.113.7', current: false });

    await api.gql(`mutation { signOut }`, {}, laptop);
    expect((await api.gql(MY_SESSIONS, {}, phone)).data!.mySessions).toHaveLength(1);
  });

  it('is UNAUTHENTICATED signed out', async () => {
    expect(errorCode(await api.gql(MY_SESSIONS))).toBe('UNAUTHENTICATED');
  });
});

describe('revokeSession', () => {
  it('ends one of one’s sessions: its tokens stop working and its sockets close', async () => {
    const kept = await api.signIn(DEMO.philippines);
    const lost = await api.signIn(DEMO.philippines);
    const socket = await connectSocket(api.url, { token: lost });
    const closed = nextEvent(socket, 'disconnect');
    const lostId = (await api.gql(MY_SESSIONS, {}, lost)).data!.mySessions.find((s: any) => s.current).id;

    expect((await api.gql(REVOKE, { id: lostId }, kept)).data).toEqual({ revokeSession: true });
    expect(await closed).toBe('io server disconnect');
    expect(errorCode(await api.gql(`query { me { id } }`, {}, lost))).toBe('UNAUTHENTICATED');
    expect((await api.gql(`query { me { id } }`, {}, kept)).errors).toBeUndefined();
    const [audit] = await api.sql(`SELECT target_id FROM audit_events WHERE action = 'session.revoked'`);
    expect(audit.target_id).toBe(lostId);
  });

  it('answers NOT_FOUND for another person’s session, which goes on', async () => {
    const victim = await api.signIn(DEMO.observer);
    const victimId = (await api.gql(MY_SESSIONS, {}, victim)).data!.mySessions[0].id;
    const attacker = await api.signIn(DEMO.interpol);
    expect(errorCode(await api.gql(REVOKE, { id: victimId }, attacker))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(REVOKE, { id: victimId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(REVOKE, { id: 'not-a-session-id' }, attacker))).toBe('NOT_FOUND');
    expect((await api.gql(`query { me { id } }`, {}, victim)).errors).toBeUndefined();
  });
});

describe('revokeOtherSessions', () => {
  it('ends every other session of one’s own and keeps this one', async () => {
    const others = [await api.signIn(DEMO.coordinator), await api.signIn(DEMO.coordinator)];
    const sockets = await Promise.all(others.map((token) => connectSocket(api.url, { token })));
    const closed = sockets.map((socket) => nextEvent(socket, 'disconnect'));
    const bystander = await api.signIn(DEMO.admin);
    const current = await api.signIn(DEMO.coordinator);

    expect((await api.gql(REVOKE_OTHERS, {}, current)).data).toEqual({ revokeOtherSessions: 2 });
    expect(await Promise.all(closed)).toEqual(['io server disconnect', 'io server disconnect']);
    for (const token of others)
      expect(errorCode(await api.gql(`query { me { id } }`, {}, token))).toBe('UNAUTHENTICATED');
    expect((await api.gql(`query { me { id } }`, {}, current)).errors).toBeUndefined();
    expect((await api.gql(`query { me { id } }`, {}, bystander)).errors).toBeUndefined();
    expect(errorCode(await api.gql(REVOKE_OTHERS))).toBe('UNAUTHENTICATED');
  });
});
