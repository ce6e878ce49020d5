import type { Classification, WorkspaceKind } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { badInput } from '../../common/errors.js';
import { isStaff, isStaffSql } from './actors.js';
import type { WorkspaceAccess } from './workspaces.js';

/**
 * Markings (UN ST/SGB/2007/6) on threads, their posts and their files, on top of the workspace's access:
 *
 * | marking               | who reads it, among those who read the workspace                                  |
 * | --------------------- | -------------------------------------------------------------------------------- |
 * | UNCLASSIFIED          | everyone                                                                         |
 * | CONFIDENTIAL          | a workspace role above observer, or coordinators and admins; never a platform OBSERVER |
 * | STRICTLY_CONFIDENTIAL | the people named on the record (its participants) who would read CONFIDENTIAL      |
 *
 * Platform admins read a STRICTLY_CONFIDENTIAL record they are not named on only through a "break glass"
 * grant they ask for with a reason, for BREAK_GLASS_MINUTES; the grant and each read are audited. Whoever may
 * not read a record gets NOT_FOUND, as if it did not exist, and nothing of it reaches them in lists, counts,
 * search, live events or notifications.
 */

export const CLASSIFICATION_RANK: Record<Classification, number> = {
  UNCLASSIFIED: 0,
  CONFIDENTIAL: 1,
  STRICTLY_CONFIDENTIAL: 2,
};

export const BREAK_GLASS_MINUTES = 60;

/** Every marking change and break-glass read says why: the reason, trimmed, or BAD_USER_INPUT. */
export function markingReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw badInput('reason', 'Give a reason.');
  return trimmed;
}

/**
 * A later drop of a record's marking, as asked with its new marking `to`: both the day and the marking or
 * neither, a day after today (UTC), a marking below `to`; BAD_USER_INPUT otherwise. The hourly jobs lower it then.
 */
export function declassificationOf(
  input: { declassifyOn?: string | null; declassifyTo?: Classification | null },
  to: Classification,
): { on: string; to: Classification } | null {
  const on = input.declassifyOn ?? null;
  const drop = input.declassifyTo ?? null;
  if (on === null && drop === null) return null;
  if (on === null) throw badInput('declassifyOn', 'Give the day the marking drops.');
  if (drop === null) throw badInput('declassifyTo', 'Choose the marking it drops to.');
  if (on <= new Date().toISOString().slice(0, 10)) throw badInput('declassifyOn', 'Give a day after today.');
  if (CLASSIFICATION_RANK[drop] >= CLASSIFICATION_RANK[to]) {
    throw badInput('declassifyTo', 'Choose a marking below the new one.');
  }
  return { on, to: drop };
}

/** What the rules need to know of one marked record and the actor. */
export interface MarkedRecordFacts {
  classification: Classification;
  authorId: string;
  /** The actor is one of the record's participants. */
  participant: boolean;
  /** The actor holds a break-glass grant on the record that has not expired. */
  breakGlass: boolean;
}

/** Reads CONFIDENTIAL records in a workspace whose access is `access`: the participants a picker offers. */
export function mayReadConfidentialIn(actor: Pick<Actor, 'role'>, access: WorkspaceAccess): boolean {
  if (!access.read || actor.role === 'OBSERVER') return false;
  return isStaff(actor) || (access.role !== null && access.role !== 'OBSERVER');
}

/** Reads the record through the workspace, without break glass. */
export function mayReadMarkedAsParty(actor: Actor, access: WorkspaceAccess, record: MarkedRecordFacts): boolean {
  switch (record.classification) {
    case 'UNCLASSIFIED':
      return access.read;
    case 'CONFIDENTIAL':
      return mayReadConfidentialIn(actor, access);
    case 'STRICTLY_CONFIDENTIAL':
      return record.participant && mayReadConfidentialIn(actor, access);
  }
}

export function mayReadMarked(actor: Actor, access: WorkspaceAccess, record: MarkedRecordFacts): boolean {
  return mayReadMarkedAsParty(actor, access, record) || (record.breakGlass && mayBreakGlass(actor));
}

/** Platform admins, on a STRICTLY_CONFIDENTIAL record they do not read as a party. */
export function mayBreakGlass(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'ADMIN';
}

/** Up by any participant who may write in the record. */
export function mayRaiseMarking(actor: Actor, access: WorkspaceAccess, record: MarkedRecordFacts): boolean {
  return access.post && mayReadMarkedAsParty(actor, access, record);
}

/** Down only by the workspace's owners and moderators who read the record. */
export function mayLowerMarking(actor: Actor, access: WorkspaceAccess, record: MarkedRecordFacts): boolean {
  return access.moderate && mayReadMarkedAsParty(actor, access, record);
}

/** The author and the workspace's owners and moderators name the participants of a STRICTLY_CONFIDENTIAL record. */
export function mayEditParticipants(actor: Actor, access: WorkspaceAccess, record: MarkedRecordFacts): boolean {
  return (
    record.classification === 'STRICTLY_CONFIDENTIAL' &&
    mayReadMarkedAsParty(actor, access, record) &&
    (access.moderate || (record.authorId === actor.userId && access.post))
  );
}

/**
 * A thread whose marking and people are its record's, changed on the record only: an assistance request's
 * discussion (policy/assistance-requests.ts).
 */
export const markingFollowsRecord = (workspace: { kind: WorkspaceKind }) => workspace.kind === 'ASSISTANCE_REQUEST';

/**
 * The lowest marking a thread of each workspace of $1 (ids) may carry: a marked project's workspace is covered
 * by the project's marking (policy/projects.ts), so none of its threads is shown below it; UNCLASSIFIED elsewhere.
 */
export const THREAD_MARKING_FLOORS_SQL = `
  SELECT w.id, coalesce(p.classification, 'UNCLASSIFIED') AS classification
    FROM unnest($1::uuid[]) AS w(id) LEFT JOIN projects p ON p.workspace_id = w.id`;

/** The markings below `floor`. */
export const markingsBelow = (floor: Classification): Classification[] =>
  (Object.keys(CLASSIFICATION_RANK) as Classification[]).filter(
    (marking) => CLASSIFICATION_RANK[marking] < CLASSIFICATION_RANK[floor],
  );

/** Each read of a STRICTLY_CONFIDENTIAL record is audited. */
export const isReadAudited = (classification: Classification) => classification === 'STRICTLY_CONFIDENTIAL';

/**
 * SQL twin of mayReadMarkedAsParty on a thread `t` whose workspace the viewer reads: `viewer.userId` is the
 * viewer's id and `viewer.confidential` a boolean SQL expression saying whether they read CONFIDENTIAL in
 * `t`'s workspace (mayReadConfidentialIn, decided beforehand).
 */
export function readableMarkingSql(viewer: { userId: string; confidential: string }): string {
  return `(t.classification = 'UNCLASSIFIED'
    OR (t.classification <> 'UNCLASSIFIED' AND ${viewer.confidential} AND (t.classification = 'CONFIDENTIAL'
        OR t.id IN (SELECT tp.thread_id FROM thread_participants tp WHERE tp.user_id = ${viewer.userId}))))`;
}

/**
 * SQL twin of mayReadMarkedAsParty for every person `u` on the thread :markedThreadId in workspace `w`
 * (which `u` reads: READABLE_BY_PERSON_SQL), whose marking is :markedClassification and `role` is the
 * SQL of `u`'s role in `w`: whom a live event or a notification about the thread may reach.
 */
export function markingReadableByPersonSql(role: string): string {
  return `(:markedClassification::text = 'UNCLASSIFIED'
    OR (u.role <> 'OBSERVER' AND (${isStaffSql('u.role')} OR ${role} IN ('OWNER', 'MODERATOR', 'MEMBER'))
        AND (:markedClassification::text = 'CONFIDENTIAL'
             OR u.id IN (SELECT tp.user_id FROM thread_participants tp WHERE tp.thread_id = :markedThreadId))))`;
}

/**
 * The thread whose marking the file `f` carries: its post's; for a file added to a workspace directly, the
 * discussion of the assistance request the workspace belongs to (which carries the request's marking); none
 * for a file added to any other workspace (a marked project's workspace covers it: FILE_MARKING_SQL).
 */
export const FILE_THREAD_SQL = `COALESCE(
  (SELECT p.thread_id FROM posts p WHERE p.id = f.post_id),
  (SELECT r.thread_id FROM assistance_requests r WHERE r.workspace_id = f.workspace_id))`;

/**
 * SQL twin of reading the file `f` at its marking (FILE_THREAD_SQL), for the viewer `viewer` in a workspace
 * they read.
 */
export function readableFileMarkingSql(viewer: { userId: string; confidential: string }): string {
  return `NOT EXISTS (SELECT 1 FROM threads t WHERE t.id = ${FILE_THREAD_SQL} AND NOT ${readableMarkingSql(viewer)})`;
}

/**
 * Of the file $1: the marking it carries (its thread's, else its marked project's; null for none), its
 * thread (null for none), and whether the viewer $2, who reads CONFIDENTIAL records in the file's workspace
 * when $3, may read it at its thread's marking, through a break-glass grant included. A project's marking is
 * enforced by who takes part in its workspace.
 */
export const FILE_MARKING_SQL = `
  SELECT COALESCE(t.classification,
                  (SELECT p.classification FROM projects p
                    WHERE p.workspace_id = f.workspace_id AND p.classification <> 'UNCLASSIFIED')) AS classification,
         t.id AS thread_id,
         (t.id IS NULL OR ${readableMarkingSql({ userId: '$2', confidential: '$3' })}
          OR t.id IN (SELECT g.thread_id FROM break_glass_grants g WHERE g.user_id = $2 AND g.expires_at > now()))
           AS readable
    FROM attachments f LEFT JOIN threads t ON t.id = ${FILE_THREAD_SQL}
   WHERE f.id = $1`;
