import { SILENCE_MAX_DAYS, type DecisionStatus } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { isStaff, type SqlCondition } from './actors.js';
import { readableWorkspacesWhere, type WorkspaceAccess } from './workspaces.js';

/**
 * Decisions by silence procedure. A decision lives in a workspace and is read by whoever reads it. Pure
 * functions of the actor, what the workspace allows them (workspaceAccess) and the decision's facts, used
 * by the service before it touches data and by the viewer capability fields; tested as tables
 * (policy.test.ts).
 */

export interface DecisionFacts {
  status: DecisionStatus;
  silenceUntil: Date;
  proposedById: string;
  proposerOrganizationId: string;
}

/** Owners and moderators of the workspace, and coordinators and admins who read it, circulate proposals. */
export function mayProposeDecision(actor: Actor, access: WorkspaceAccess): boolean {
  return access.read && (access.moderate || isStaff(actor));
}

/**
 * Who objects, for their organization: whoever may write in the workspace (observers, and a State's people
 * where their State takes no part, only read). The proposing organization withdraws its proposal instead.
 */
export function mayObjectTo(actor: Actor, access: WorkspaceAccess, facts: DecisionFacts): boolean {
  return access.post && actor.organizationId !== facts.proposerOrganizationId;
}

/** Whether objections are still taken: until the deadline, unless adopted or withdrawn before. */
export function takesObjections(facts: DecisionFacts, now: Date): boolean {
  return (facts.status === 'OPEN' || facts.status === 'SILENCE_BROKEN') && facts.silenceUntil > now;
}

/** An objector whose organization has not objected yet, while objections are taken. */
export function mayBreakSilence(
  actor: Actor,
  access: WorkspaceAccess,
  facts: DecisionFacts,
  now: Date,
  organizationObjected: boolean,
): boolean {
  return mayObjectTo(actor, access, facts) && takesObjections(facts, now) && !organizationObjected;
}

/** Who withdraws a proposal: its proposer, the workspace's owners and moderators, and coordinators. */
export function mayWithdrawAny(actor: Actor, access: WorkspaceAccess, facts: DecisionFacts): boolean {
  return access.read && (actor.userId === facts.proposedById || access.moderate || isStaff(actor));
}

/** A proposal is withdrawn only while OPEN: once silence is broken or it is adopted, the record stays. */
export function mayWithdrawDecision(actor: Actor, access: WorkspaceAccess, facts: DecisionFacts): boolean {
  return mayWithdrawAny(actor, access, facts) && facts.status === 'OPEN';
}

/** The latest deadline a proposal may set, from `now`. */
export function latestSilenceUntil(now: Date): Date {
  return new Date(now.getTime() + SILENCE_MAX_DAYS * 24 * 60 * 60 * 1000);
}

/** SQL twin of reading a decision `d`: it is in a workspace the actor may read. */
export function readableDecisionsWhere(actor: Actor): SqlCondition {
  const readable = readableWorkspacesWhere(actor);
  return { sql: `d.workspace_id IN (SELECT w.id FROM workspaces w WHERE ${readable.sql})`, params: readable.params };
}
