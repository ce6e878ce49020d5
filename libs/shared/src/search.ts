/** What full-text search finds, in the order the web app groups hits. */
export const SEARCH_KINDS = [
  'POST',
  'THREAD',
  'ATTACHMENT',
  'ASSISTANCE_REQUEST',
  'PROJECT',
  'ACTIVITY',
  'ORGANIZATION',
  'PERSON',
  'WORKSPACE',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Longest search query accepted, in characters. */
export const SEARCH_QUERY_MAX_LENGTH = 200;
