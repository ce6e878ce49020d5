import type { Language, PlatformRole } from '@ctcp/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/auth/passwords.js';
import { organizationSeeds, workingGroupSeeds } from './reference-data.js';

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
  });
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
