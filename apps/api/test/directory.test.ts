import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE_MAX } from '@ctcp/shared';
import { DEMO, errorCode, startTestApp, type TestApp } from './harness.js';

const ORGANIZATIONS = `query Organizations($filter: OrganizationFilter, $first: Int, $after: String, $language: Language) {
  organizations(filter: $filter, first: $first, after: $after, language: $language) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id key kind acronym countryCode regionalGroup status confirmed name(language: $language) } }
  }
}`;
const ORGANIZATION = `query Organization($id: ID!) {
  organization(id: $id) { key name workingGroups { role workingGroup { key } } }
}`;
const WORKING_GROUPS = `query { workingGroups { id key kind confirmed name(language: fr)
  memberships { role organization { acronym } } } }`;
const WORKING_GROUP = `query WorkingGroup($id: ID!) { workingGroup(id: $id) { key name } }`;
const USERS = `query Users($filter: UserFilter) {
  users(filter: $filter) { totalCount edges { node { email organization { key } } } }
}`;
const USER = `query User($id: ID!) { user(id: $id) { email } }`;

let api: TestApp;
let admin: string;
let philippines: string;
let unodc: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApp();
  [admin, philippines, unodc] = await Promise.all([
    api.signIn(DEMO.admin),
    api.signIn(DEMO.philippines),
    api.signIn(DEMO.unodc),
  ]);
  for (const row of await api.sql(`SELECT id, email FROM users`)) ids[row.email] = row.id;
  for (const row of await api.sql(`SELECT id, key FROM organizations WHERE key IN ('UNOCT', 'STATE:MV', 'STATE:PH')`)) {
    ids[row.key] = row.id;
  }
});
afterAll(() => api.close());

describe('organizations', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(ORGANIZATIONS))).toBe('UNAUTHENTICATED');
  });

  it('lists the Compact entities, States and the EU from the reference data', async () => {
    const all = await api.gql(ORGANIZATIONS, { first: 1 }, philippines);
    expect(all.data?.organizations.totalCount).toBe(47 + 193 + 2 + 1);
    const entities = await api.gql(ORGANIZATIONS, { filter: { kind: 'COMPACT_ENTITY' }, first: 100 }, philippines);
    expect(entities.data?.organizations.totalCount).toBe(47);
    const states = await api.gql(ORGANIZATIONS, { filter: { kind: 'MEMBER_STATE' } }, philippines);
    expect(states.data?.organizations.totalCount).toBe(193);
    const african = await api.gql(ORGANIZATIONS, { filter: { kind: 'MEMBER_STATE', regionalGroup: 'AFRICAN' } }, unodc);
    expect(african.data?.organizations.totalCount).toBe(54);
  });

  it('searches acronyms, ISO codes and names in any of the six languages', async () => {
    const byAcronym = await api.gql(ORGANIZATIONS, { filter: { search: 'interpol' } }, unodc);
    expect(byAcronym.data?.organizations.edges.map((edge: any) => edge.node.key)).toContain('INTERPOL');
    const byArabicName = await api.gql(ORGANIZATIONS, { filter: { search: 'الفلبين' }, language: 'ar' }, unodc);
    expect(byArabicName.data?.organizations.edges[0].node).toMatchObject({ key: 'STATE:PH', countryCode: 'PH' });
    const unShortName = await api.gql(ORGANIZATIONS, { filter: { kind: 'MEMBER_STATE', search: 'IR' } }, unodc);
    expect(unShortName.data?.organizations.edges.map((edge: any) => edge.node.name)).toContain(
      'Iran (Islamic Republic of)',
    );
    const literalPercent = await api.gql(ORGANIZATIONS, { filter: { search: '%' } }, unodc);
    expect(literalPercent.data?.organizations.totalCount).toBe(0);
  });

  it('pages with cursors and clamps `first` to the maximum', async () => {
    const first = await api.gql(ORGANIZATIONS, { filter: { kind: 'MEMBER_STATE' }, first: 1000 }, admin);
    expect(first.data?.organizations.edges).toHaveLength(PAGE_SIZE_MAX);
    expect(first.data?.organizations.pageInfo.hasNextPage).toBe(true);
    const after = first.data?.organizations.pageInfo.endCursor;
    const second = await api.gql(ORGANIZATIONS, { filter: { kind: 'MEMBER_STATE' }, first: 100, after }, admin);
    expect(second.data?.organizations.edges).toHaveLength(93);
    expect(second.data?.organizations.pageInfo.hasNextPage).toBe(false);
    const keys = new Set(
      [...first.data!.organizations.edges, ...second.data!.organizations.edges].map((edge: any) => edge.node.key),
    );
    expect(keys.size).toBe(193);
  });

  it('sorts by the name in the requested language', async () => {
    const french = await api.gql(ORGANIZATIONS, { filter: { kind: 'MEMBER_STATE' }, first: 3, language: 'fr' }, admin);
    expect(french.data?.organizations.edges.map((edge: any) => edge.node.name)).toEqual([
      'Afghanistan',
      'Afrique du Sud',
      'Albanie',
    ]);
  });

  it('answers a malformed cursor or a negative page size with BAD_USER_INPUT and the field', async () => {
    const cursor = await api.gql(ORGANIZATIONS, { after: 'garbage' }, admin);
    expect(errorCode(cursor)).toBe('BAD_USER_INPUT');
    expect(cursor.errors?.[0].extensions?.field).toBe('after');
    const negative = await api.gql(ORGANIZATIONS, { first: -1 }, admin);
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const longSearch = await api.gql(ORGANIZATIONS, { filter: { search: 'x'.repeat(500) } }, admin);
    expect(longSearch.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });
});

describe('organization', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(ORGANIZATION, { id: ids.UNOCT }))).toBe('UNAUTHENTICATED');
  });

  it('is NOT_FOUND for an unknown id', async () => {
    const response = await api.gql(ORGANIZATION, { id: '00000000-0000-4000-8000-000000000000' }, philippines);
    expect(errorCode(response)).toBe('NOT_FOUND');
  });

  it('returns an organization with its working groups', async () => {
    const response = await api.gql(ORGANIZATION, { id: ids.UNOCT }, philippines);
    expect(response.data?.organization.key).toBe('UNOCT');
    expect(response.data?.organization.workingGroups).toContainEqual({ role: 'CHAIR', workingGroup: { key: 'CC' } });
  });
});

describe('workingGroups and workingGroup', () => {
  it('are UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(WORKING_GROUPS))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(WORKING_GROUP, { id: ids.UNOCT }))).toBe('UNAUTHENTICATED');
  });

  it('list the Coordination Committee first, then the 8 thematic groups, chairs first', async () => {
    const response = await api.gql(WORKING_GROUPS, {}, philippines);
    const groups = response.data!.workingGroups;
    expect(groups).toHaveLength(9);
    expect(groups[0]).toMatchObject({ key: 'CC', kind: 'COORDINATION_COMMITTEE' });
    for (const group of groups) {
      expect(group.memberships[0].role).toBe('CHAIR');
      expect(group.name).not.toBe('');
    }
    const detail = await api.gql(WORKING_GROUP, { id: groups[1].id }, philippines);
    expect(detail.data?.workingGroup.key).toBe(groups[1].key);
  });

  it('answers NOT_FOUND for an unknown working group', async () => {
    const response = await api.gql(WORKING_GROUP, { id: '00000000-0000-4000-8000-000000000000' }, philippines);
    expect(errorCode(response)).toBe('NOT_FOUND');
  });
});

describe('users and user: need-to-know between States', () => {
  it('are UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(USERS))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(USER, { id: ids[DEMO.admin] }))).toBe('UNAUTHENTICATED');
  });

  it("a focal point sees their own State's people and the Compact side, never another State's", async () => {
    const response = await api.gql(USERS, {}, philippines);
    const emails = response.data!.users.edges.map((edge: any) => edge.node.email);
    expect(emails).toContain(DEMO.philippines);
    expect(emails).toContain(DEMO.unodc);
    expect(emails).not.toContain(DEMO.maldives);
    expect(response.data!.users.totalCount).toBe(6);
    const filtered = await api.gql(USERS, { filter: { organizationId: ids['STATE:MV'] } }, philippines);
    expect(filtered.data!.users.totalCount).toBe(0);
    expect(errorCode(await api.gql(USER, { id: ids[DEMO.maldives] }, philippines))).toBe('NOT_FOUND');
  });

  it('Compact entity staff see everyone', async () => {
    const response = await api.gql(USERS, {}, unodc);
    expect(response.data!.users.totalCount).toBe(7);
    expect((await api.gql(USER, { id: ids[DEMO.maldives] }, unodc)).data?.user.email).toBe(DEMO.maldives);
  });

  it('filters by organization and searches names and emails', async () => {
    const byOrganization = await api.gql(USERS, { filter: { organizationId: ids.UNOCT } }, unodc);
    expect(byOrganization.data!.users.totalCount).toBe(2);
    const bySearch = await api.gql(USERS, { filter: { search: 'interpol' } }, unodc);
    expect(bySearch.data!.users.edges.map((edge: any) => edge.node.email)).toEqual([DEMO.interpol]);
  });
});

describe('counting', () => {
  it('answers `first: 0` with the total and no rows', async () => {
    const response = await api.gql(ORGANIZATIONS, { filter: { kind: 'MEMBER_STATE' }, first: 0 }, admin);
    expect(response.data?.organizations).toMatchObject({ totalCount: 193, edges: [], pageInfo: { hasNextPage: true } });
  });
});
