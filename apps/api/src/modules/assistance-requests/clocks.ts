import type { AssistanceRequestStatus } from '@ctcp/shared';
import type { RequestSla } from '../../config/config.js';

/** The request's clocks: service-level deadlines in working days, and time spent per status. */

/**
 * Adds working days (Monday to Friday, UTC, but `holidays`, as YYYY-MM-DD) to a moment: 10 working days from a
 * Friday is the Friday two weeks on.
 */
export function addWorkingDays(start: Date, days: number, holidays: readonly string[] = []): Date {
  const due = new Date(start);
  let left = days;
  while (left > 0) {
    due.setUTCDate(due.getUTCDate() + 1);
    const weekday = due.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.includes(due.toISOString().slice(0, 10))) left -= 1;
  }
  return due;
}

/** When a request that reached `status` at `at` is overdue: waiting for review, for a match, for delivery. */
export function slaDueAt(status: AssistanceRequestStatus, at: Date, sla: RequestSla): Date | null {
  const days =
    status === 'SUBMITTED'
      ? sla.reviewWorkingDays
      : status === 'UNDER_REVIEW'
        ? sla.matchWorkingDays
        : status === 'IN_PROGRESS'
          ? sla.deliveryWorkingDays
          : null;
  return days === null ? null : addWorkingDays(at, days, sla.holidays);
}

/** Sums the time between consecutive steps per status; the current status runs until `now`. */
export function timeInStatus(
  steps: readonly { toStatus: AssistanceRequestStatus; createdAt: Date }[],
  now: Date,
): { status: AssistanceRequestStatus; seconds: number; current: boolean }[] {
  const totals = new Map<AssistanceRequestStatus, number>();
  steps.forEach((step, index) => {
    const end = steps[index + 1]?.createdAt ?? now;
    const seconds = Math.max(0, Math.round((end.getTime() - step.createdAt.getTime()) / 1000));
    totals.set(step.toStatus, (totals.get(step.toStatus) ?? 0) + seconds);
  });
  const current = steps.at(-1)?.toStatus;
  return [...totals].map(([status, seconds]) => ({ status, seconds, current: status === current }));
}
