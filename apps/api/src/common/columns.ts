import { Column, Index } from 'typeorm';
import type { ValueTransformer } from 'typeorm';

/** PostgreSQL `numeric` arrives as a string; amounts in USD are exposed as numbers. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * The words of a record for full-text search, computed by PostgreSQL from `expression` (a call of
 * ctcp_search_vector, see the Search migration) and indexed with GIN; never read into the entity.
 */
export function SearchVectorColumn(table: string, expression: string): PropertyDecorator {
  const column = Column({
    name: 'search_vector',
    type: 'tsvector',
    select: false,
    // Written by PostgreSQL alone: left out of TypeORM's inserts and updates.
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: expression,
  });
  // A GIN index, which TypeORM cannot declare: made by the migration, left alone by schema comparisons.
  const index = Index(`${table}_search`, { synchronize: false });
  return (target, property) => {
    column(target, property);
    index(target, property);
  };
}

/**
 * A marked record's later drop (threads, requests, projects): the day and the marking both or neither, and the
 * marking it drops to is a lower one.
 */
export const DECLASSIFICATION_CHECK = `("declassify_on" IS NULL) = ("declassify_to" IS NULL) AND ("declassify_to" IS NULL OR "declassify_to" = 'UNCLASSIFIED' OR ("declassify_to" = 'CONFIDENTIAL' AND "classification" = 'STRICTLY_CONFIDENTIAL'))`;
