/** Limits shared by the api (enforced) and the web app (shown in forms). */
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;
export const SEARCH_MAX_LENGTH = 100;

/** Access tokens are short-lived; the refresh token rotates on each use. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;
export const INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60;
/** How long the link of a password reset mail works (once). */
export const PASSWORD_RESET_TTL_SECONDS = 30 * 60;
/** A notification not seen in the app this long after it came is mailed to people who chose IMMEDIATE. */
export const IMMEDIATE_MAIL_DELAY_SECONDS = 2 * 60;

/** Failed sign-ins allowed per window, per account and per client address. */
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
/** Wrong passwords for one account from one address: then that address is stopped for that account. */
export const SIGN_IN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
/** Failed sign-ins from one address, whatever the accounts: then the address is stopped. */
export const SIGN_IN_MAX_FAILURES_PER_ADDRESS = 30;
/**
 * Wrong passwords for one account from all addresses: then the account is stopped everywhere. Far above the
 * per-address limit, so that stopping an account takes many addresses, and slowed on the way (below).
 */
export const SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 100;
/** After this many failures of an account, each attempt on it waits, twice as long each time, up to the cap. */
export const SIGN_IN_DELAY_AFTER_FAILURES = 5;
export const SIGN_IN_DELAY_BASE_MS = 100;
export const SIGN_IN_DELAY_MAX_MS = 4000;

/** Cookie names set by signIn/refreshSession for the browser. */
export const ACCESS_COOKIE = 'ctcp_access';
export const REFRESH_COOKIE = 'ctcp_refresh';

export const WORKSPACE_NAME_MAX_LENGTH = 120;
export const DESCRIPTION_MAX_LENGTH = 2000;
export const THREAD_TITLE_MAX_LENGTH = 200;
/** People named on one STRICTLY_CONFIDENTIAL record. */
export const PARTICIPANTS_MAX = 100;
/** The reason given for a marking change or a break-glass read. */
export const MARKING_REASON_MAX_LENGTH = 500;
export const POST_BODY_MAX_LENGTH = 20_000;

/** notifications.sync answers at most this many per call, oldest first; clients ask again for more. */
export const NOTIFICATION_SYNC_PAGE_SIZE = 100;
/** Largest Socket.IO message a client may send, and how many per window. */
export const SOCKET_MAX_MESSAGE_BYTES = 16 * 1024;
export const SOCKET_MESSAGES_PER_WINDOW = 30;
export const SOCKET_WINDOW_SECONDS = 10;

/** Attachments on posts: size limit, and the kinds accepted (checked by content, not by name). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_POST_MAX = 10;
export const ATTACHMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'text/plain',
  'text/csv',
] as const;
export type AttachmentContentType = (typeof ATTACHMENT_CONTENT_TYPES)[number];

/** Assistance requests: text limits shown in the forms and enforced by the api. */
export const REQUEST_TITLE_MAX_LENGTH = 200;
export const REQUEST_TEXT_MAX_LENGTH = 10_000;
export const REQUEST_NOTE_MAX_LENGTH = 4000;
/** Working days (Monday to Friday) a request may wait before it is flagged overdue; configurable on the api. */
export const REQUEST_REVIEW_SLA_WORKING_DAYS = 10;
export const REQUEST_MATCH_SLA_WORKING_DAYS = 30;
export const REQUEST_DELIVERY_SLA_WORKING_DAYS = 120;

/** Link tokens (invitations, password resets) that matched nothing, per address in the window, before RATE_LIMITED. */
export const LINK_TOKEN_FAILURES_PER_ADDRESS = 20;
export const LINK_TOKEN_WINDOW_SECONDS = 15 * 60;

/** Decisions by silence procedure: the longest silence period, and the length of an objection's reason. */
export const SILENCE_MAX_DAYS = 90;
export const DECISION_TEXT_MAX_LENGTH = 20_000;
export const OBJECTION_REASON_MAX_LENGTH = 2000;

/** Six-month work plans: an item's description, a progress note, and how many leads and links an item takes. */
export const WORK_PLAN_TEXT_MAX_LENGTH = 20_000;
export const PROGRESS_NOTE_MAX_LENGTH = 5000;
export const WORK_PLAN_ITEM_MAX_LEADS = 10;
export const WORK_PLAN_ITEM_MAX_LINKS = 20;
/** How far (days) before its period starts or after it ends an item may fall due; and when leads are reminded. */
export const WORK_PLAN_DUE_MARGIN_DAYS = 31;
export const WORK_PLAN_DUE_SOON_DAYS = 14;

/** Meetings of governance bodies: agenda items, documents, the place, and the outcome. */
export const MEETING_AGENDA_MAX_ITEMS = 40;
export const MEETING_AGENDA_ITEM_MAX_LENGTH = 500;
export const MEETING_MAX_DOCUMENTS = 20;
export const MEETING_PLACE_MAX_LENGTH = 300;
export const MEETING_OUTCOME_MAX_LENGTH = 20_000;
/** The longest a meeting may last (hours): a session over several days is several meetings. */
export const MEETING_MAX_HOURS = 24;
