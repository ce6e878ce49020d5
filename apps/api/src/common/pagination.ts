import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@ctcp/shared';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, ${PAGE_SIZE_DEFAULT} by default, at most ${PAGE_SIZE_MAX}`,
  })
  @IsOptional()
  @IsInt()
  first?: number | null;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
  totalCountIsExact: boolean;
}

/** A Relay connection type for `node`: `edges { cursor node }`, `pageInfo`, `totalCount`. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many there are; at least this many when totalCountIsExact is false' })
    totalCount: number;

    @Field({ description: 'False when a long list was counted only up to totalCount' })
    totalCountIsExact: boolean;
  }
  return ConnectionClass as Type<Connection<T>>;
}

export interface Page {
  offset: number;
  limit: number;
}

/**
 * Reads `first`/`after` into an offset page. `first` is clamped to PAGE_SIZE_MAX; cursors are opaque
 * offsets, so a malformed one is bad input rather than a silent first page.
 */
export function readPage({ first, after }: PageArgs): Page {
  if (first != null && first < 0) throw badInput('first', '`first` must not be negative.');
  const limit = Math.min(first ?? PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX);
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
}

export function toConnection<T>(nodes: T[], totalCount: number, page: Page, totalCountIsExact = true): Connection<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    edges,
    totalCount,
    totalCountIsExact,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
  };
}

function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('after', 'The cursor is not valid.');
  return Number(match[1]);
}

/**
 * Runs a list query for one page; `first: 0` counts without fetching rows. A list that can run to hundreds
 * of thousands passes `countUpTo`: it is counted only that far (and past the page asked for, so that
 * `hasNextPage` stays true), since "10,000+" tells a reader as much as the exact figure and counting every
 * readable row costs more than the page itself.
 */
export async function findPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: Page,
  { countUpTo }: { countUpTo?: number } = {},
): Promise<Connection<T>> {
  const nodes = page.limit === 0 ? [] : await query.clone().skip(page.offset).take(page.limit).getMany();
  // A page shorter than asked for ends the list, and so counts it (unless it starts past the end).
  if (nodes.length < page.limit && (nodes.length > 0 || page.offset === 0)) {
    return toConnection(nodes, page.offset + nodes.length, page);
  }
  if (countUpTo === undefined) return toConnection(nodes, await countRows(query), page);
  const cap = Math.max(countUpTo, page.offset + page.limit + 1);
  const counted = await countRowsUpTo(query, cap + 1);
  return toConnection(nodes, Math.min(counted, cap), page, counted <= cap);
}

/**
 * How many rows `query` selects. TypeORM counts `DISTINCT id`, which sorts every matching row to guard
 * against joins that repeat them; a query without joins (or grouping) has no repeats, and a plain count(*)
 * is three times faster over 100,000 requests.
 */
async function countRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<number> {
  const { joinAttributes, groupBys, selectDistinct } = query.expressionMap;
  if (joinAttributes.length > 0 || groupBys.length > 0 || selectDistinct) return query.getCount();
  const row = await query.clone().orderBy().select('count(*)::int', 'count').getRawOne<{ count: number }>();
  return row?.count ?? 0;
}

/** How many rows `query` selects, counting no further than `limit`, in the query's own order (so along its index). */
async function countRowsUpTo<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, limit: number): Promise<number> {
  const rows = query.clone().select('1', 'one').limit(limit);
  const row = await query
    .createQueryBuilder() // on the same connection: inside the caller's transaction, if any
    .select('count(*)::int', 'count')
    .from(`(${rows.getQuery()})`, 'counted')
    .setParameters(rows.getParameters())
    .getRawOne<{ count: number }>();
  return row?.count ?? 0;
}
