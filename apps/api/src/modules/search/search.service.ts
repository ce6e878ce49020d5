import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Classification, SEARCH_KINDS, type SearchKind } from '@ctcp/shared';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { type Page, toConnection } from '../../common/pagination.js';
import { ProjectsService } from '../projects/projects.service.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import { SEARCH_SOURCES } from './search-sources.js';
import type { SearchArgs, SearchConnection, SearchHit } from './search.types.js';

/** Marks ts_headline puts around matched words (private-use characters no text contains). */
const MARK_START = '\uE000';
const MARK_END = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** How much a year of age lowers a hit's relevance: recent records first among equally relevant ones. */
const RANK_HALF_LIFE_DAYS = 365;

/** How long where the recent posts begin is kept before it is read from the statistics again. */
const RECENT_POSTS_REREAD_MS = 60_000;

/**
 * Matches of each kind taken into account, newest first: a query matching more finds among them, and its
 * count says "at least" (`totalCountIsExact: false`).
 */
export const SEARCH_CANDIDATES_PER_KIND = 500;

interface HitRow {
  kind: SearchKind;
  id: string;
  title: string;
  headline: string;
  url: string;
  rank: number;
  at: Date;
  marking: Classification;
  total: number;
  capped: boolean;
}

/**
 * Full-text search over everything the viewer may read, in PostgreSQL alone: each kind's source
 * (search-sources.ts) matches its GIN-indexed `search_vector` against what ctcp_search_query makes of the
 * text (see the Search migration) and keeps only what the policy lets the viewer read; the newest matches of
 * each kind are ranked by relevance and age and counted in the same statement (two for a first page), and
 * only the page's hits get a snippet.
 */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projects: ProjectsService,
    private readonly workspaces: WorkspacesService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  private recentPosts: { since: Promise<Date | null>; until: number } | undefined;

  async search(actor: Actor, args: SearchArgs, page: Page): Promise<SearchConnection> {
    const kinds = new Set<SearchKind>(args.kinds?.length ? args.kinds : SEARCH_KINDS);
    const sources = SEARCH_SOURCES.filter(
      (source) => kinds.has(source.kind) && (!args.workspaceId || source.inWorkspaces),
    );
    const text = args.query.trim();
    if (sources.length === 0 || text === '') return toConnection([], 0, page);
    const [viewer, workspaces, recentSince, parsed] = await Promise.all([
      this.projects.viewer(actor),
      sources.some((source) => source.inWorkspaces)
        ? this.workspaces.readableAndConfidentialIds(actor)
        : { readable: [], confidential: [] },
      sources.some((source) => source.recentFirst) ? this.recentPostsSince() : null,
      this.parse(text),
    ]);

    const selects = sources.map((source) => ({ source, ...source.select(viewer) }));
    const filters = [
      'TRUE',
      args.workspaceId ? 's.workspace_id = :workspaceId' : null,
      args.from ? 's.at >= :from::date' : null,
      args.to ? "s.at < :to::date + interval '1 day'" : null,
    ].filter(Boolean);
    // The newest SEARCH_CANDIDATES_PER_KIND matches of each kind, found from the newest rows down (an index on
    // `at`) when a word is common, or from the text index when it is rare: the planner chooses by the
    // words' statistics. Ranking and counting all of 500,000 matches is what would not hold.
    const newest = (sql: string, where = 'TRUE') =>
      `SELECT * FROM (${sql}) s WHERE ${filters.join(' AND ')} AND ${where} ORDER BY s.at DESC LIMIT :candidates`;
    // Posts: the newest matches among the recent posts first (the planner may read both indexes at once),
    // then, only when those are too few (a one-time filter: otherwise not run), the newest older ones.
    const newestOf = ({ source, sql }: (typeof selects)[number]) => {
      if (!source.recentFirst || recentSince === null) return `(${newest(sql)})`;
      const recent = `recent_${source.kind.toLowerCase()}`;
      const tooFew = `(SELECT count(*) FROM ${recent}) < :candidates`;
      return `(WITH ${recent} AS MATERIALIZED (${newest(sql, 's.at >= :recentSince')})
        SELECT * FROM (SELECT * FROM ${recent}
                       UNION ALL
                       (${newest(sql, `s.at < :recentSince AND ${tooFew}`)})) s
         ORDER BY s.at DESC LIMIT :candidates)`;
    };
    const candidatesOf = (group: typeof selects) => `
      WITH candidates AS (${group.map(newestOf).join('\n UNION ALL \n')}),
      counted AS (SELECT candidates.*, count(*) OVER (PARTITION BY kind) AS of_kind FROM candidates)`;
    const params = Object.assign({}, ...selects.map((select) => select.params), {
      ...parsed,
      readableWorkspaceIds: workspaces.readable,
      confidentialWorkspaceIds: workspaces.confidential,
      recentSince,
      viewerUserId: actor.userId,
      workspaceId: args.workspaceId,
      from: args.from,
      to: args.to,
      candidates: SEARCH_CANDIDATES_PER_KIND,
      now: new Date(),
      limit: page.limit,
      offset: page.offset,
      headlineOptions: HEADLINE_OPTIONS,
    });

    // The first page, which nearly every search is, ranks the posts (the one kind of millions of rows) and the
    // other kinds in two statements on two connections at once, so that both cores work on it, and takes the
    // page from both; a later page ranks every kind in one statement (each of two would have to snippet its
    // `offset + first` best).
    const posts = selects.filter((select) => select.source.recentFirst);
    const others = selects.filter((select) => !select.source.recentFirst);
    const groups = page.offset === 0 && posts.length > 0 && others.length > 0 ? [posts, others] : [selects];
    const ranked = await Promise.all(groups.map((group) => this.rankedPage(candidatesOf(group), params)));
    const rows = ranked
      .flatMap((group) => group.rows)
      .sort(inPageOrder)
      .slice(0, page.limit);
    const total = ranked.reduce((sum, group) => sum + group.total, 0);
    const capped = ranked.some((group) => group.capped);
    return toConnection(rows.map(toHit), total, page, !capped);
  }

  /**
   * The page of these candidates' hits, ranked by relevance and age, with how many there are; only the page's
   * hits get a snippet. Rank as float8 and time to the millisecond, so that inPageOrder, merging two pages
   * with JavaScript numbers and dates, sorts exactly as this SQL does.
   */
  private async rankedPage(
    candidates: string,
    params: Record<string, unknown>,
  ): Promise<{ rows: HitRow[]; total: number; capped: boolean }> {
    const rows = await this.query<HitRow>(
      `${candidates},
      ranked AS (
        SELECT kind, id, title, body, url, date_trunc('milliseconds', at) AS at, marking,
               count(*) OVER () AS total, bool_or(of_kind >= :candidates) OVER () AS capped,
               (ts_rank(vector, :query::tsquery)
                 / (1 + extract(epoch FROM :now::timestamptz - at) / 86400 / ${RANK_HALF_LIFE_DAYS}))::float8 AS rank
          FROM counted
         ORDER BY rank DESC, at DESC, id
         LIMIT :limit OFFSET :offset)
      SELECT kind, id, title, url, at, marking, rank, total::int AS total, capped,
             ts_headline('simple', ctcp_plain_text(body), :headlineQuery::tsquery, :headlineOptions)
               AS headline
        FROM ranked
       ORDER BY rank DESC, at DESC, id`,
      params,
    );
    // An empty page (past the end, or `first: 0`) still answers how many hits there are.
    if (rows[0]) return { rows, total: rows[0].total, capped: rows[0].capped };
    const [count] = await this.query<{ total: number; capped: boolean }>(
      `${candidates} SELECT count(*)::int AS total, COALESCE(bool_or(of_kind >= :candidates), false) AS capped
         FROM counted`,
      params,
    );
    return { rows, ...count };
  }

  /**
   * The text search query made of the text (see the Search migration), and the one its snippets mark (with
   * each word's prefix too): asked once, as text, and given to the statement as constants, instead of
   * ctcp_search_query folded by the planner at each of its dozen uses. (CAST, as `::text` would read as the
   * :text parameter.)
   */
  private async parse(text: string): Promise<{ query: string; headlineQuery: string }> {
    const [parsed] = await this.query<{ query: string; headlineQuery: string }>(
      `SELECT CAST(q AS text) AS query, CAST(q || ctcp_prefix_query(lower(:text)) AS text) AS "headlineQuery"
         FROM (SELECT ctcp_search_query(:text) AS q) parsed`,
      { text },
    );
    return parsed;
  }

  /**
   * Where the newest SEARCH_RECENT_POSTS posts begin, read from the planner's statistics of their dates (a
   * histogram of equal parts, 100 by default, as of the last ANALYZE; posts written since are newer still): one
   * catalog row instead of counting down the index, asked again after a minute, as statistics change only
   * when the table is analyzed. Null while the table is smaller, or not analyzed yet.
   */
  private recentPostsSince(): Promise<Date | null> {
    if (this.config.searchRecentPosts === 0) return Promise.resolve(null);
    const now = Date.now();
    if (!this.recentPosts || this.recentPosts.until < now) {
      const since = this.query<{ since: Date }>(
        `SELECT s.bounds[ceil(cardinality(s.bounds) * (1 - :recent / c.reltuples))::int] AS since
           FROM pg_class c,
                LATERAL (SELECT histogram_bounds::text::timestamptz[] AS bounds FROM pg_stats
                          WHERE schemaname = current_schema() AND tablename = 'posts' AND attname = 'created_at') s
          WHERE c.oid = 'posts'::regclass AND c.reltuples > :recent`,
        { recent: this.config.searchRecentPosts },
      ).then(([row]) => row?.since ?? null);
      this.recentPosts = { since, until: now + RECENT_POSTS_REREAD_MS };
      since.catch(() => (this.recentPosts = undefined));
    }
    return this.recentPosts.since;
  }

  private async query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query(query, values);
  }
}

/** The page's order, as rankedPage's SQL has it: most relevant first, then newest, then by id. */
function inPageOrder(a: HitRow, b: HitRow): number {
  return b.rank - a.rank || b.at.getTime() - a.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function toHit(row: HitRow): SearchHit {
  return {
    kind: row.kind,
    id: row.id,
    title: row.title,
    snippet: markedHtml(row.headline ?? ''),
    url: row.url,
    rank: row.rank,
    at: row.at,
    classification: row.marking,
  };
}

/** The snippet as HTML: every character of the text escaped, then the marks turned into <mark>. */
export function markedHtml(headline: string): string {
  const escaped = headline.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
  return escaped.replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}
