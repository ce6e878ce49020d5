import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';

/** The demo users as actors, to make demo records through the services as those people would. */
export async function demoActors(dataSource: DataSource): Promise<(email: string) => Actor> {
  const rows: (Omit<Actor, 'sessionId'> & { email: string })[] = await dataSource.query(
    `SELECT u.email, u.id AS "userId", u.organization_id AS "organizationId", o.kind AS "organizationKind",
            u.role, u.is_organization_admin AS "isOrganizationAdmin", u.preferred_language AS language
       FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.email LIKE '%.example'`,
  );
  const actors = new Map(rows.map(({ email, ...actor }) => [email, { ...actor, sessionId: 'demo-data' }]));
  return (email) => {
    const actor = actors.get(email);
    if (!actor) throw new Error(`demo data: no demo user ${email}`);
    return actor;
  };
}

/** Ids by natural key, e.g. organizations by 'UNODC' or 'STATE:PH'. */
export async function keyedIds(dataSource: DataSource, sql: string): Promise<(key: string) => string> {
  const rows: { key: string; id: string }[] = await dataSource.query(sql);
  const ids = new Map(rows.map((row) => [row.key, row.id]));
  return (key) => {
    const id = ids.get(key);
    if (!id) throw new Error(`demo data: nothing with key ${key}`);
    return id;
  };
}
