import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, errorCode, type GraphQLResponse, startTestApp, statementsDuring, type TestApp } from './harness.js';

/**
 * Organization units (UNOCT's UNCCT and SPIB, and those people add) and the reference data admins correct:
 * organizations, working-group memberships, the directory as of a date.
 */

const ORGANIZATION_UNITS = `query($id: ID!) {
  organization(id: $id) {
    key viewerCanEdit viewerCanManageUnits
    units { id acronym confirmed name fr: name(language: fr) parent { id acronym } organization { key } }
  }
}`;
const CREATE_UNIT = `mutation($input: CreateOrganizationUnitInput!) {
  createOrganizationUnit(input: $input) { id acronym confirmed name ar: givenName(language: ar) parent { id } organization { key } }
}`;
const UPDATE_UNIT = `mutation($input: UpdateOrganizationUnitInput!) {
  updateOrganizationUnit(input: $input) { id acronym confirmed name parent { id } }
}`;
const UPDATE_ORGANIZATION = `mutation($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { id status joinedAt leftAt confirmed name fr: name(language: fr) }
}`;
const DIRECTORY = `query($filter: OrganizationFilter) { organizations(filter: $filter, first: 1) { totalCount } }`;
const SET_MEMBERSHIP = `mutation($input: SetWorkingGroupMembershipInput!) {
  setWorkingGroupMembership(input: $input) { role fromDate toDate organization { key } workingGroup { key } }
}`;
const REMOVE_MEMBERSHIP = `mutation($input: RemoveWorkingGroupMembershipInput!) { removeWorkingGroupMembership(input: $input) }`;
const SET_USER_UNIT = `mutation($input: SetUserUnitInput!) { setUserUnit(input: $input) { id unit { acronym } } }`;

let api: TestApp;
const token: Record<keyof typeof DEMO, string> = {} as never;
const org: Record<string, string> = {};
const user: Record<string, string> = {};
const group: Record<string, string> = {};

const names = (en: string) => ({ en });
const field = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.field;
const unitCount = async () => Number((await api.sql('SELECT count(*) AS n FROM organization_units'))[0].n);

beforeAll(async () => {
  api = await startTestApp();
  for (const [name, email] of Object.entries(DEMO)) token[name as keyof typeof DEMO] = await api.signIn(email);
  for (const row of await api.sql('SELECT id, key FROM organizations')) org[row.key] = row.id;
  for (const row of await api.sql('SELECT id, email FROM users')) user[row.email] = row.id;
  for (const row of await api.sql('SELECT id, key FROM working_groups')) group[row.key] = row.id;
});
afterAll(() => api.close());

describe('the seeded units', () => {
  it('are UNCCT and SPIB under UNOCT, in six languages', async () => {
    const response = await api.gql(ORGANIZATION_UNITS, { id: org.UNOCT }, token.philippines);
    expect(response.errors).toBeUndefined();
    const units = response.data!.organization.units;
    expect(units.map((unit: any) => unit.acronym)).toEqual(['SPIB', 'UNCCT']);
    expect(units.find((unit: any) => unit.acronym === 'UNCCT')).toMatchObject({
      name: 'United Nations Counter-Terrorism Centre',
      fr: 'Centre des Nations Unies pour la lutte contre le terrorisme',
      confirmed: true,
      parent: null,
      organization: { key: 'UNOCT' },
    });
    expect(response.data!.organization).toMatchObject({ viewerCanEdit: false, viewerCanManageUnits: false });
  });

  it('are UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(ORGANIZATION_UNITS, { id: org.UNOCT }))).toBe('UNAUTHENTICATED');
  });
});

describe('createOrganizationUnit', () => {
  const input = (organizationId: string, extra: Record<string, unknown> = {}) => ({
    organizationId,
    acronym: 'CTS',
    names: { en: 'Counter-Terrorism Section', ar: 'قسم مكافحة الإرهاب' },
    ...extra,
  });

  it('is UNAUTHENTICATED when signed out, FORBIDDEN to others than admins and the organization’s admins', async () => {
    const before = await unitCount();
    expect(errorCode(await api.gql(CREATE_UNIT, { input: input(org.UNODC) }))).toBe('UNAUTHENTICATED');
    for (const who of ['coordinator', 'interpol', 'observer', 'maldives'] as const) {
      expect(errorCode(await api.gql(CREATE_UNIT, { input: input(org.UNODC) }, token[who]))).toBe('FORBIDDEN');
    }
    // UNODC's organization admin, for another organization.
    expect(errorCode(await api.gql(CREATE_UNIT, { input: input(org.UNOCT) }, token.unodc))).toBe('FORBIDDEN');
    expect(await unitCount()).toBe(before);
  });

  it('lets an organization admin add units to their own organization, and admins to any', async () => {
    const own = await api.gql(CREATE_UNIT, { input: input(org.UNODC) }, token.unodc);
    expect(own.errors).toBeUndefined();
    expect(own.data!.createOrganizationUnit).toMatchObject({
      acronym: 'CTS',
      name: 'Counter-Terrorism Section',
      ar: 'قسم مكافحة الإرهاب',
      confirmed: true,
      parent: null,
      organization: { key: 'UNODC' },
    });
    const [uncct] = await api.sql(`SELECT id FROM organization_units WHERE key = 'UNOCT/UNCCT'`);
    const section = await api.gql(
      CREATE_UNIT,
      { input: input(org.UNOCT, { parentId: uncct.id, acronym: 'CBS', confirmed: false }) },
      token.admin,
    );
    expect(section.data!.createOrganizationUnit).toMatchObject({ confirmed: false, parent: { id: uncct.id } });
    const page = await api.gql(ORGANIZATION_UNITS, { id: org.UNODC }, token.unodc);
    expect(page.data!.organization.viewerCanManageUnits).toBe(true);
    expect(page.data!.organization.units.map((unit: any) => unit.acronym)).toContain('CTS');
  });

  it.each([
    ['an empty name', (o: string) => input(o, { names: names('  ') }), 'names.en'],
    ['a name missing in English', (o: string) => input(o, { names: { fr: 'Section' } }), undefined],
    ['an acronym too long', (o: string) => input(o, { acronym: 'X'.repeat(21) }), 'acronym'],
  ])('refuses %s as BAD_USER_INPUT, writing nothing', async (_label, make, expectedField) => {
    const before = await unitCount();
    const response = await api.gql(CREATE_UNIT, { input: make(org.UNODC) }, token.unodc);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    if (expectedField) expect(field(response)).toBe(expectedField);
    expect(await unitCount()).toBe(before);
  });

  it('refuses a parent of another organization', async () => {
    const [spib] = await api.sql(`SELECT id FROM organization_units WHERE key = 'UNOCT/SPIB'`);
    const before = await unitCount();
    const response = await api.gql(CREATE_UNIT, { input: input(org.UNODC, { parentId: spib.id }) }, token.admin);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(field(response)).toBe('parentId');
    expect(await unitCount()).toBe(before);
  });
});

describe('updateOrganizationUnit', () => {
  let a: string;
  let b: string;
  let c: string;
  beforeAll(async () => {
    const make = async (acronym: string, parentId?: string) =>
      (
        await api.gql(
          CREATE_UNIT,
          { input: { organizationId: org.UNODC, acronym, parentId, names: names(`Unit ${acronym}`) } },
          token.admin,
        )
      ).data!.createOrganizationUnit.id as string;
    a = await make('A');
    b = await make('B', a);
    c = await make('C', b);
  });

  it('is UNAUTHENTICATED signed out, FORBIDDEN to others, NOT_FOUND for no unit', async () => {
    const input = { id: a, acronym: 'Z' };
    expect(errorCode(await api.gql(UPDATE_UNIT, { input }))).toBe('UNAUTHENTICATED');
    for (const who of ['coordinator', 'interpol', 'philippines'] as const) {
      expect(errorCode(await api.gql(UPDATE_UNIT, { input }, token[who]))).toBe('FORBIDDEN');
    }
    const missing = { id: '00000000-0000-4000-8000-000000000000', acronym: 'Z' };
    expect(errorCode(await api.gql(UPDATE_UNIT, { input: missing }, token.admin))).toBe('NOT_FOUND');
    expect((await api.sql('SELECT acronym FROM organization_units WHERE id = $1', [a]))[0].acronym).toBe('A');
  });

  it('renames, moves and confirms a unit for the organization’s admin', async () => {
    const response = await api.gql(
      UPDATE_UNIT,
      { input: { id: c, parentId: a, names: names('Unit C, renamed'), confirmed: false } },
      token.unodc,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateOrganizationUnit).toMatchObject({
      acronym: 'C',
      name: 'Unit C, renamed',
      confirmed: false,
      parent: { id: a },
    });
    const top = await api.gql(UPDATE_UNIT, { input: { id: c, parentId: null } }, token.unodc);
    expect(top.data!.updateOrganizationUnit.parent).toBeNull();
    await api.gql(UPDATE_UNIT, { input: { id: c, parentId: b } }, token.unodc);
  });

  it.each([
    ['itself', () => ({ id: a, parentId: a })],
    ['its child', () => ({ id: a, parentId: b })],
    ['its grandchild', () => ({ id: a, parentId: c })],
  ])('refuses a parent that is %s (a cycle), writing nothing', async (_label, input) => {
    const response = await api.gql(UPDATE_UNIT, { input: input() }, token.unodc);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(field(response)).toBe('parentId');
    expect((await api.sql('SELECT parent_id FROM organization_units WHERE id = $1', [a]))[0].parent_id).toBeNull();
  });

  it('refuses a parent of another organization and an empty name', async () => {
    const [spib] = await api.sql(`SELECT id FROM organization_units WHERE key = 'UNOCT/SPIB'`);
    const other = await api.gql(UPDATE_UNIT, { input: { id: b, parentId: spib.id } }, token.admin);
    expect(errorCode(other)).toBe('BAD_USER_INPUT');
    const empty = await api.gql(UPDATE_UNIT, { input: { id: b, names: names('') } }, token.admin);
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    const [row] = await api.sql('SELECT parent_id, names FROM organization_units WHERE id = $1', [b]);
    expect(row).toEqual({ parent_id: a, names: { en: 'Unit B' } });
  });
});

describe('setUserUnit', () => {
  it('places a person in a unit of their own organization only', async () => {
    const [cts] = await api.sql(`SELECT id FROM organization_units WHERE organization_id = $1 AND acronym = 'CTS'`, [
      org.UNODC,
    ]);
    const [uncct] = await api.sql(`SELECT id FROM organization_units WHERE key = 'UNOCT/UNCCT'`);
    const input = { userId: user[DEMO.unodc], unitId: cts.id };
    expect(errorCode(await api.gql(SET_USER_UNIT, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(SET_USER_UNIT, { input }, token.interpol))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(SET_USER_UNIT, { input }, token.coordinator))).toBe('FORBIDDEN');
    const wrong = await api.gql(SET_USER_UNIT, { input: { ...input, unitId: uncct.id } }, token.admin);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(field(wrong)).toBe('unitId');
    const ok = await api.gql(SET_USER_UNIT, { input }, token.unodc);
    expect(ok.data!.setUserUnit.unit).toEqual({ acronym: 'CTS' });
    const cleared = await api.gql(SET_USER_UNIT, { input: { ...input, unitId: null } }, token.admin);
    expect(cleared.data!.setUserUnit.unit).toBeNull();
  });
});

describe('updateOrganization', () => {
  it('is for platform admins only', async () => {
    const input = { id: org.FATF, confirmed: false };
    expect(errorCode(await api.gql(UPDATE_ORGANIZATION, { input }))).toBe('UNAUTHENTICATED');
    for (const who of ['coordinator', 'unodc', 'philippines'] as const) {
      expect(errorCode(await api.gql(UPDATE_ORGANIZATION, { input }, token[who]))).toBe('FORBIDDEN');
    }
    const missing = { id: '00000000-0000-4000-8000-000000000000', confirmed: false };
    expect(errorCode(await api.gql(UPDATE_ORGANIZATION, { input: missing }, token.admin))).toBe('NOT_FOUND');
  });

  it('corrects names, status, dates and the confirmed flag', async () => {
    const response = await api.gql(
      UPDATE_ORGANIZATION,
      {
        input: {
          id: org.IPU,
          names: { en: 'Inter-Parliamentary Union', fr: 'Union interparlementaire' },
          status: 'OBSERVER',
          joinedAt: '2021-03-01',
          confirmed: true,
        },
      },
      token.admin,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateOrganization).toMatchObject({
      status: 'OBSERVER',
      joinedAt: '2021-03-01',
      leftAt: null,
      confirmed: true,
      name: 'Inter-Parliamentary Union',
      fr: 'Union interparlementaire',
    });
  });

  it('shows a correction at once wherever the organization was shown, though pages keep it in memory', async () => {
    const shown = `query($id: ID!, $group: ID!) { organization(id: $id) { name } workingGroup(id: $group) { key } }`;
    const nameOf = async () =>
      (await api.gql(shown, { id: org.UNICRI, group: group.PCVE }, token.interpol)).data!.organization.name;
    const original = await nameOf();
    const statements = await statementsDuring(api, nameOf);
    expect(statements.filter((sql) => /FROM "organizations"|FROM "working_groups"/.test(sql))).toEqual([]);
    const renamed = {
      id: org.UNICRI,
      names: { en: 'United Nations Interregional Crime and Justice Research Institute (renamed)' },
    };
    expect((await api.gql(UPDATE_ORGANIZATION, { input: renamed }, token.admin)).errors).toBeUndefined();
    expect(await nameOf()).toBe(renamed.names.en);
    expect(original).not.toBe(renamed.names.en);
  });

  it('refuses a leaving date before the joining date, and bad dates, writing nothing', async () => {
    const before = (await api.sql('SELECT left_at FROM organizations WHERE id = $1', [org.IPU]))[0];
    const early = await api.gql(UPDATE_ORGANIZATION, { input: { id: org.IPU, leftAt: '2020-01-01' } }, token.admin);
    expect(errorCode(early)).toBe('BAD_USER_INPUT');
    expect(field(early)).toBe('leftAt');
    const bad = await api.gql(UPDATE_ORGANIZATION, { input: { id: org.IPU, joinedAt: '2021-02-30' } }, token.admin);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const empty = await api.gql(UPDATE_ORGANIZATION, { input: { id: org.IPU, names: names(' ') } }, token.admin);
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect((await api.sql('SELECT left_at FROM organizations WHERE id = $1', [org.IPU]))[0]).toEqual(before);
  });
});

describe('organizations(filter: { asOf })', () => {
  const entitiesAsOf = async (asOf?: string) =>
    (await api.gql(DIRECTORY, { filter: { kind: 'COMPACT_ENTITY', asOf } }, token.philippines)).data!.organizations
      .totalCount as number;

  it('counts the organizations that had joined and not left by a date', async () => {
    const now = await entitiesAsOf();
    const joinedLater = await api.sql(
      `SELECT count(*)::int AS n FROM organizations WHERE kind = 'COMPACT_ENTITY' AND joined_at > '2020-03-31'`,
    );
    expect(await entitiesAsOf('2020-03-31')).toBe(now - joinedLater[0].n);
    expect(joinedLater[0].n).toBeGreaterThan(0);
    // An entity that leaves is counted until the day before it left.
    await api.gql(UPDATE_ORGANIZATION, { input: { id: org.CTED, leftAt: '2030-01-01' } }, token.admin);
    expect(await entitiesAsOf('2029-12-31')).toBe(now);
    expect(await entitiesAsOf('2030-01-01')).toBe(now - 1);
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    const response = await api.gql(DIRECTORY, { filter: { asOf: '31/03/2020' } }, token.philippines);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(field(response)).toBe('filter.asOf');
  });
});

describe('working-group memberships', () => {
  const input = () => ({
    workingGroupId: group.BMLE,
    organizationId: org.IPU,
    role: 'VICE_CHAIR',
    fromDate: '2020-01-01',
  });

  it('are edited by platform admins only', async () => {
    expect(errorCode(await api.gql(SET_MEMBERSHIP, { input: input() }))).toBe('UNAUTHENTICATED');
    for (const who of ['coordinator', 'unodc', 'philippines'] as const) {
      expect(errorCode(await api.gql(SET_MEMBERSHIP, { input: input() }, token[who]))).toBe('FORBIDDEN');
      const remove = { workingGroupId: group.BMLE, organizationId: org.UNODC };
      expect(errorCode(await api.gql(REMOVE_MEMBERSHIP, { input: remove }, token[who]))).toBe('FORBIDDEN');
    }
  });

  it('adds an organization, changes its role and dates, and removes it', async () => {
    const added = await api.gql(SET_MEMBERSHIP, { input: input() }, token.admin);
    expect(added.errors).toBeUndefined();
    expect(added.data!.setWorkingGroupMembership).toEqual({
      role: 'VICE_CHAIR',
      fromDate: '2020-01-01',
      toDate: null,
      organization: { key: 'IPU' },
      workingGroup: { key: 'BMLE' },
    });
    const ended = await api.gql(
      SET_MEMBERSHIP,
      { input: { ...input(), role: 'OBSERVER', toDate: '2022-12-31' } },
      token.admin,
    );
    expect(ended.data!.setWorkingGroupMembership).toMatchObject({ role: 'OBSERVER', toDate: '2022-12-31' });
    const rows = await api.sql(
      'SELECT count(*)::int AS n FROM working_group_memberships WHERE working_group_id = $1 AND organization_id = $2',
      [group.BMLE, org.IPU],
    );
    expect(rows[0].n).toBe(1);
    const remove = { workingGroupId: group.BMLE, organizationId: org.IPU };
    expect((await api.gql(REMOVE_MEMBERSHIP, { input: remove }, token.admin)).data).toEqual({
      removeWorkingGroupMembership: true,
    });
    expect(errorCode(await api.gql(REMOVE_MEMBERSHIP, { input: remove }, token.admin))).toBe('NOT_FOUND');
  });

  it('refuses an end before the start, an unknown organization and an unknown role, writing nothing', async () => {
    const backwards = await api.gql(
      SET_MEMBERSHIP,
      { input: { ...input(), fromDate: '2021-01-01', toDate: '2020-01-01' } },
      token.admin,
    );
    expect(field(backwards)).toBe('toDate');
    const unknown = await api.gql(
      SET_MEMBERSHIP,
      { input: { ...input(), organizationId: '00000000-0000-4000-8000-000000000000' } },
      token.admin,
    );
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(field(unknown)).toBe('organizationId');
    const rows = await api.sql(
      'SELECT count(*)::int AS n FROM working_group_memberships WHERE working_group_id = $1 AND organization_id = $2',
      [group.BMLE, org.IPU],
    );
    expect(rows[0].n).toBe(0);
  });
});

describe('the unit of an activity and of a project', () => {
  const RECORD_ACTIVITY = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id unit { acronym } } }`;
  const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id unit { acronym } } }`;
  const activity = (unitId: string, organizerIds: string[]) => ({
    type: 'WORKSHOP',
    title: 'Workshop on border security',
    startDate: '2026-02-10',
    online: true,
    organizerIds,
    unitId,
  });
  const project = (unitId: string) => ({
    title: 'Border security project',
    leadEntityId: org.UNOCT,
    startDate: '2026-01-01',
    unitId,
  });
  const unitKey = async (key: string) =>
    (await api.sql(`SELECT id FROM organization_units WHERE key = $1`, [key]))[0].id;
  const count = async (table: 'activities' | 'projects') =>
    Number((await api.sql(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('is a unit of an organizer, or of the lead entity', async () => {
    const uncct = await unitKey('UNOCT/UNCCT');
    const recorded = await api.gql(
      RECORD_ACTIVITY,
      { input: activity(uncct, [org.UNOCT, org.UNODC]) },
      token.coordinator,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordActivity.unit).toEqual({ acronym: 'UNCCT' });
    const created = await api.gql(CREATE_PROJECT, { input: project(await unitKey('UNOCT/SPIB')) }, token.coordinator);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createProject.unit).toEqual({ acronym: 'SPIB' });
  });

  it('refuses a unit of another organization as BAD_USER_INPUT, writing nothing', async () => {
    const [cts] = await api.sql(`SELECT id FROM organization_units WHERE organization_id = $1 AND acronym = 'CTS'`, [
      org.UNODC,
    ]);
    const [activities, projects] = [await count('activities'), await count('projects')];
    const recorded = await api.gql(RECORD_ACTIVITY, { input: activity(cts.id, [org.UNOCT]) }, token.coordinator);
    expect(errorCode(recorded)).toBe('BAD_USER_INPUT');
    expect(field(recorded)).toBe('unitId');
    const created = await api.gql(CREATE_PROJECT, { input: project(cts.id) }, token.coordinator);
    expect(errorCode(created)).toBe('BAD_USER_INPUT');
    expect(field(created)).toBe('unitId');
    expect([await count('activities'), await count('projects')]).toEqual([activities, projects]);
  });
});
