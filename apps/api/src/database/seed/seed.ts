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
  });
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
  if (existing[0].count === DEMO_USERS.length) return;
  const passwordHash = await hashPassword(password);
  await dataSource.transaction(async (manager) => {
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
  });
}

async function idsByKey(manager: EntityManager, table: 'organizations'): Promise<Map<string, string>> {
  const rows: { id: string; key: string }[] = await manager.query(`SELECT id, key FROM ${table}`);
  return new Map(rows.map((row) => [row.key, row.id]));
}
