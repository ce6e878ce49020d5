import type { SearchKind } from '@ctcp/shared';
import type { SqlCondition } from '../policy/actors.js';
import { readableAssistanceRequestsWhere } from '../policy/assistance-requests.js';
import { readableMarkingSql } from '../policy/classification.js';
import { visiblePeopleWhere } from '../policy/people.js';
import { readableActivitiesWhere, readableProjectsWhere, type Viewer } from '../policy/projects.js';

/**
 * Where each kind of hit comes from: a SELECT of its matching rows that the viewer may read now, with the
 * same columns for every kind (`kind, id, title, body, url, at, vector, workspace_id, marking`). Every source
 * matches `:query::tsquery` itself (what ctcp_search_query made of the text, asked by SearchService before),
 * so that the planner sees the query as a constant and estimates how many rows match, and narrows by the
 * policy's SQL twin of the kind's read rule, so a hit (and `totalCount`) never includes what the viewer may
 * not read. The kinds that live in workspaces keep to `:readableWorkspaceIds`, the workspaces the viewer may
 * read (the policy's SQL twin, asked by SearchService just before): a list the planner sees, instead of the
 * policy's subqueries in each of them to plan. `at` is indexed where a kind has many rows (posts by
 * creation, threads by last activity): SearchService takes the newest matches of each kind first.
 */
export interface SearchSource {
  kind: SearchKind;
  /** In the workspace filter's reach: the source has a workspace (`workspace_id` is not null). */
  inWorkspaces: boolean;
  /** Posts only (the window comes from posts.created_at's statistics): the newest first, older ones if too few match. */
  recentFirst?: boolean;
  select: (viewer: Viewer) => SqlCondition;
}

/** A source of a kind in workspaces: its SQL keeps to :readableWorkspaceIds, which SearchService gives. */
const inReadableWorkspaces = (sql: string) => (): SqlCondition => ({ sql, params: {} });

/**
 * The marking of the thread `t` the viewer may read (policy/classification.ts): CONFIDENTIAL in the
 * workspaces of :confidentialWorkspaceIds (SearchService asks the policy), STRICTLY_CONFIDENTIAL where named.
 */
const READABLE_MARKING = readableMarkingSql({
  userId: ':viewerUserId',
  confidential: 't.workspace_id = ANY(:confidentialWorkspaceIds::uuid[])',
});

/** The marking of a kind that has none (a typed literal: `::text` would read as the :text parameter). */
const UNMARKED = `text 'UNCLASSIFIED' AS marking`;
/** An activity carries its project's marking. */
const ACTIVITY_MARKING = `coalesce((SELECT p.classification FROM projects p WHERE p.id = a.project_id), 'UNCLASSIFIED') AS marking`;

const readable = (condition: SqlCondition, sql: (where: string) => string): SqlCondition => ({
  sql: sql(condition.sql),
  params: condition.params,
});

export const SEARCH_SOURCES: readonly SearchSource[] = [
  {
    kind: 'POST',
    inWorkspaces: true,
    recentFirst: true,
    select: inReadableWorkspaces(`
        SELECT 'POST' AS kind, p.id, t.title, p.body, '/threads/' || t.id || '#post-' || p.id AS url,
               p.created_at AS at, p.search_vector AS vector, t.workspace_id, t.classification AS marking
          FROM posts p JOIN threads t ON t.id = p.thread_id
         WHERE p.search_vector @@ :query::tsquery AND p.deleted_at IS NULL
           AND t.workspace_id = ANY(:readableWorkspaceIds::uuid[]) AND ${READABLE_MARKING}`),
  },
  {
    // Readable workspaces are checked on the thread itself, so that a walk down the most recently active
    // threads drops the unreadable ones as it reads them (an Arabic word's threads: 17 ms, now 7).
    kind: 'THREAD',
    inWorkspaces: true,
    select: inReadableWorkspaces(`
        SELECT 'THREAD' AS kind, t.id, t.title, w.name AS body, '/threads/' || t.id AS url,
               t.last_activity_at AS at, t.search_vector AS vector, w.id AS workspace_id,
               t.classification AS marking
          FROM threads t JOIN workspaces w ON w.id = t.workspace_id
         WHERE t.search_vector @@ :query::tsquery AND t.workspace_id = ANY(:readableWorkspaceIds::uuid[])
           AND ${READABLE_MARKING}`),
  },
  {
    // Files of posts, and files added to a workspace directly (opened in its Files tab); an upload that
    // neither has taken yet is its uploader's alone. A file carries its thread's marking, joined here as
    // FILE_THREAD_SQL says (joins, for the planner).
    // The snippet comes from the file's text, else from the thread's title or the workspace's name.
    kind: 'ATTACHMENT',
    inWorkspaces: true,
    select: inReadableWorkspaces(`
        SELECT 'ATTACHMENT' AS kind, f.id, f.file_name AS title,
               CASE WHEN f.text_content <> '' THEN f.text_content ELSE COALESCE(t.title, w.name) END AS body,
               CASE WHEN p.id IS NULL THEN '/workspaces/' || w.id || '?tab=files'
                    ELSE '/threads/' || t.id || '#post-' || p.id END AS url,
               f.created_at AS at, f.search_vector AS vector, w.id AS workspace_id,
               COALESCE(t.classification, pr.classification, 'UNCLASSIFIED') AS marking
          FROM attachments f JOIN workspaces w ON w.id = f.workspace_id
               LEFT JOIN posts p ON p.id = f.post_id
               LEFT JOIN assistance_requests r ON f.post_id IS NULL AND r.workspace_id = w.id
               LEFT JOIN projects pr ON f.post_id IS NULL AND pr.workspace_id = w.id
               LEFT JOIN threads t ON t.id = COALESCE(p.thread_id, r.thread_id)
         WHERE f.search_vector @@ :query::tsquery
           AND (f.added_to_workspace_at IS NOT NULL OR (p.id IS NOT NULL AND p.deleted_at IS NULL))
           AND w.id = ANY(:readableWorkspaceIds::uuid[]) AND (t.id IS NULL OR ${READABLE_MARKING})`),
  },
  {
    // Withdrawn requests leave search at once, as they leave the lists.
    kind: 'ASSISTANCE_REQUEST',
    inWorkspaces: false,
    select: (viewer) =>
      readable(
        readableAssistanceRequestsWhere(viewer),
        (where) => `
        SELECT 'ASSISTANCE_REQUEST' AS kind, r.id, r.title, r.description AS body, '/requests/' || r.id AS url,
               r.updated_at AS at, r.search_vector AS vector, NULL::uuid AS workspace_id,
               r.classification AS marking
          FROM assistance_requests r
         WHERE r.search_vector @@ :query::tsquery AND r.status <> 'WITHDRAWN' AND ${where}`,
      ),
  },
  {
    kind: 'PROJECT',
    inWorkspaces: false,
    select: (viewer) =>
      readable(
        readableProjectsWhere(viewer),
        (where) => `
        SELECT 'PROJECT' AS kind, p.id, p.title, p.summary AS body, '/projects/' || p.id AS url,
               p.updated_at AS at, p.search_vector AS vector, NULL::uuid AS workspace_id,
               p.classification AS marking
          FROM projects p
         WHERE p.search_vector @@ :query::tsquery AND ${where}`,
      ),
  },
  {
    kind: 'ACTIVITY',
    inWorkspaces: false,
    select: (viewer) =>
      readable(
        readableActivitiesWhere(viewer),
        (where) => `
        SELECT 'ACTIVITY' AS kind, a.id, a.title, a.description AS body, '/activities/' || a.id AS url,
               a.start_date::timestamptz AS at, a.search_vector AS vector, NULL::uuid AS workspace_id,
               ${ACTIVITY_MARKING}
          FROM activities a
         WHERE a.search_vector @@ :query::tsquery AND ${where}`,
      ),
  },
  {
    // Every signed-in person reads the directory of organizations.
    kind: 'ORGANIZATION',
    inWorkspaces: false,
    select: (viewer) => ({
      sql: `
        SELECT 'ORGANIZATION' AS kind, o.id,
               COALESCE(o.names ->> :viewerLanguage, o.names ->> 'en') AS title,
               COALESCE(o.acronym, '') AS body, '/organizations/' || o.id AS url,
               o.updated_at AS at, o.search_vector AS vector, NULL::uuid AS workspace_id, ${UNMARKED}
          FROM organizations o
         WHERE o.search_vector @@ :query::tsquery`,
      params: { viewerLanguage: viewer.language },
    }),
  },
  {
    // People of other States stay out of a State's search, as out of its directory; disabled accounts too.
    kind: 'PERSON',
    inWorkspaces: false,
    select: (viewer) =>
      readable(
        visiblePeopleWhere(viewer),
        (where) => `
        SELECT 'PERSON' AS kind, u.id, u.name AS title, u.email AS body, '/people/' || u.id AS url,
               u.created_at AS at, u.search_vector AS vector, NULL::uuid AS workspace_id, ${UNMARKED}
          FROM users u
         WHERE u.search_vector @@ :query::tsquery AND u.disabled_at IS NULL AND ${where}`,
      ),
  },
  {
    kind: 'WORKSPACE',
    inWorkspaces: true,
    select: inReadableWorkspaces(`
        SELECT 'WORKSPACE' AS kind, w.id, w.name AS title, w.description AS body, '/workspaces/' || w.id AS url,
               w.updated_at AS at, w.search_vector AS vector, w.id AS workspace_id, ${UNMARKED}
          FROM workspaces w
         WHERE w.search_vector @@ :query::tsquery AND w.id = ANY(:readableWorkspaceIds::uuid[])`),
  },
];
