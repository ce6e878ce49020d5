import type { Language, PlatformRole } from '@ctcp/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/auth/passwords.js';
import { workspaceRoleOfBodyMember } from '../../modules/policy/governance.js';
import { governanceBodySeeds, organizationSeeds, organizationUnitSeeds, workingGroupSeeds } from './reference-data.js';

/**
 * Reference data (organizations, working groups) is inserted where missing and never overwritten:
 * administrators may correct it after the first start, and those corrections must survive restarts.
 */
export async function seedReferenceData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    // One statement for all ~240 rows: seeding runs at every start and should cost next to nothing.
    await manager.query(
      `INSERT INTO organizations (key, kind, acronym, names, country_code, regional_group, entity_type, status,
                                  joined_at, confirmed, note)
       SELECT key, kind, acronym, names, "countryCode", "regionalGroup", "entityType", status,
              "joinedAt"::date, confirmed, note
         FROM jsonb_to_recordset($1::jsonb) AS seed(key text, kind text, acronym text, names jsonb,
              "countryCode" text, "regionalGroup" text, "entityType" text, status text, "joinedAt" text,
              confirmed boolean, note text)
       ON CONFLICT (key) DO NOTHING`,
      [JSON.stringify(organizationSeeds())],
    );
    const organizationIds = await idsByKey(manager, 'organizations');
    // Parents come before their children in the seeds, so a parent's id is known when a child is inserted.
    for (const unit of organizationUnitSeeds()) {
      await manager.query(
        `INSERT INTO organization_units (key, organization_id, parent_id, acronym, names, confirmed)
         VALUES ($1, $2, (SELECT id FROM organization_units WHERE key = $3), $4, $5, $6)
         ON CONFLICT (key) DO NOTHING`,
        [
          unit.key,
          organizationIds.get(unit.organizationKey),
          unit.parentKey,
          unit.acronym,
          JSON.stringify(unit.names),
          unit.confirmed,
        ],
      );
    }
    for (const [index, workingGroup] of workingGroupSeeds().entries()) {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO working_groups (key, kind, names, confirmed, sort_order) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (key) DO NOTHING RETURNING id`,
        [workingGroup.key, workingGroup.kind, JSON.stringify(workingGroup.names), workingGroup.confirmed, index],
      );
      // Memberships come with a new working group only; later edits by people are left alone.
      if (inserted.length === 0) continue;
      for (const membership of workingGroup.memberships) {
        await manager.query(
          `INSERT INTO working_group_memberships (working_group_id, organization_id, role) VALUES ($1, $2, $3)`,
          [inserted[0].id, organizationIds.get(membership.organizationKey), membership.role],
        );
      }
    }
    await seedWorkingGroupWorkspaces(manager);
    await seedGovernanceBodies(manager, organizationIds);
  });
}

/**
 * Each governance body with its members, and their organizations in its workspace (guests as observers):
 * the Coordination Committee shares its working group's workspace, other bodies get a PRIVATE one.
 * Created once; later changes are left alone.
 */
async function seedGovernanceBodies(manager: EntityManager, organizationIds: Map<string, string>): Promise<void> {
  for (const body of governanceBodySeeds()) {
    const [exists] = await manager.query('SELECT 1 FROM governance_bodies WHERE key = $1', [body.key]);
    if (exists) continue;
    const [workspace]: { id: string }[] = body.workingGroupKey
      ? await manager.query(
          'SELECT w.id FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id WHERE g.key = $1',
          [body.workingGroupKey],
        )
      : await manager.query(
          `INSERT INTO workspaces (name, description, visibility, kind) VALUES ($1, '', 'PRIVATE', 'GOVERNANCE_BODY')
           RETURNING id`,
          [body.names.en],
        );
    const [{ id: bodyId }]: { id: string }[] = await manager.query(
      `INSERT INTO governance_bodies (key, acronym, names, confirmed, workspace_id) VALUES ($1, $2, $3, $4, $5)
       RETURNING id`,
      [body.key, body.acronym, JSON.stringify(body.names), body.confirmed, workspace.id],
    );
    const members = body.members.map((member) => ({
      organizationId: organizationIds.get(member.organizationKey),
      role: member.role,
      workspaceRole: workspaceRoleOfBodyMember(member.role),
    }));
    if (members.some((member) => !member.organizationId)) throw new Error(`seed: unknown member of ${body.key}`);
    await manager.query(
      `INSERT INTO governance_body_members (body_id, organization_id, role)
       SELECT $1, m."organizationId"::uuid, m.role FROM jsonb_to_recordset($2::jsonb) AS m("organizationId" text, role text)`,
      [bodyId, JSON.stringify(members)],
    );
    await manager.query(
      `INSERT INTO workspace_organizations (workspace_id, organization_id, role)
       SELECT $1, m."organizationId"::uuid, m."workspaceRole"
         FROM jsonb_to_recordset($2::jsonb) AS m("organizationId" text, "workspaceRole" text)
       ON CONFLICT (workspace_id, organization_id) DO UPDATE SET role = EXCLUDED.role`,
      [workspace.id, JSON.stringify(members)],
    );
  }
}

/**
 * Every working group gets its workspace, with the group's organizations as member organizations
 * (observers as observers). The Coordination Committee's is OPEN to every signed-in user; the
 * thematic groups' are PRIVATE. Created once; later changes are left alone.
 */
async function seedWorkingGroupWorkspaces(manager: EntityManager): Promise<void> {
  const created: { id: string; working_group_id: string }[] = await manager.query(
    `INSERT INTO workspaces (name, description, visibility, kind, working_group_id)
     SELECT g.names ->> 'en', '', CASE g.kind WHEN 'COORDINATION_COMMITTEE' THEN 'OPEN' ELSE 'PRIVATE' END,
            'WORKING_GROUP', g.id
       FROM working_groups g
      WHERE NOT EXISTS (SELECT 1 FROM workspaces w WHERE w.working_group_id = g.id)
     RETURNING id, working_group_id`,
  );
  for (const workspace of created) {
    await manager.query(
      `INSERT INTO workspace_organizations (workspace_id, organization_id, role)
       SELECT $1, m.organization_id, CASE m.role WHEN 'OBSERVER' THEN 'OBSERVER' ELSE 'MEMBER' END
         FROM working_group_memberships m WHERE m.working_group_id = $2`,
      [workspace.id, workspace.working_group_id],
    );
  }
}

interface DemoUser {
  email: string;
  name: string;
  organizationKey: string;
  role: PlatformRole;
  isOrganizationAdmin: boolean;
  preferredLanguage: Language;
}

/** The demo accounts of DESIGN.md section 4; all share DEMO_PASSWORD. */
export const DEMO_USERS: DemoUser[] = [
  {
    email: 'admin@unoct.example',
    name: 'Amina Haddad',
    organizationKey: 'UNOCT',
    role: 'ADMIN',
    isOrganizationAdmin: true,
    preferredLanguage: 'en',
  },
  {
    email: 'coordinator@unoct.example',
    name: 'Carlos Mendoza',
    organizationKey: 'UNOCT',
    role: 'COORDINATOR',
    isOrganizationAdmin: false,
    preferredLanguage: 'en',
  },
  {
    email: 'member@unodc.example',
    name: 'Ingrid Larsen',
    organizationKey: 'UNODC',
    role: 'ENTITY_MEMBER',
    isOrganizationAdmin: true,
    preferredLanguage: 'en',
  },
  {
    email: 'member@interpol.example',
    name: 'Jean-Luc Moreau',
    organizationKey: 'INTERPOL',
    role: 'ENTITY_MEMBER',
    isOrganizationAdmin: false,
    preferredLanguage: 'fr',
  },
  {
    email: 'focal.point@ph.example',
    name: 'Maria Santos',
    organizationKey: 'STATE:PH',
    role: 'FOCAL_POINT',
    isOrganizationAdmin: true,
    preferredLanguage: 'en',
  },
  {
    email: 'focal.point@mv.example',
    name: 'Ahmed Rasheed',
    organizationKey: 'STATE:MV',
    role: 'FOCAL_POINT',
    isOrganizationAdmin: false,
    preferredLanguage: 'en',
  },
  {
    email: 'observer@undp.example',
    name: 'Li Wei',
    organizationKey: 'UNDP',
    role: 'OBSERVER',
    isOrganizationAdmin: false,
    preferredLanguage: 'en',
  },
];

/** Creates the demo accounts that do not exist yet; existing ones (and their passwords) are kept. */
export async function seedDemoUsers(dataSource: DataSource, password: string): Promise<void> {
  const existing: { count: number }[] = await dataSource.query(
    'SELECT count(*)::int AS count FROM users WHERE email = ANY($1)',
    [DEMO_USERS.map((user) => user.email)],
  );
  // Hashing costs ~50 ms: skip it on the usual restart, where every demo account exists.
  const passwordHash = existing[0].count < DEMO_USERS.length ? await hashPassword(password) : null;
  await dataSource.transaction(async (manager) => {
    if (passwordHash) {
      const organizationIds = await idsByKey(manager, 'organizations');
      for (const user of DEMO_USERS) {
        await manager.query(
          `INSERT INTO users (email, name, password_hash, organization_id, role, is_organization_admin, preferred_language)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (email) DO NOTHING`,
          [
            user.email,
            user.name,
            passwordHash,
            organizationIds.get(user.organizationKey),
            user.role,
            user.isOrganizationAdmin,
            user.preferredLanguage,
          ],
        );
      }
    }
    // In each working group's workspace that has no members yet, the demo people of chairs become
    // owners, of vice-chairs moderators, of the other organizations members (observers stay observers).
    await manager.query(
      `INSERT INTO workspace_members (workspace_id, user_id, role)
       SELECT w.id, u.id, CASE m.role WHEN 'CHAIR' THEN 'OWNER' WHEN 'VICE_CHAIR' THEN 'MODERATOR'
                                      WHEN 'OBSERVER' THEN 'OBSERVER' ELSE 'MEMBER' END
         FROM workspaces w
         JOIN working_group_memberships m ON m.working_group_id = w.working_group_id
         JOIN users u ON u.organization_id = m.organization_id
        WHERE u.email = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM workspace_members x WHERE x.workspace_id = w.id)`,
      [DEMO_USERS.map((user) => user.email)],
    );
  });
}

async function idsByKey(manager: EntityManager, table: 'organizations'): Promise<Map<string, string>> {
  const rows: { id: string; key: string }[] = await manager.query(`SELECT id, key FROM ${table}`);
  return new Map(rows.map((row) => [row.key, row.id]));
}

interface DemoThread {
  workingGroupKey: string;
  title: string;
  pillars: string[];
  posts: { author: string; body: string; at: string }[];
}

/** Discussions of Q1 2020 (reference/q1-2020-highlights.md), so that workspaces are not empty in the demo. */
const DEMO_THREADS: DemoThread[] = [
  {
    workingGroupKey: 'CC',
    title: 'Launch of the UN Global Counter-Terrorism Coordination Platform',
    pillars: ['III'],
    posts: [
      {
        author: 'coordinator@unoct.example',
        at: '2020-03-26T14:00:00Z',
        body: 'UNOCT launched the **UN Global Counter-Terrorism Coordination Platform** today (26 March 2020, New York).\n\nAll Compact entities can now post updates and discuss in their working group workspaces. Questions welcome here.',
      },
      {
        author: 'member@unodc.example',
        at: '2020-03-26T15:30:00Z',
        body: 'Welcome news. UNODC will share the SALW project documents for Central Asia in the Border Management group.',
      },
    ],
  },
  {
    workingGroupKey: 'BMLE',
    title: 'Bandos workshop on inter-agency cooperation on border security and CT (3–5 March 2020)',
    pillars: ['II', 'III'],
    posts: [
      {
        author: 'coordinator@unoct.example',
        at: '2020-03-06T09:00:00Z',
        body: 'UNCCT and IOM held the joint multi-stakeholder workshop in Bandos, Maldives, with WCO, IMO and INTERPOL.\n\nFollow-up items:\n\n1. Share the list of participants by agency\n2. Draft the recommendations on inter-agency cooperation\n\n@member@interpol.example could INTERPOL circulate the briefing on biometric data sharing?',
      },
      {
        author: 'member@interpol.example',
        at: '2020-03-06T11:15:00Z',
        body: 'Yes, the briefing will follow this week. It covers the *sharing of biometric data for border security*.',
      },
    ],
  },
];

/** Demo discussions, written only into working group workspaces that have no thread yet. */
export async function seedDemoDiscussions(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (const demo of DEMO_THREADS) {
      const [workspace]: { id: string; working_group_id: string }[] = await manager.query(
        `SELECT w.id, w.working_group_id FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id
          WHERE g.key = $1 AND NOT EXISTS (SELECT 1 FROM threads t WHERE t.workspace_id = w.id)`,
        [demo.workingGroupKey],
      );
      if (!workspace) continue;
      const authorIds = new Map<string, string>(
        (
          await manager.query('SELECT email, id FROM users WHERE email = ANY($1)', [
            demo.posts.map((post) => post.author),
          ])
        ).map((row: { email: string; id: string }) => [row.email, row.id]),
      );
      const last = demo.posts[demo.posts.length - 1].at;
      const [thread]: { id: string }[] = await manager.query(
        `INSERT INTO threads (workspace_id, title, author_id, pillars, working_group_id, post_count, created_at, last_activity_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          workspace.id,
          demo.title,
          authorIds.get(demo.posts[0].author),
          demo.pillars,
          workspace.working_group_id,
          demo.posts.length,
          demo.posts[0].at,
          last,
        ],
      );
      for (const post of demo.posts) {
        const [row]: { id: string }[] = await manager.query(
          'INSERT INTO posts (thread_id, author_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
          [thread.id, authorIds.get(post.author), post.body, post.at],
        );
        await manager.query(
          `INSERT INTO post_mentions (post_id, user_id) SELECT $1, id FROM users WHERE $2 LIKE '%@' || email || '%'`,
          [row.id, post.body],
        );
        await manager.query(
          'INSERT INTO thread_followers (thread_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
          [thread.id, authorIds.get(post.author)],
        );
      }
    }
  });
}
