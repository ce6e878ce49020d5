import { describeOperations } from './authorization-matrix.operations.js';
import { MUTATION_ROWS } from './authorization-matrix.mutation-rows.js';

/**
 * The mutations of the authorization matrix (the queries, and the check that every operation of the schema
 * has a row, are in authorization-matrix.queries.test.ts). Refused cells share their records and must leave
 * the whole database as it was; each allowed cell that changes its record gets a fresh one.
 */
describeOperations('mutations × people', MUTATION_ROWS);
