import {
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
  SIGN_IN_MAX_FAILURES_PER_ADDRESS,
} from '@ctcp/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  DEMO_PASSWORD,
  errorCode,
  forwardedFor,
  type GraphQLResponse,
  SIGN_IN,
  startTestApp,
  type TestApp,
} from './harness.js';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api?.close());

/** Signs in from `address`, as the trusted loopback proxy reports it in X-Forwarded-For. */
const signInFrom = (address: string, email: string, password: string) =>
  api.gql(SIGN_IN, { email, password }, undefined, forwardedFor(address));

const codes = (answers: GraphQLResponse[]) =>
  answers
    .map((answer) => errorCode(answer) ?? 'OK')
    .reduce<Record<string, number>>((counts, code) => {
      counts[code] = (counts[code] ?? 0) + 1;
      return counts;
    }, {});

describe('sign-in limits', () => {
  it(
    'count atomically: of 40 wrong passwords at once, exactly the allowed number are checked',
    { timeout: 120_000 },
    async () => {
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, index) => signInFrom('198.51.100.1', DEMO.observer, `wrong-${index}`)),
      );
      expect(codes(answers)).toEqual({
        UNAUTHENTICATED: SIGN_IN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
        RATE_LIMITED: 40 - SIGN_IN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
      });
    },
  );

  it('never let failures from one address lock the account out of another', { timeout: 120_000 }, async () => {
    for (let attempt = 0; attempt < SIGN_IN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; attempt++) {
      expect(errorCode(await signInFrom('198.51.100.2', DEMO.coordinator, `wrong-${attempt}`))).toBe('UNAUTHENTICATED');
    }
    // The attacker's address is stopped, even with the right password...
    expect(errorCode(await signInFrom('198.51.100.2', DEMO.coordinator, DEMO_PASSWORD))).toBe('RATE_LIMITED');
    // ...the coordinator at their own desk is not.
    const own = await signInFrom('203.0.113.7', DEMO.coordinator, DEMO_PASSWORD);
    expect(own.errors).toBeUndefined();
    expect(own.data?.signIn.user.email).toBe(DEMO.coordinator);
  });

  it('stop an address that tries many accounts', { timeout: 120_000 }, async () => {
    for (let attempt = 0; attempt < SIGN_IN_MAX_FAILURES_PER_ADDRESS; attempt++) {
      const answer = await signInFrom('198.51.100.3', `nobody-${attempt}@nowhere.example`, 'wrong-password');
      expect(errorCode(answer)).toBe('UNAUTHENTICATED');
    }
    expect(errorCode(await signInFrom('198.51.100.3', DEMO.interpol, DEMO_PASSWORD))).toBe('RATE_LIMITED');
    expect(errorCode(await signInFrom('203.0.113.8', DEMO.interpol, DEMO_PASSWORD))).toBeUndefined();
  });

  it('stop an account attacked from many addresses at a much higher ceiling', { timeout: 300_000 }, async () => {
    // Failures spread over many addresses, as a botnet would (recorded directly: the growing delays make
    // the real thing slow on purpose).
    await api.sql(
      `INSERT INTO sign_in_attempts (email, ip_address, succeeded)
       SELECT $1, '192.0.2.' || n, false FROM generate_series(1, $2::int) AS n`,
      [DEMO.unodc, SIGN_IN_MAX_FAILURES_PER_ACCOUNT - 1],
    );
    // Below the ceiling the right password still works, from an address of its own (after a delay).
    expect(errorCode(await signInFrom('203.0.113.9', DEMO.unodc, DEMO_PASSWORD))).toBeUndefined();
    expect(errorCode(await signInFrom('192.0.2.250', DEMO.unodc, 'wrong-once-more'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await signInFrom('203.0.113.9', DEMO.unodc, DEMO_PASSWORD))).toBe('RATE_LIMITED');
  });
});
