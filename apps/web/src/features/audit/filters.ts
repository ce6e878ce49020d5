import type { AuditEventFilter } from '../../gql/graphql';

/** The filters of the page, as they read in the address (`/audit?action=…&person=…&from=2030-01-31`). */
export interface AuditFilterValues {
  action: string;
  personId: string;
  organizationId: string;
  targetId: string;
  /** Calendar days (YYYY-MM-DD) in the reader's time zone, both included. */
  from: string;
  to: string;
}

/** Query string names of the filters. */
export const FILTER_PARAMS: Record<keyof AuditFilterValues, string> = {
  action: 'action',
  personId: 'person',
  organizationId: 'organization',
  targetId: 'target',
  from: 'from',
  to: 'to',
};

export const NO_FILTERS: AuditFilterValues = {
  action: '',
  personId: '',
  organizationId: '',
  targetId: '',
  from: '',
  to: '',
};

/** What the api records most often, offered as the action is typed (any other action may be typed). */
export const COMMON_ACTIONS = [
  'sign_in.failed',
  'sign_in.succeeded',
  'sign_in.two_factor',
  'sign_in.sso',
  'sign_in.sso_failed',
  'session.revoked',
  'session.refresh_token_reused',
  'password.changed',
  'password.reset_requested',
  'password.reset',
  'two_factor.enabled',
  'two_factor.disabled',
  'user.role_changed',
  'invitation.created',
  'invitation.accepted',
  'attachment.downloaded',
  'report.exported',
  'audit.exported',
  'meeting.scheduled',
  'meeting.cancelled',
  'decision.proposed',
  'decision.adopted',
  'workspace.member_added',
  'workspace.member_removed',
  'classified.read',
  'classification.changed',
  'classification.participants_changed',
  'classification.break_glass',
  'classification.declassified',
] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) => DAY.test(value) && !Number.isNaN(localMidnight(value).getTime());

export function readFilterValues(params: URLSearchParams): AuditFilterValues {
  const text = (key: keyof AuditFilterValues) => (params.get(FILTER_PARAMS[key]) ?? '').trim().slice(0, 100);
  const day = (key: 'from' | 'to') => {
    const value = text(key);
    return isDay(value) ? value : '';
  };
  return {
    action: text('action'),
    personId: text('personId'),
    organizationId: text('organizationId'),
    targetId: text('targetId'),
    from: day('from'),
    to: day('to'),
  };
}

export function hasFilters(values: AuditFilterValues): boolean {
  return Object.values(values).some((value) => value !== '');
}

/** Midnight starting the day, where the reader is. */
function localMidnight(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

/** The api's filter: the days become instants, from the reader's midnight to the midnight after `to`. */
export function toEventFilter(values: AuditFilterValues, { withOrganization }: { withOrganization: boolean }) {
  const end = values.to ? localMidnight(values.to) : null;
  end?.setDate(end.getDate() + 1);
  const filter: Required<{ [K in keyof AuditEventFilter]: string | null }> = {
    actorId: values.personId || null,
    organizationId: (withOrganization && values.organizationId) || null,
    action: values.action || null,
    targetId: values.targetId || null,
    from: values.from ? localMidnight(values.from).toISOString() : null,
    to: end ? end.toISOString() : null,
  };
  return filter;
}

/** The CSV download of the same events (the api reads the same filters). */
export function exportUrl(filter: ReturnType<typeof toEventFilter>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value) query.set(name, value);
  const search = query.toString();
  return `/exports/audit.csv${search ? `?${search}` : ''}`;
}
