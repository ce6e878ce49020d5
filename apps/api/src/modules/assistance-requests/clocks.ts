import type { AssistanceRequestStatus } from '@ctcp/shared';

/** The request's clocks: service-level deadlines in working days, and time spent per status. */

/** Adds working days (Monday to Friday, UTC) to a moment: 10 working days from a Friday is the Friday two weeks on. */
export function addWorkingDays(start: Date, days: number): Date {
  const due = new Date(start);
  let left = days;
  while (left > 0) {
    due.setUTCDate(due.getUTCDate() + 1);
    const weekday = due.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return due;
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
