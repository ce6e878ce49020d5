import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/database/data-source.js';
import { DEMO_USERS, seedDemoDiscussions, seedDemoUsers, seedReferenceData } from '../src/database/seed/seed.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from './harness.js';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

const counts = () =>
  api.sql(`SELECT (SELECT count(*) FROM organizations)::int AS organizations,
                  (SELECT count(*) FROM working_groups)::int AS "workingGroups",
                  (SELECT count(*) FROM working_group_memberships)::int AS memberships,
                  (SELECT count(*) FROM organization_units)::int AS units,
                  (SELECT count(*) FROM users)::int AS users`);

describe('seeding', () => {
  it('loads the reference data: 47 entities, 193 Member States, 2 observer States, the EU, 9 working groups', async () => {
    const rows = await api.sql(`SELECT kind, count(*)::int AS count FROM organizations GROUP BY kind ORDER BY kind`);
    expect(rows).toEqual([
      { kind: 'COMPACT_ENTITY', count: 47 },
      { kind: 'MEMBER_STATE', count: 193 },
      { kind: 'OBSERVER_STATE', count: 2 },
      { kind: 'REGIONAL_ORGANIZATION', count: 1 },
    ]);
    const [iran] = await api.sql(`SELECT names FROM organizations WHERE key = 'STATE:IR'`);
    expect(iran.names.en).toBe('Iran (Islamic Republic of)');
    expect(Object.keys(iran.names).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect((await counts())[0]).toMatchObject({ workingGroups: 9, units: 2, users: DEMO_USERS.length });
    const units = await api.sql(`SELECT u.key, u.parent_id, o.key AS organization FROM organization_units u
                                   JOIN organizations o ON o.id = u.organization_id ORDER BY u.key`);
    expect(units).toEqual([
      { key: 'UNOCT/SPIB', parent_id: null, organization: 'UNOCT' },
      { key: 'UNOCT/UNCCT', parent_id: null, organization: 'UNOCT' },
    ]);
  });

  it('is idempotent and keeps what administrators corrected since', async () => {
    const before = await counts();
    await api.sql(`UPDATE organizations SET note = 'checked by an administrator', confirmed = true WHERE key = 'DESA'`);
    await api.sql(`UPDATE organization_units SET acronym = 'CT Centre' WHERE key = 'UNOCT/UNCCT'`);
    await api.sql(`DELETE FROM working_group_memberships WHERE organization_id = (SELECT id FROM organizations WHERE key = 'UNDP')
                     AND working_group_id = (SELECT id FROM working_groups WHERE key = 'PCVE')`);
    const dataSource = createDataSource(api.databaseUrl);
    await dataSource.initialize();
    try {
      await seedReferenceData(dataSource);
      await seedDemoUsers(dataSource, DEMO_PASSWORD);
    } finally {
      await dataSource.destroy();
    }
    const after = await counts();
    expect({ ...after[0], memberships: after[0].memberships + 1 }).toEqual(before[0]);
    const [desa] = await api.sql(`SELECT note, confirmed FROM organizations WHERE key = 'DESA'`);
    expect(desa).toEqual({ note: 'checked by an administrator', confirmed: true });
    const [uncct] = await api.sql(`SELECT acronym FROM organization_units WHERE key = 'UNOCT/UNCCT'`);
    expect(uncct.acronym).toBe('CT Centre');
  });

  it('gives every working group its workspace, and writes the demo discussions once', async () => {
    const rows = await api.sql(
      `SELECT g.key, w.visibility FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id ORDER BY g.sort_order`,
    );
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual({ key: 'CC', visibility: 'OPEN' });
    expect(rows.slice(1).every((row: any) => row.visibility === 'PRIVATE')).toBe(true);

    const dataSource = createDataSource(api.databaseUrl);
    await dataSource.initialize();
    try {
      await seedDemoDiscussions(dataSource);
      await seedDemoDiscussions(dataSource);
    } finally {
      await dataSource.destroy();
    }
    const threads = await api.sql(`SELECT title, post_count FROM threads ORDER BY created_at`);
    expect(threads).toEqual([
      {
        title: 'Bandos workshop on inter-agency cooperation on border security and CT (3–5 March 2020)',
        post_count: 2,
      },
      { title: 'Launch of the UN Global Counter-Terrorism Coordination Platform', post_count: 2 },
    ]);
    expect(await api.sql(`SELECT u.email FROM post_mentions m JOIN users u ON u.id = m.user_id`)).toEqual([
      { email: 'member@interpol.example' },
    ]);
  });
});
