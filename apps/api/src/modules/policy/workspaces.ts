import type {
  OrganizationKind,
  PlatformRole,
  WatchLevel,
  WorkspaceKind,
  WorkspaceRole,
  WorkspaceVisibility,
} from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { isStaff, isStaffSql, type SqlCondition } from './actors.js';
import { maySeePeopleOf } from './people.js';
import { projectMarkingAdmitsSql } from './projects.js';

/**
 * Workspaces. A person takes part through their own membership or their organization's, whichever is
 * stronger. The workspace of an assistance request or of a project has no members of its own: who takes
 * part is derived from the record as it is now (the request's State, offering and matched entities; the
 * project's lead and partners; coordinators and admins as moderators), so a re-match or a removed partner
 * takes access away at once. A marked project's workspace admits only those of them who read the project
 * (policy/projects.ts): its marking covers everything in it. OPEN workspaces are readable by every signed-in user.
 */

const WORKSPACE_ROLE_STRENGTH: Record<WorkspaceRole, number> = { OWNER: 4, MODERATOR: 3, MEMBER: 2, OBSERVER: 1 };

/** Kinds whose parties follow their record instead of membership rows. */
export const DERIVED_WORKSPACE_KINDS: readonly WorkspaceKind[] = ['ASSISTANCE_REQUEST', 'PROJECT'];
export const isDerivedWorkspace = (kind: WorkspaceKind) => DERIVED_WORKSPACE_KINDS.includes(kind);

export interface WorkspaceFacts {
  visibility: WorkspaceVisibility;
  kind: WorkspaceKind;
  /** The strongest role the person has in the workspace, stored or derived (workspaceRoleSql), if any. */
  role: WorkspaceRole | null;
}

export interface WorkspaceAccess {
  role: WorkspaceRole | null;
  read: boolean;
  post: boolean;
  moderate: boolean;
  manageMembers: boolean;
}

export function workspaceAccess(facts: WorkspaceFacts, platformRole?: PlatformRole): WorkspaceAccess {
  // People with the platform role OBSERVER only ever read.
  const role = facts.role && platformRole === 'OBSERVER' ? 'OBSERVER' : facts.role;
  const strength = role ? WORKSPACE_ROLE_STRENGTH[role] : 0;
  return {
    role,
    read: role !== null || facts.visibility === 'OPEN',
    post: strength >= WORKSPACE_ROLE_STRENGTH.MEMBER,
    moderate: strength >= WORKSPACE_ROLE_STRENGTH.MODERATOR,
    // Derived parties are not managed by hand. Platform admins assign people (e.g. the first owners)
    // without reading the workspace themselves.
    manageMembers:
      !isDerivedWorkspace(facts.kind) && (strength >= WORKSPACE_ROLE_STRENGTH.MODERATOR || platformRole === 'ADMIN'),
  };
}

/**
 * The organizations taking part in a derived workspace, as rows of `workspace_organizations` would say
 * it: SQL selecting `organization_id` and `role` of the workspace whose id is the SQL `workspaceId`.
 */
export const derivedOrganizationsSql = (workspaceId: string) => `
  SELECT party.organization_id, 'MEMBER' AS role
    FROM assistance_requests r
    CROSS JOIN LATERAL (
      SELECT r.requesting_state_id AS organization_id
      UNION SELECT r.lead_entity_id WHERE r.lead_entity_id IS NOT NULL
      UNION SELECT p.organization_id FROM assistance_request_partners p WHERE p.request_id = r.id
      UNION SELECT f.organization_id FROM assistance_offers f WHERE f.request_id = r.id
    ) party
   WHERE r.workspace_id = ${workspaceId}
  UNION
  SELECT party.organization_id, 'MEMBER' AS role
    FROM projects p
    CROSS JOIN LATERAL (
      SELECT p.lead_entity_id AS organization_id
      UNION SELECT pp.organization_id FROM project_partners pp WHERE pp.project_id = p.id
    ) party
   WHERE p.workspace_id = ${workspaceId}`;

/**
 * SQL twin of a person's role in the workspace `w` (the facts of workspaceAccess): the strongest of their
 * membership, their organization's, and, in a derived workspace, the role the record gives them; NULL
 * when they take no part. `person` names SQL expressions for the person's id, organization and platform role.
 */
export function workspaceRoleSql(person: { userId: string; organizationId: string; platformRole: string }): string {
  const derived = `w.kind IN (${DERIVED_WORKSPACE_KINDS.map((kind) => `'${kind}'`).join(', ')})`;
  return `(SELECT parties.role FROM (
      SELECT m.role FROM workspace_members m
       WHERE m.workspace_id = w.id AND m.user_id = ${person.userId} AND NOT ${derived}
      UNION ALL
      SELECT wo.role FROM workspace_organizations wo
       WHERE wo.workspace_id = w.id AND wo.organization_id = ${person.organizationId} AND NOT ${derived}
      UNION ALL
      SELECT 'MODERATOR' WHERE w.kind = 'ASSISTANCE_REQUEST' AND ${isStaffSql(person.platformRole)}
      UNION ALL
      SELECT 'MODERATOR' FROM projects p
       WHERE w.kind = 'PROJECT' AND p.workspace_id = w.id AND ${isStaffSql(person.platformRole)}
         AND ${projectMarkingAdmitsSql(person)}
      UNION ALL
      SELECT 'MEMBER' FROM assistance_requests r
       WHERE w.kind = 'ASSISTANCE_REQUEST' AND r.workspace_id = w.id AND (
             r.requesting_state_id = ${person.organizationId}
          OR r.lead_entity_id = ${person.organizationId}
          OR EXISTS (SELECT 1 FROM assistance_request_partners p
                      WHERE p.request_id = r.id AND p.organization_id = ${person.organizationId})
          OR EXISTS (SELECT 1 FROM assistance_offers f
                      WHERE f.request_id = r.id AND f.organization_id = ${person.organizationId}))
      UNION ALL
      SELECT 'MEMBER' FROM projects p
       WHERE w.kind = 'PROJECT' AND p.workspace_id = w.id AND (
             p.lead_entity_id = ${person.organizationId}
          OR EXISTS (SELECT 1 FROM project_partners pp
                      WHERE pp.project_id = p.id AND pp.organization_id = ${person.organizationId}))
         AND ${projectMarkingAdmitsSql(person)}
    ) parties
    ORDER BY CASE parties.role WHEN 'OWNER' THEN 4 WHEN 'MODERATOR' THEN 3 WHEN 'MEMBER' THEN 2 ELSE 1 END DESC
    LIMIT 1)`;
}

/** The actor, as the named parameters of viewerParams. */
const VIEWER = {
  userId: ':viewerUserId',
  organizationId: ':viewerOrganizationId',
  platformRole: ':viewerPlatformRole',
};

/** The actor's role in workspace `w`, as SQL with named parameters. */
export const actorWorkspaceRoleSql = workspaceRoleSql(VIEWER);

export const viewerParams = (actor: Actor) => ({
  viewerUserId: actor.userId,
  viewerOrganizationId: actor.organizationId,
  viewerPlatformRole: actor.role,
});

/**
 * SQL twin of `workspaceRoleSql(person) IS NOT NULL` on the workspace `w`, for one person known in advance
 * (named parameters): each way of taking part is a set of workspaces computed once (the planner hashes it),
 * so a list of every workspace the person may read probes sets instead of running the role subquery a row.
 */
export function takesPartSql(person: { userId: string; organizationId: string; platformRole: string }): string {
  const derived = `(${DERIVED_WORKSPACE_KINDS.map((kind) => `'${kind}'`).join(', ')})`;
  return `(
    (w.kind NOT IN ${derived} AND (
         w.id IN (SELECT m.workspace_id FROM workspace_members m WHERE m.user_id = ${person.userId})
      OR w.id IN (SELECT wo.workspace_id FROM workspace_organizations wo
                   WHERE wo.organization_id = ${person.organizationId})))
    OR (w.kind = 'ASSISTANCE_REQUEST' AND ${isStaffSql(person.platformRole)})
    OR (w.kind = 'ASSISTANCE_REQUEST' AND w.id IN (
          SELECT r.workspace_id FROM assistance_requests r WHERE r.requesting_state_id = ${person.organizationId}
          UNION ALL
          SELECT r.workspace_id FROM assistance_requests r WHERE r.lead_entity_id = ${person.organizationId}
          UNION ALL
          SELECT r.workspace_id FROM assistance_request_partners p JOIN assistance_requests r ON r.id = p.request_id
           WHERE p.organization_id = ${person.organizationId}
          UNION ALL
          SELECT r.workspace_id FROM assistance_offers f JOIN assistance_requests r ON r.id = f.request_id
           WHERE f.organization_id = ${person.organizationId}))
    OR (w.kind = 'PROJECT' AND w.id IN (
          SELECT p.workspace_id FROM projects p
           WHERE (${isStaffSql(person.platformRole)} OR p.lead_entity_id = ${person.organizationId}
                  OR p.id IN (SELECT pp.project_id FROM project_partners pp
                               WHERE pp.organization_id = ${person.organizationId}))
             AND ${projectMarkingAdmitsSql(person)})))`;
}

/** The actor takes part in the workspace `w` (a role, not only reading an OPEN one), as SQL. */
export function takingPartWhere(actor: Actor): SqlCondition {
  return { sql: takesPartSql(VIEWER), params: viewerParams(actor) };
}

/** SQL twin of `workspaceAccess(...).read` for the actor, on the workspace `w`. */
export function readableWorkspacesWhere(actor: Actor): SqlCondition {
  return { sql: `(w.visibility = 'OPEN' OR ${takesPartSql(VIEWER)})`, params: viewerParams(actor) };
}

/** The same, for every person `u` (enabled or not: the caller decides). */
export const READABLE_BY_PERSON_SQL = `(w.visibility = 'OPEN' OR ${workspaceRoleSql({
  userId: 'u.id',
  organizationId: 'u.organization_id',
  platformRole: 'u.role',
})} IS NOT NULL)`;

/**
 * What a person hears of a workspace when they chose nothing: its new threads if they take part in it (a
 * new thread is a working group's update), only mentions of them in an OPEN workspace they only read.
 */
export function defaultWatchLevel(access: Pick<WorkspaceAccess, 'role'>): WatchLevel {
  return access.role ? 'NEW_THREADS' : 'MENTIONS';
}

/** The levels defaultWatchLevel gives; any other needs the person's choice. */
export const DEFAULT_WATCH_LEVELS: readonly WatchLevel[] = ['NEW_THREADS', 'MENTIONS'];

/**
 * SQL twin of a person `u`'s watch level in workspace `w`: their choice, else defaultWatchLevel. The
 * person must read the workspace (READABLE_BY_PERSON_SQL) for it to mean anything.
 */
export const WATCH_LEVEL_OF_PERSON_SQL = `COALESCE(
    (SELECT ww.level FROM workspace_watches ww WHERE ww.workspace_id = w.id AND ww.user_id = u.id),
    CASE WHEN ${workspaceRoleSql({ userId: 'u.id', organizationId: 'u.organization_id', platformRole: 'u.role' })}
         IS NOT NULL THEN 'NEW_THREADS' ELSE 'MENTIONS' END)`;

/** Coordinators and admins open ad hoc workspaces. */
export function mayCreateWorkspace(actor: Actor): boolean {
  return isStaff(actor);
}

/** Only owners make owners; moderators manage members and observers. */
export function mayGrantWorkspaceRole(actor: Actor, access: WorkspaceAccess, role: WorkspaceRole): boolean {
  if (!access.manageMembers) return false;
  return actor.role === 'ADMIN' || access.role === 'OWNER' || role === 'MEMBER' || role === 'OBSERVER';
}

/**
 * In a PRIVATE workspace, a State's people see the members of their own State and of the Compact side,
 * never another State's; OPEN workspaces show everyone. Authors and mentions follow the same rule.
 */
export function maySeeWorkspaceMember(
  actor: Actor,
  visibility: WorkspaceVisibility,
  member: { organizationId: string; organizationKind: OrganizationKind },
): boolean {
  return visibility === 'OPEN' || maySeePeopleOf(actor, { id: member.organizationId, kind: member.organizationKind });
}
