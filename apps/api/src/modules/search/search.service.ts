import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SEARCH_KINDS, type SearchKind } from '@ctcp/shared';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { type Connection, type Page, toConnection } from '../../common/pagination.js';
import { ProjectsService } from '../projects/projects.service.js';
import { SEARCH_SOURCES } from './search-sources.js';
import type { SearchArgs, SearchHit } from './search.types.js';

/** Marks ts_headline puts around matched words (private-use characters no text contains). */
const MARK_START = '\uE000';
const MARK_END = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** How much a year of age lowers a hit's relevance: recent records first among equally relevant ones. */
const RANK_HALF_LIFE_DAYS = 365;

interface HitRow {
  kind: SearchKind;
  id: string;
  title: string;
  headline: string;
  url: string;
  rank: number;
  at: Date;
  total: number;
}

/**
 * Full-text search over everything the viewer may read, in PostgreSQL alone: each kind's source
 * (search-sources.ts) matches its GIN-indexed `search_vector` against ctcp_search_query (see the Search
 * migration) and keeps only what the policy lets the viewer read; hits are ranked by relevance and age,
 * counted in the same query, and only the page's hits get a snippet.
 */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projects: ProjectsService,
  ) {}

  async search(actor: Actor, args: SearchArgs, page: Page): Promise<Connection<SearchHit>> {
    const viewer = await this.projects.viewer(actor);
    const kinds = new Set<SearchKind>(args.kinds?.length ? args.kinds : SEARCH_KINDS);
    const sources = SEARCH_SOURCES.filter(
      (source) => kinds.has(source.kind) && (!args.workspaceId || source.inWorkspaces),
    );
    const text = args.query.trim();
    if (sources.length === 0 || text === '') return toConnection([], 0, page);

    const selects = sources.map((source) => source.select(viewer));
    const filters = [
      'TRUE',
      args.workspaceId ? 'hits.workspace_id = :workspaceId' : null,
      args.from ? 'hits.at >= :from::date' : null,
      args.to ? "hits.at < :to::date + interval '1 day'" : null,
    ].filter(Boolean);
    const matching = `
      WITH q AS (SELECT ctcp_search_query(:text) AS query),
      hits AS (${selects.map((select) => select.sql).join('\n UNION ALL \n')})`;
    const where = `WHERE ${filters.join(' AND ')}`;
    const params = Object.assign({}, ...selects.map((select) => select.params), {
      text,
      workspaceId: args.workspaceId,
      from: args.from,
      to: args.to,
      limit: page.limit,
      offset: page.offset,
      headlineOptions: HEADLINE_OPTIONS,
    });

    // The page, with the count of every hit alongside; only the page's hits get a snippet.
    const rows = await this.query<HitRow>(
      `${matching},
      ranked AS (
        SELECT hits.kind, hits.id, hits.title, hits.body, hits.url, hits.at, count(*) OVER () AS total,
               ts_rank(hits.vector, q.query) / (1 + extract(epoch FROM now() - hits.at) / 86400 / ${RANK_HALF_LIFE_DAYS})
                 AS rank
          FROM hits, q ${where}
         ORDER BY rank DESC, hits.at DESC, hits.id
         LIMIT :limit OFFSET :offset)
      SELECT ranked.kind, ranked.id, ranked.title, ranked.url, ranked.at, ranked.rank::float8 AS rank,
             ranked.total::int AS total,
             ts_headline('simple', ranked.body, q.query || ctcp_prefix_query(lower(:text)), :headlineOptions)
               AS headline
        FROM ranked, q
       ORDER BY ranked.rank DESC, ranked.at DESC, ranked.id`,
      params,
    );
    // An empty page (past the end, or `first: 0`) still answers how many hits there are.
    const total =
      rows[0]?.total ??
      (await this.query<{ total: number }>(`${matching} SELECT count(*)::int AS total FROM hits ${where}`, params))[0]
        .total;
    return toConnection(rows.map(toHit), total, page);
  }

  private async query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query(query, values);
  }
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
  };
}

/** The snippet as HTML: every character of the text escaped, then the marks turned into <mark>. */
export function markedHtml(headline: string): string {
  const escaped = headline.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
  return escaped.replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}
