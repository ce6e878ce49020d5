import type { MantineColor } from '@mantine/core';
import { ASSISTANCE_REQUEST_STATUSES, type AssistanceRequestStatus } from '@ctcp/shared';

/** One colour per status, wherever a status is shown (always next to its name, never alone). */
export const STATUS_COLORS: Record<AssistanceRequestStatus, MantineColor> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  UNDER_REVIEW: 'orange',
  MATCHED: 'violet',
  IN_PROGRESS: 'cyan',
  DELIVERED: 'green',
  CLOSED: 'dark',
  DECLINED: 'red',
  WITHDRAWN: 'gray',
};

/** The triage board's columns, in the order a request moves through them. */
export const BOARD_STATUSES: readonly AssistanceRequestStatus[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'MATCHED',
  'IN_PROGRESS',
  'DELIVERED',
];
/** Columns shown on demand: requests that have ended. */
export const ENDED_STATUSES: readonly AssistanceRequestStatus[] = ['CLOSED', 'DECLINED', 'WITHDRAWN'];

const order = (status: AssistanceRequestStatus) => ASSISTANCE_REQUEST_STATUSES.indexOf(status);

/** A move to an earlier status: a coordinator's correction. */
export function isBackward(from: AssistanceRequestStatus, to: AssistanceRequestStatus): boolean {
  return order(to) < order(from);
}

/** Declining, and corrections, must say why (the api refuses them without a note). */
export function moveNeedsNote(from: AssistanceRequestStatus, to: AssistanceRequestStatus): boolean {
  return to === 'DECLINED' || isBackward(from, to);
}

/**
 * Where the viewer may move a request: its `viewerTransitions`, and MATCHED when they may match it
 * (matching names the lead entity, so it has its own dialog).
 */
export function allowedMoves(request: {
  status: AssistanceRequestStatus;
  viewerTransitions: readonly AssistanceRequestStatus[];
  viewerCanMatch: boolean;
}): AssistanceRequestStatus[] {
  const moves = [...request.viewerTransitions];
  if (request.viewerCanMatch && request.status !== 'MATCHED' && !moves.includes('MATCHED')) moves.push('MATCHED');
  return moves.sort((a, b) => order(a) - order(b));
}
