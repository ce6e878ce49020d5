import { WORKSPACE_KINDS, type WorkspaceKind } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { isStaff, isStatePerson } from './actors.js';

/**
 * What each person finds on their home page (`myWork`): the blocks of their side of the Compact. A block
 * only chooses what to gather; what is in it is still read through each record's own rule, so a State
 * sees its own requests only and an entity the requests in its scope.
 */

/** The three user groups the home page is made for; others (observers, partner organizations) get the shared part. */
export type MyWorkSide = 'COORDINATION' | 'STATE' | 'ENTITY';

export function myWorkSideOf(actor: Actor): MyWorkSide | null {
  if (isStaff(actor)) return 'COORDINATION';
  if (isStatePerson(actor) && actor.role === 'FOCAL_POINT') return 'STATE';
  if (actor.role === 'ENTITY_MEMBER' && actor.organizationKind === 'COMPACT_ENTITY') return 'ENTITY';
  return null;
}

/** Each block and the sides it is shown to; `unreadThreads` is everyone's. */
export const MY_WORK_BLOCKS = {
  requestsToTriage: ['COORDINATION'],
  offersToReview: ['COORDINATION'],
  stalledMatches: ['COORDINATION'],
  projectsAtRisk: ['COORDINATION'],
  overdueRequests: ['COORDINATION', 'STATE', 'ENTITY'],
  milestonesDue: ['COORDINATION', 'ENTITY'],
  stateRequests: ['STATE'],
  offersReceived: ['STATE'],
  plannedActivities: ['STATE'],
  openForOffer: ['ENTITY'],
  assignedRequests: ['ENTITY'],
  entityProjects: ['ENTITY'],
} as const satisfies Record<string, readonly MyWorkSide[]>;

export type MyWorkBlock = keyof typeof MY_WORK_BLOCKS;

export function hasMyWorkBlock(actor: Actor, block: MyWorkBlock): boolean {
  const side = myWorkSideOf(actor);
  return side !== null && (MY_WORK_BLOCKS[block] as readonly MyWorkSide[]).includes(side);
}

/**
 * Whose unread threads the home page lists: a coordinator's in the workspaces they take part in but the
 * requests' discussions (they take part in every one; the triage blocks bring those requests), a State's in
 * its requests' discussions, an entity's in its working groups (their updates), anyone else's everywhere.
 */
export function unreadThreadKindsOf(actor: Actor): readonly WorkspaceKind[] | 'ALL' {
  switch (myWorkSideOf(actor)) {
    case 'COORDINATION':
      return WORKSPACE_KINDS.filter((kind) => kind !== 'ASSISTANCE_REQUEST');
    case 'STATE':
      return ['ASSISTANCE_REQUEST'];
    case 'ENTITY':
      return ['WORKING_GROUP'];
    default:
      return 'ALL';
  }
}

/** Matched requests not moved for this long are "matches without progress". */
export const STALLED_MATCH_DAYS = 14;

/** Milestones due within this many days (or late) are "due". */
export const MILESTONE_HORIZON_DAYS = 14;
