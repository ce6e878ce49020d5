import type { Classification } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { isStaff, isStaffSql, isStatePerson, type SqlCondition } from './actors.js';
import { mayBreakGlass } from './classification.js';

/**
 * Joint projects, activities, funding and reports. The Compact side (entities, coordinators, partner
 * organizations) reads them all; a State's people read what concerns their State only: projects it
 * benefits from, activities held in it, its own contributions and agreements. Coordinators record; the
 * lead entity's members edit their project; organizing entities' members record their activities.
 */

/** The actor as the policy sees them: their State's ISO code when they are a State's person. */
export interface Viewer extends Actor {
  countryCode: string | null;
}

/** What the rules read of a project. */
export interface ProjectFacts {
  beneficiaryCountryCodes: readonly string[];
  leadEntityId: string;
  /** Partner organizations. */
  partnerIds: readonly string[];
  /** Its marking (ST/SGB/2007/6); its workspace follows it. */
  classification: Classification;
  /** The coordinator who created it. */
  createdById: string | null;
  /** The people named on it when STRICTLY_CONFIDENTIAL. */
  participantIds: readonly string[];
}

/** Who reads an unmarked project: the Compact side all; a State's people, those their State benefits from. */
function readsUnmarked(viewer: Viewer, project: Pick<ProjectFacts, 'beneficiaryCountryCodes'>): boolean {
  if (!isStatePerson(viewer)) return true;
  return viewer.countryCode !== null && project.beneficiaryCountryCodes.includes(viewer.countryCode);
}

/** Its parties: coordinators, the lead and partner organizations' people, the beneficiary States' people. */
function isPartyTo(viewer: Viewer, project: ProjectFacts): boolean {
  if (isStaff(viewer)) return true;
  if (isStatePerson(viewer)) return readsUnmarked(viewer, project);
  return project.leadEntityId === viewer.organizationId || project.partnerIds.includes(viewer.organizationId);
}

const isNamedOn = (viewer: Pick<Actor, 'userId'>, project: ProjectFacts) =>
  project.createdById === viewer.userId || project.participantIds.includes(viewer.userId);

/**
 * Who reads the project (and its activities, funding and workspace), by its marking:
 *
 * | marking               | who                                                                               |
 * | --------------------- | --------------------------------------------------------------------------------- |
 * | UNCLASSIFIED          | the Compact side; a State's people when their State benefits from it               |
 * | CONFIDENTIAL          | its parties (isPartyTo) but people whose platform role is OBSERVER                  |
 * | STRICTLY_CONFIDENTIAL | the coordinator who created it and the people named on it (not OBSERVERs)          |
 *
 * Coordinators read a STRICTLY_CONFIDENTIAL project only when named.
 */
export function mayReadProject(viewer: Viewer, project: ProjectFacts): boolean {
  switch (project.classification) {
    case 'UNCLASSIFIED':
      return readsUnmarked(viewer, project);
    case 'CONFIDENTIAL':
      return viewer.role !== 'OBSERVER' && isPartyTo(viewer, project);
    case 'STRICTLY_CONFIDENTIAL':
      return viewer.role !== 'OBSERVER' && isNamedOn(viewer, project);
  }
}

/** Platform admins read a STRICTLY_CONFIDENTIAL project they are not named on only through an audited grant. */
export function mayBreakGlassOnProject(viewer: Viewer, project: ProjectFacts): boolean {
  return (
    mayBreakGlass(viewer) && project.classification === 'STRICTLY_CONFIDENTIAL' && !mayReadProject(viewer, project)
  );
}

/** Whom a STRICTLY_CONFIDENTIAL project may name: those who would read it were it CONFIDENTIAL. */
export function mayBeNamedOnProject(person: Viewer, project: ProjectFacts): boolean {
  return mayReadProject(person, { ...project, classification: 'CONFIDENTIAL' });
}

/** Up by coordinators and the lead and partner entities' people who read it: those who work on it. */
export function mayRaiseProjectMarking(actor: Viewer, project: ProjectFacts): boolean {
  return (
    mayReadProject(actor, project) &&
    (isStaff(actor) ||
      (actor.role !== 'OBSERVER' &&
        (project.leadEntityId === actor.organizationId || project.partnerIds.includes(actor.organizationId))))
  );
}

/** Down (and the people named) only by coordinators who read it: the moderators of its workspace. */
export function mayLowerProjectMarking(actor: Viewer, project: ProjectFacts): boolean {
  return mayReadProject(actor, project) && isStaff(actor);
}

export function mayCreateProject(actor: Actor): boolean {
  return isStaff(actor);
}

export function mayEditProject(actor: Actor, project: { leadEntityId: string }): boolean {
  return isStaff(actor) || (actor.role === 'ENTITY_MEMBER' && actor.organizationId === project.leadEntityId);
}

/** An activity of a marked project is read by the project's readers only; any other, as before. */
export function mayReadActivity(
  viewer: Viewer,
  activity: { countryCode: string | null },
  project: ProjectFacts | null,
): boolean {
  if (project !== null && project.classification !== 'UNCLASSIFIED') return mayReadProject(viewer, project);
  if (!isStatePerson(viewer)) return true;
  if (viewer.countryCode !== null && activity.countryCode === viewer.countryCode) return true;
  return project !== null && mayReadProject(viewer, project);
}

/** Coordinators record any activity; an entity's members, those their organization organizes. */
export function mayRecordActivity(actor: Actor, organizerIds: readonly string[]): boolean {
  return isStaff(actor) || (actor.role === 'ENTITY_MEMBER' && organizerIds.includes(actor.organizationId));
}

/** Whether the actor records any activity at all: as organizer, an entity member names their own organization. */
export function mayRecordAnyActivity(actor: Actor): boolean {
  return mayRecordActivity(actor, [actor.organizationId]);
}

export function mayRecordFunding(actor: Actor): boolean {
  return isStaff(actor);
}

export function mayReadContribution(
  viewer: Viewer,
  contribution: { donorId: string },
  project: ProjectFacts | null,
): boolean {
  if (project !== null && project.classification !== 'UNCLASSIFIED' && !mayReadProject(viewer, project)) return false;
  return !isStatePerson(viewer) || contribution.donorId === viewer.organizationId;
}

export function mayReadAgreement(actor: Actor, partyIds: readonly string[]): boolean {
  return !isStatePerson(actor) || partyIds.includes(actor.organizationId);
}

/** Quarterly reports and the dashboard draw on every State's records: the Compact side's. */
export function mayReadReports(actor: Actor): boolean {
  return !isStatePerson(actor);
}

// ---- SQL twins: the same rules for lists and search ----

/** mayReadProject as SQL on the project `p`. */
export function readableProjectsWhere(viewer: Viewer): SqlCondition {
  const params = {
    viewerCountry: viewer.countryCode ?? '',
    viewerOrganizationId: viewer.organizationId,
    viewerId: viewer.userId,
    viewerReadsMarked: viewer.role !== 'OBSERVER',
  };
  const unmarked = isStatePerson(viewer) ? ':viewerCountry = ANY(p.beneficiary_country_codes)' : 'TRUE';
  const party = isStaff(viewer)
    ? 'TRUE'
    : isStatePerson(viewer)
      ? unmarked
      : `(p.lead_entity_id = :viewerOrganizationId OR EXISTS (
           SELECT 1 FROM project_partners pp WHERE pp.project_id = p.id AND pp.organization_id = :viewerOrganizationId))`;
  return {
    sql: `((p.classification = 'UNCLASSIFIED' AND ${unmarked})
          OR (p.classification = 'CONFIDENTIAL' AND :viewerReadsMarked AND ${party})
          OR (p.classification = 'STRICTLY_CONFIDENTIAL' AND :viewerReadsMarked AND ${NAMED_ON_PROJECT_SQL}))`,
    params,
  };
}

/** SQL: the viewer :viewerId created the project `p` or is named on it. */
const NAMED_ON_PROJECT_SQL = `(p.created_by_id = :viewerId OR EXISTS (
  SELECT 1 FROM project_participants pn WHERE pn.project_id = p.id AND pn.user_id = :viewerId))`;

/** mayReadActivity as SQL on the activity `a`. */
export function readableActivitiesWhere(viewer: Viewer): SqlCondition {
  const project = readableProjectsWhere(viewer);
  const unmarked = isStatePerson(viewer)
    ? `(a.country_code = :viewerCountry OR EXISTS (SELECT 1 FROM projects p
          WHERE p.id = a.project_id AND :viewerCountry = ANY(p.beneficiary_country_codes)))`
    : 'TRUE';
  const markedProject = (readable: string) => `EXISTS (SELECT 1 FROM projects p
      WHERE p.id = a.project_id AND p.classification <> 'UNCLASSIFIED' AND ${readable})`;
  return {
    sql: `((NOT ${markedProject('TRUE')} AND ${unmarked}) OR ${markedProject(project.sql)})`,
    params: project.params,
  };
}

/**
 * mayReadContribution, and the project it funds when marked, as SQL on the contribution `c`: a contribution
 * to a marked project is a record of that project.
 */
export function readableContributionsWhere(viewer: Viewer): SqlCondition {
  const project = readableProjectsWhere(viewer);
  return {
    sql: `(${isStatePerson(viewer) ? 'c.donor_id = :viewerOrganizationId' : 'TRUE'} AND NOT EXISTS (
            SELECT 1 FROM projects p WHERE p.id = c.project_id AND p.classification <> 'UNCLASSIFIED' AND NOT ${project.sql}))`,
    params: project.params,
  };
}

/**
 * A person's part in the workspace of the project `p`, by its marking (mayReadProject for the lead's and
 * partners' people and coordinators, who are its parties): SQL on the person's `userId` and `platformRole`.
 */
export function projectMarkingAdmitsSql(person: { userId: string; platformRole: string }): string {
  return `(p.classification = 'UNCLASSIFIED' OR (${person.platformRole} <> 'OBSERVER' AND (p.classification = 'CONFIDENTIAL'
    OR p.created_by_id = ${person.userId}
    OR EXISTS (SELECT 1 FROM project_participants pn WHERE pn.project_id = p.id AND pn.user_id = ${person.userId}))))`;
}

/**
 * Enabled people among $2 (all when null) whose name or email contains $3 (any when null), by name, who may
 * be parties to the project $1 (coordinators, the lead's and partners' people, the beneficiary States'
 * people): those mayBeNamedOnProject may admit, with the facts it reads of them. A superset narrowed in
 * SQL; the rule itself decides.
 */
export const PROJECT_NAMING_CANDIDATES_SQL = `
  SELECT u.id, u.role, u.organization_id AS "organizationId", o.kind AS "organizationKind",
         o.country_code AS "countryCode"
    FROM projects p, users u JOIN organizations o ON o.id = u.organization_id
   WHERE p.id = $1 AND u.disabled_at IS NULL AND u.role <> 'OBSERVER'
     AND ($2::uuid[] IS NULL OR u.id = ANY($2::uuid[]))
     AND ($3::text IS NULL OR strpos(lower(u.name || ' ' || u.email), lower($3)) > 0)
     AND (${isStaffSql('u.role')} OR u.organization_id = p.lead_entity_id
          OR u.organization_id IN (SELECT pp.organization_id FROM project_partners pp WHERE pp.project_id = p.id)
          OR o.country_code = ANY(p.beneficiary_country_codes))
   ORDER BY u.name, u.id`;
