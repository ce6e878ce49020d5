import { STATE_KINDS, WORK_PLAN_DUE_MARGIN_DAYS, type WorkingGroupRole } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { isStaff, isStatePerson, type SqlCondition } from './actors.js';

/**
 * Six-month work plans, of a working group or of an organization unit. Pure functions of the actor, the
 * plan's owner and the actor's organization's place in the group (its current working-group membership
 * role, if any), used by the service before it touches data and by the viewer capability fields; with
 * SQL twins for lists and for whom to notify.
 *
 * - a working group's plan: read by the Compact side (every organization that is not a State) and by the
 *   people of the States that take part in the group; edited by the people of its chair and vice-chair
 *   organizations, and by coordinators and admins;
 * - a unit's plan: read by the unit's organization's people and the Compact side; edited by that
 *   organization's admins, and by coordinators and admins;
 * - an item is also edited by its leads who belong to its owner organization.
 */

export interface WorkPlanOwner {
  workingGroupId: string | null;
  /** The unit's organization, for a unit's plan. */
  organizationId: string | null;
}

export interface WorkPlanItemFacts {
  ownerOrganizationId: string;
  leadIds: readonly string[];
}

/** The actor's organization's current role in the plan's working group; null when it takes no part. */
export type GroupStanding = WorkingGroupRole | null;

const LEADING_ROLES: readonly WorkingGroupRole[] = ['CHAIR', 'VICE_CHAIR'];

export function mayReadWorkPlan(actor: Actor, plan: WorkPlanOwner, standing: GroupStanding): boolean {
  if (isStaff(actor) || !isStatePerson(actor)) return true;
  if (plan.workingGroupId) return standing !== null;
  return plan.organizationId === actor.organizationId;
}

/** Who creates a plan for this owner and edits it and all its items. People with the OBSERVER role only read. */
export function mayEditWorkPlan(actor: Actor, plan: WorkPlanOwner, standing: GroupStanding): boolean {
  if (!mayReadWorkPlan(actor, plan, standing)) return false;
  if (isStaff(actor)) return true;
  if (actor.role === 'OBSERVER') return false;
  if (plan.workingGroupId) return standing !== null && LEADING_ROLES.includes(standing);
  return actor.isOrganizationAdmin && plan.organizationId === actor.organizationId;
}

/** Who makes unit plans for any organization's units (coordinators and admins). */
export function mayPlanForAnyUnit(actor: Actor): boolean {
  return isStaff(actor);
}

/** Who makes plans for the units of their own organization. */
export function mayPlanForOwnUnits(actor: Actor): boolean {
  return mayEditWorkPlan(actor, { workingGroupId: null, organizationId: actor.organizationId }, null);
}

/** Editors of the plan, and the item's leads of its owner organization. */
export function mayEditWorkPlanItem(
  actor: Actor,
  plan: WorkPlanOwner,
  standing: GroupStanding,
  item: WorkPlanItemFacts,
): boolean {
  if (mayEditWorkPlan(actor, plan, standing)) return true;
  return (
    mayReadWorkPlan(actor, plan, standing) &&
    actor.role !== 'OBSERVER' &&
    actor.organizationId === item.ownerOrganizationId &&
    item.leadIds.includes(actor.userId)
  );
}

/** The first and last day of a plan's half year, as YYYY-MM-DD. */
export function periodBounds(year: number, half: number): { from: string; to: string } {
  return half === 1 ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

/** An item falls due within its plan's half year, or at most WORK_PLAN_DUE_MARGIN_DAYS before or after it. */
export function dueDateFits(dueDate: string, year: number, half: number): boolean {
  const { from, to } = periodBounds(year, half);
  const margin = WORK_PLAN_DUE_MARGIN_DAYS * 24 * 60 * 60 * 1000;
  const due = Date.parse(`${dueDate}T00:00:00Z`);
  return due >= Date.parse(`${from}T00:00:00Z`) - margin && due <= Date.parse(`${to}T00:00:00Z`) + margin;
}

const CURRENT_MEMBERSHIP = `(m.to_date IS NULL OR m.to_date >= current_date)`;
const STATES = STATE_KINDS.map((kind) => `'${kind}'`).join(', ');

/** SQL twin of mayReadWorkPlan on the plan `p`. */
export function readableWorkPlansWhere(actor: Actor): SqlCondition {
  if (isStaff(actor) || !isStatePerson(actor)) return { sql: 'TRUE', params: {} };
  return {
    sql: `(p.organization_id = :readerOrganizationId OR p.working_group_id IN (
            SELECT m.working_group_id FROM working_group_memberships m
             WHERE m.organization_id = :readerOrganizationId AND ${CURRENT_MEMBERSHIP}))`,
    params: { readerOrganizationId: actor.organizationId },
  };
}

/** mayReadWorkPlan as SQL on the person `u`: who may read a plan of this owner (leads must). */
export function workPlanReadersWhere(plan: WorkPlanOwner): SqlCondition {
  const compactSide = `(u.role IN ('ADMIN', 'COORDINATOR') OR u.organization_id IN (
      SELECT o.id FROM organizations o WHERE o.kind NOT IN (${STATES})))`;
  if (plan.workingGroupId) {
    return {
      sql: `(${compactSide} OR u.organization_id IN (SELECT m.organization_id FROM working_group_memberships m
              WHERE m.working_group_id = :planGroupId AND ${CURRENT_MEMBERSHIP}))`,
      params: { planGroupId: plan.workingGroupId },
    };
  }
  return {
    sql: `(${compactSide} OR u.organization_id = :planOrganizationId)`,
    params: { planOrganizationId: plan.organizationId },
  };
}

/**
 * Who hears that an item is at risk, as SQL on the person `u`: the people of the group's chair and
 * vice-chair organizations (who lead its plan), or the admins of the unit's organization.
 */
export function workPlanChairsWhere(plan: WorkPlanOwner): SqlCondition {
  if (plan.workingGroupId) {
    return {
      sql: `u.role <> 'OBSERVER' AND u.organization_id IN (SELECT m.organization_id FROM working_group_memberships m
              WHERE m.working_group_id = :chairGroupId AND m.role IN ('CHAIR', 'VICE_CHAIR') AND ${CURRENT_MEMBERSHIP})`,
      params: { chairGroupId: plan.workingGroupId },
    };
  }
  return {
    sql: `u.is_organization_admin AND u.organization_id = :chairOrganizationId`,
    params: { chairOrganizationId: plan.organizationId },
  };
}

/** The actor's organization's standing in a group, from its memberships (only those that last count). */
export function standingIn(
  workingGroupId: string | null,
  memberships: readonly { workingGroupId: string; role: WorkingGroupRole; toDate: string | null }[],
  today: string,
): GroupStanding {
  if (!workingGroupId) return null;
  const current = memberships.find(
    (membership) =>
      membership.workingGroupId === workingGroupId && (membership.toDate === null || membership.toDate >= today),
  );
  return current?.role ?? null;
}
