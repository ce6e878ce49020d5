import type { Actor } from '../../common/actor.js';
import { isStaff, isStatePerson, type SqlCondition } from './actors.js';

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

export function mayReadProject(viewer: Viewer, project: { beneficiaryCountryCodes: readonly string[] }): boolean {
  if (!isStatePerson(viewer)) return true;
  return viewer.countryCode !== null && project.beneficiaryCountryCodes.includes(viewer.countryCode);
}

export function mayCreateProject(actor: Actor): boolean {
  return isStaff(actor);
}

export function mayEditProject(actor: Actor, project: { leadEntityId: string }): boolean {
  return isStaff(actor) || (actor.role === 'ENTITY_MEMBER' && actor.organizationId === project.leadEntityId);
}

export function mayReadActivity(
  viewer: Viewer,
  activity: { countryCode: string | null },
  project: { beneficiaryCountryCodes: readonly string[] } | null,
): boolean {
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

export function mayReadContribution(actor: Actor, contribution: { donorId: string }): boolean {
  return !isStatePerson(actor) || contribution.donorId === actor.organizationId;
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
  if (!isStatePerson(viewer)) return { sql: 'TRUE', params: {} };
  return {
    sql: ':viewerCountry = ANY(p.beneficiary_country_codes)',
    params: { viewerCountry: viewer.countryCode ?? '' },
  };
}

/** mayReadActivity as SQL on the activity `a`. */
export function readableActivitiesWhere(viewer: Viewer): SqlCondition {
  if (!isStatePerson(viewer)) return { sql: 'TRUE', params: {} };
  return {
    sql: `(a.country_code = :viewerCountry OR EXISTS (SELECT 1 FROM projects ap
            WHERE ap.id = a.project_id AND :viewerCountry = ANY(ap.beneficiary_country_codes)))`,
    params: { viewerCountry: viewer.countryCode ?? '' },
  };
}
