import { describe, expect, it } from 'vitest';
import { WHO } from './authorization-matrix.fixtures.js';
import { MUTATION_ROWS } from './authorization-matrix.mutation-rows.js';
import { describeOperations, schemaOperations } from './authorization-matrix.operations.js';
import { QUERY_ROWS } from './authorization-matrix.query-rows.js';

/**
 * The authorization matrix of every query and mutation other than the assistance requests' (which have
 * their own): this file runs the queries and checks that the schema has no operation without a row; the
 * mutations run in authorization-matrix.mutations.test.ts.
 */

describe('the authorization matrix', () => {
  it('has a row for every query and mutation of the schema, and no row for an operation it lacks', () => {
    const rows = [...QUERY_ROWS, ...MUTATION_ROWS].map((row) => row.operation);
    expect(new Set(rows)).toEqual(new Set(schemaOperations()));
  });

  it('states an outcome for every person in every row', () => {
    for (const row of [...QUERY_ROWS, ...MUTATION_ROWS]) expect(row.expect, row.operation).toHaveLength(WHO.length);
  });
});

describeOperations('queries × people', QUERY_ROWS);
