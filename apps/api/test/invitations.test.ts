import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_TOKEN_FAILURES_PER_ADDRESS } from '@ctcp/shared';
import { DEMO, errorCode, forwardedFor, startTestApp, type TestApp } from './harness.js';

const INVITE = `mutation Invite($input: InviteUserInput!) {
  inviteUser(input: $input) { acceptUrl invitation { id email role isOrganizationAdmin expiresAt organization { key } } }
}`;
const PREVIEW = `query Preview($token: String!) { invitation(token: $token) { email role organization { key name } } }`;
const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { accessToken user { email name role preferredLanguage organization { key } } }
}`;
const PENDING = `query Pending($organizationId: ID) { invitations(organizationId: $organizationId) { totalCount edges { node { email } } } }`;

let api: TestApp;
const organizations: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApp();
  for (const row of await api.sql(
    `SELECT id, key FROM organizations WHERE key IN ('UNODC', 'INTERPOL', 'STATE:PH', 'STATE:MV')`,
  )) {
    organizations[row.key] = row.id;
  }
});
afterAll(() => api.close());

const tokenOf = (acceptUrl: string) => new URL(acceptUrl).searchParams.get('token')!;

/** Asks from `address`, as the trusted loopback proxy reports it in X-Forwarded-For. */
const gqlFrom = (address: string, query: string, variables: Record<string, unknown>) =>
  api.gql(query, variables, undefined, forwardedFor(address));

describe('inviteUser', () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    email: 'new.analyst@unodc.example',
    organizationId: organizations.UNODC,
    role: 'ENTITY_MEMBER',
    isOrganizationAdmin: false,
    ...overrides,
  });

  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(INVITE, { input: input() }))).toBe('UNAUTHENTICATED');
  });

  it('is FORBIDDEN to people without the right', async () => {
    const observer = await api.signIn(DEMO.observer);
    expect(errorCode(await api.gql(INVITE, { input: input() }, observer))).toBe('FORBIDDEN');
    // An organization admin invites into their own organization only, and never staff roles.
    const unodcAdmin = await api.signIn(DEMO.unodc);
    expect(
      errorCode(await api.gql(INVITE, { input: input({ organizationId: organizations.INTERPOL }) }, unodcAdmin)),
    ).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(INVITE, { input: input({ role: 'COORDINATOR' }) }, unodcAdmin))).toBe('FORBIDDEN');
    // Coordinators bring people in but do not create admins.
    const coordinator = await api.signIn(DEMO.coordinator);
    expect(errorCode(await api.gql(INVITE, { input: input({ role: 'ADMIN' }) }, coordinator))).toBe('FORBIDDEN');
    expect(await api.sql(`SELECT id FROM invitations`)).toHaveLength(0);
  });

  it('answers bad input with BAD_USER_INPUT and the field, writing nothing', async () => {
    const admin = await api.signIn(DEMO.admin);
    const response = await api.gql(INVITE, { input: input({ email: 'not-an-email' }) }, admin);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(await api.sql(`SELECT id FROM invitations`)).toHaveLength(0);
  });

  it('lets an organization admin invite into their own organization, with a single-use link', async () => {
    const philippinesAdmin = await api.signIn(DEMO.philippines);
    const response = await api.gql(
      INVITE,
      {
        input: input({
          email: 'Deputy.Focal@PH.example',
          organizationId: organizations['STATE:PH'],
          role: 'FOCAL_POINT',
        }),
      },
      philippinesAdmin,
    );
    expect(response.errors).toBeUndefined();
    const { acceptUrl, invitation } = response.data!.inviteUser;
    expect(invitation).toMatchObject({
      email: 'deputy.focal@ph.example',
      role: 'FOCAL_POINT',
      organization: { key: 'STATE:PH' },
    });
    expect(acceptUrl).toMatch(/^http:\/\/ctcp\.test\/invitations\/accept\?token=/);
    const [row] = await api.sql(`SELECT token_hash FROM invitations WHERE id = $1`, [invitation.id]);
    expect(row.token_hash).not.toContain(tokenOf(acceptUrl)); // only a hash is stored
  });
});

describe('invitation (preview) and acceptInvitation', () => {
  let token: string;
  beforeAll(async () => {
    const coordinator = await api.signIn(DEMO.coordinator);
    const response = await api.gql(
      INVITE,
      {
        input: {
          email: 'analyst@interpol.example',
          organizationId: organizations.INTERPOL,
          role: 'ENTITY_MEMBER',
          isOrganizationAdmin: false,
        },
      },
      coordinator,
    );
    token = tokenOf(response.data!.inviteUser.acceptUrl);
  });

  it('previews a valid token without signing in, and answers NOT_FOUND for any other', async () => {
    const preview = await api.gql(PREVIEW, { token });
    expect(preview.data?.invitation).toMatchObject({
      email: 'analyst@interpol.example',
      role: 'ENTITY_MEMBER',
      organization: { key: 'INTERPOL' },
    });
    expect(errorCode(await api.gql(PREVIEW, { token: 'made-up' }))).toBe('NOT_FOUND');
  });

  it('rejects a weak password with BAD_USER_INPUT and creates nothing', async () => {
    const response = await api.gql(ACCEPT, { input: { token, name: 'Ana Lyst', password: 'short' } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await api.sql(`SELECT id FROM users WHERE email = 'analyst@interpol.example'`)).toHaveLength(0);
  });

  it('rejects a common password or the invited address itself with BAD_USER_INPUT and creates nothing', async () => {
    // 'Qwerty123456' is long enough, and on the list of leaked passwords.
    for (const password of ['Qwerty123456', 'analyst@interpol.example']) {
      const response = await api.gql(ACCEPT, { input: { token, name: 'Ana Lyst', password } });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    }
    expect(await api.sql(`SELECT id FROM users WHERE email = 'analyst@interpol.example'`)).toHaveLength(0);
  });

  it('creates the account, signs it in, and cannot be used twice', async () => {
    const input = { token, name: 'Ana Lyst', password: 'a-long-enough-passphrase', preferredLanguage: 'es' };
    const response = await api.gql(ACCEPT, { input });
    expect(response.data?.acceptInvitation.user).toEqual({
      email: 'analyst@interpol.example',
      name: 'Ana Lyst',
      role: 'ENTITY_MEMBER',
      preferredLanguage: 'es',
      organization: { key: 'INTERPOL' },
    });
    expect(await api.signIn('analyst@interpol.example', 'a-long-enough-passphrase')).toBeTruthy();
    expect(errorCode(await api.gql(ACCEPT, { input }))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(PREVIEW, { token }))).toBe('NOT_FOUND');
  });

  it('refuses an expired invitation', async () => {
    const admin = await api.signIn(DEMO.admin);
    const response = await api.gql(
      INVITE,
      {
        input: {
          email: 'late@unodc.example',
          organizationId: organizations.UNODC,
          role: 'OBSERVER',
          isOrganizationAdmin: false,
        },
      },
      admin,
    );
    await api.sql(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE email = 'late@unodc.example'`);
    const expired = tokenOf(response.data!.inviteUser.acceptUrl);
    expect(
      errorCode(
        await api.gql(ACCEPT, { input: { token: expired, name: 'Late', password: 'a-long-enough-passphrase' } }),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('invitations (pending list)', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(PENDING))).toBe('UNAUTHENTICATED');
  });

  it("is FORBIDDEN for another organization's invitations, and for the whole list to non-staff", async () => {
    const unodcAdmin = await api.signIn(DEMO.unodc);
    expect(errorCode(await api.gql(PENDING, { organizationId: organizations['STATE:PH'] }, unodcAdmin))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.gql(PENDING, {}, unodcAdmin))).toBe('FORBIDDEN');
  });

  it('shows pending invitations to the organization admin and to coordinators', async () => {
    const philippinesAdmin = await api.signIn(DEMO.philippines);
    const own = await api.gql(PENDING, { organizationId: organizations['STATE:PH'] }, philippinesAdmin);
    expect(own.data?.invitations.edges.map((edge: any) => edge.node.email)).toEqual(['deputy.focal@ph.example']);
    const coordinator = await api.signIn(DEMO.coordinator);
    const all = await api.gql(PENDING, {}, coordinator);
    expect(all.data?.invitations.totalCount).toBe(1); // accepted and expired ones are not pending
  });
});

describe('acceptInvitation under a flood of bogus tokens', () => {
  it('looks the token up before any password is hashed: twenty at once are all NOT_FOUND, and sign-in still answers', async () => {
    // From an address of their own: the earlier tests' unknown tokens do not count against these.
    const bogus = Array.from({ length: LINK_TOKEN_FAILURES_PER_ADDRESS }, (_, index) =>
      gqlFrom('192.0.2.20', ACCEPT, {
        input: { token: `no-such-token-${index}`, name: 'Nobody', password: 'a-long-password-2026' },
      }),
    );
    const signIn = api.signIn(DEMO.interpol);
    const answers = await Promise.all(bogus);
    expect(answers.map(errorCode)).toEqual(answers.map(() => 'NOT_FOUND'));
    expect(await signIn).toBeTruthy();
  }, 60_000);

  it(`stops an address after ${LINK_TOKEN_FAILURES_PER_ADDRESS} tokens that match nothing, not the others`, async () => {
    const admin = await api.signIn(DEMO.admin);
    const invited = await api.gql(
      INVITE,
      {
        input: {
          email: 'patient@unodc.example',
          organizationId: organizations.UNODC,
          role: 'ENTITY_MEMBER',
          isOrganizationAdmin: false,
        },
      },
      admin,
    );
    const token = tokenOf(invited.data!.inviteUser.acceptUrl);
    const acceptFrom = (address: string, variables: Record<string, unknown>) => gqlFrom(address, ACCEPT, variables);
    const input = (value: string) => ({ input: { token: value, name: 'Pat', password: 'a-long-password-2026' } });

    for (let guess = 0; guess < LINK_TOKEN_FAILURES_PER_ADDRESS; guess++) {
      expect(errorCode(await acceptFrom('203.0.113.66', input(`guess-${guess}`)))).toBe('NOT_FOUND');
    }
    // Even the right token: the address is stopped for a while; the invitation stays usable.
    expect(errorCode(await acceptFrom('203.0.113.66', input(token)))).toBe('RATE_LIMITED');
    expect(errorCode(await gqlFrom('203.0.113.66', PREVIEW, { token }))).toBe('RATE_LIMITED');
    const accepted = await acceptFrom('198.51.100.66', input(token));
    expect(accepted.data?.acceptInvitation.user.email).toBe('patient@unodc.example');
  }, 120_000);
});
