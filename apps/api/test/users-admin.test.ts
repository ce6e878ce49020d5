import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, errorCode, startTestApp, type TestApp } from './harness.js';

const SET_ROLE = `mutation SetRole($input: SetUserRoleInput!) {
  setUserRole(input: $input) { id role isOrganizationAdmin }
}`;
const SET_DISABLED = `mutation SetDisabled($input: SetUserDisabledInput!) {
  setUserDisabled(input: $input) { id disabled disabledAt }
}`;
const UPDATE_PROFILE = `mutation UpdateProfile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) { name preferredLanguage }
}`;
const ME = `query { me { email } }`;

let api: TestApp;
const ids: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApp();
  for (const row of await api.sql(`SELECT id, email FROM users`)) ids[row.email] = row.id;
});
afterAll(() => api.close());

describe('setUserRole', () => {
  const input = () => ({ userId: ids[DEMO.observer], role: 'ENTITY_MEMBER', isOrganizationAdmin: true });

  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(SET_ROLE, { input: input() }))).toBe('UNAUTHENTICATED');
  });

  it('is FORBIDDEN to coordinators and organization admins', async () => {
    const coordinator = await api.signIn(DEMO.coordinator);
    expect(errorCode(await api.gql(SET_ROLE, { input: input() }, coordinator))).toBe('FORBIDDEN');
    const unodcAdmin = await api.signIn(DEMO.unodc);
    expect(errorCode(await api.gql(SET_ROLE, { input: input() }, unodcAdmin))).toBe('FORBIDDEN');
    const [row] = await api.sql(`SELECT role FROM users WHERE id = $1`, [ids[DEMO.observer]]);
    expect(row.role).toBe('OBSERVER');
  });

  it('lets a platform admin change a role, and records it in the audit log', async () => {
    const admin = await api.signIn(DEMO.admin);
    const response = await api.gql(SET_ROLE, { input: input() }, admin);
    expect(response.data?.setUserRole).toEqual({
      id: ids[DEMO.observer],
      role: 'ENTITY_MEMBER',
      isOrganizationAdmin: true,
    });
    const audit = await api.sql(`SELECT actor_id, details FROM audit_events WHERE action = 'user.role_changed'`);
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_id).toBe(ids[DEMO.admin]);
    expect(audit[0].details.before.role).toBe('OBSERVER');
  });

  it('refuses an admin changing their own role (no lock-out by accident)', async () => {
    const admin = await api.signIn(DEMO.admin);
    const response = await api.gql(
      SET_ROLE,
      { input: { userId: ids[DEMO.admin], role: 'OBSERVER', isOrganizationAdmin: false } },
      admin,
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it('answers an unknown role with BAD_USER_INPUT and an unknown person with NOT_FOUND', async () => {
    const admin = await api.signIn(DEMO.admin);
    const badRole = await api.gql(SET_ROLE, { input: { ...input(), role: 'SUPERUSER' } }, admin);
    expect(errorCode(badRole)).toBe('BAD_USER_INPUT');
    const badId = await api.gql(SET_ROLE, { input: { ...input(), userId: 'not-a-uuid' } }, admin);
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    const unknown = await api.gql(
      SET_ROLE,
      { input: { ...input(), userId: '00000000-0000-4000-8000-000000000000' } },
      admin,
    );
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });
});

describe('setUserDisabled', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(SET_DISABLED, { input: { userId: ids[DEMO.interpol], disabled: true } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it("is FORBIDDEN for an organization admin on another organization's people", async () => {
    const unodcAdmin = await api.signIn(DEMO.unodc);
    const response = await api.gql(SET_DISABLED, { input: { userId: ids[DEMO.interpol], disabled: true } }, unodcAdmin);
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it("is NOT_FOUND for a State's organization admin on another State's people (need-to-know)", async () => {
    const philippinesAdmin = await api.signIn(DEMO.philippines);
    const response = await api.gql(
      SET_DISABLED,
      { input: { userId: ids[DEMO.maldives], disabled: true } },
      philippinesAdmin,
    );
    expect(errorCode(response)).toBe('NOT_FOUND');
  });

  it("disables an account: its live tokens stop working at once and it can't sign in; enabling restores it", async () => {
    const victimToken = await api.signIn(DEMO.interpol);
    const admin = await api.signIn(DEMO.admin);
    const response = await api.gql(SET_DISABLED, { input: { userId: ids[DEMO.interpol], disabled: true } }, admin);
    expect(response.data?.setUserDisabled).toMatchObject({ disabled: true });
    expect(errorCode(await api.gql(ME, {}, victimToken))).toBe('UNAUTHENTICATED');
    await expect(api.signIn(DEMO.interpol)).rejects.toThrow(/UNAUTHENTICATED/);

    await api.gql(SET_DISABLED, { input: { userId: ids[DEMO.interpol], disabled: false } }, admin);
    expect((await api.gql(ME, {}, await api.signIn(DEMO.interpol))).data?.me.email).toBe(DEMO.interpol);
  });
});

describe('updateMyProfile', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(UPDATE_PROFILE, { input: { preferredLanguage: 'ar' } }))).toBe('UNAUTHENTICATED');
  });

  it('changes only the signed-in user, and the language is remembered', async () => {
    const token = await api.signIn(DEMO.maldives);
    const response = await api.gql(UPDATE_PROFILE, { input: { preferredLanguage: 'ar', name: ' Ahmed R. ' } }, token);
    expect(response.data?.updateMyProfile).toEqual({ name: 'Ahmed R.', preferredLanguage: 'ar' });
    const [row] = await api.sql(`SELECT preferred_language FROM users WHERE email = $1`, [DEMO.maldives]);
    expect(row.preferred_language).toBe('ar');
  });

  it('rejects an unknown language and an empty name without writing anything', async () => {
    const token = await api.signIn(DEMO.coordinator);
    expect(errorCode(await api.gql(UPDATE_PROFILE, { input: { preferredLanguage: 'de' } }, token))).toBe(
      'BAD_USER_INPUT',
    );
    const empty = await api.gql(UPDATE_PROFILE, { input: { name: '   ', preferredLanguage: 'fr' } }, token);
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const [row] = await api.sql(`SELECT name, preferred_language FROM users WHERE email = $1`, [DEMO.coordinator]);
    expect(row).toEqual({ name: 'Carlos Mendoza', preferred_language: 'en' });
  });
});
