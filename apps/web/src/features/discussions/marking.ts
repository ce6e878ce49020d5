import { type Classification, CLASSIFICATIONS } from '@ctcp/shared';

/** Markings in order, lowest first (UN ST/SGB/2007/6). */
export const MARKING_RANK: Record<Classification, number> = {
  UNCLASSIFIED: 0,
  CONFIDENTIAL: 1,
  STRICTLY_CONFIDENTIAL: 2,
};

/**
 * The markings the viewer may give a thread marked `current`, as the api lets them: higher ones when they
 * may raise it, lower ones when they may lower it, and the same one (to set or clear its declassification
 * day) when they may lower a marking it has.
 */
export function markingTargets(
  current: Classification,
  { mayRaise, mayLower }: { mayRaise: boolean; mayLower: boolean },
): Classification[] {
  return CLASSIFICATIONS.filter((marking) => {
    const difference = MARKING_RANK[marking] - MARKING_RANK[current];
    if (difference > 0) return mayRaise;
    if (difference < 0) return mayLower;
    return mayLower && current !== 'UNCLASSIFIED';
  });
}

/** A record that carries a marking as a thread does, with its own marking dialogs: an assistance request, a joint project. */
export type MarkedRecord = 'request' | 'project';

/** A request's or a project's marking, and what the api lets the viewer do about it. */
export interface RecordMarking {
  classification: Classification;
  viewerCanRaiseClassification: boolean;
  viewerCanLowerClassification: boolean;
}

/** The day a record's marking drops, and what to, when one is set (`declassifyOn`, `declassifyTo`). */
export interface ScheduledDeclassification {
  declassifyOn?: string | null;
  declassifyTo?: Classification | null;
}

/** A new marking of a request or a project as the api takes it, besides the record's id. */
export interface MarkingChange {
  classification: Classification;
  reason: string;
  /** STRICTLY_CONFIDENTIAL only: exactly the people named besides those the api names anyway. */
  participantIds?: string[];
  /** A day after today (YYYY-MM-DD) when the marking drops to `declassifyTo`; both or neither. */
  declassifyOn?: string;
  declassifyTo?: Classification;
}

/**
 * The markings the viewer may give a request or a project, as for a thread: higher ones when they may raise
 * it, lower ones when they may lower it, and the same one (to set the day it drops) when they may lower a
 * marking it has. Naming other people on a STRICTLY_CONFIDENTIAL one is EditRecordParticipantsDialog's.
 */
export function recordMarkingTargets(record: RecordMarking): Classification[] {
  return markingTargets(record.classification, {
    mayRaise: record.viewerCanRaiseClassification,
    mayLower: record.viewerCanLowerClassification,
  });
}

/** The lowest marking of a marked project's workspace: its threads carry at least that one. */
export type RaisedFloor = Exclude<Classification, 'UNCLASSIFIED'>;

/** The floor of a workspace when it is above UNCLASSIFIED (a marked project's), else null. */
export function raisedFloor(floor: Classification): RaisedFloor | null {
  return floor === 'UNCLASSIFIED' ? null : floor;
}

/** `marking` is below `floor`, the lowest marking a thread of its workspace may carry. */
export function isBelowFloor(marking: Classification, floor: Classification): boolean {
  return MARKING_RANK[marking] < MARKING_RANK[floor];
}

/**
 * What a record marked `marking` may drop to on its declassification day, highest first: none below `floor`
 * (a thread's workspace's lowest marking).
 */
export function lowerMarkings(marking: Classification, floor: Classification = 'UNCLASSIFIED'): Classification[] {
  return CLASSIFICATIONS.filter(
    (lower) => MARKING_RANK[lower] < MARKING_RANK[marking] && !isBelowFloor(lower, floor),
  ).reverse();
}

/** Today's calendar day in UTC (YYYY-MM-DD), the api's "today" for declassification days. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The first day a declassification day may be: tomorrow, in UTC. */
export function firstDeclassificationDay(now = new Date()): string {
  return todayUtc(new Date(now.getTime() + 24 * 60 * 60 * 1000));
}

/** A declassification day the api takes: a calendar day after today (UTC). */
export function isDeclassificationDay(value: string, now = new Date()): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && value > todayUtc(now);
}

/** Text for a CSS string (`content: "…"`): quotes, backslashes and line ends escaped. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}
