import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeEnv,
  type Env,
  fingerprint,
  NF,
  type Outcome,
  type Person,
  signInAgain,
  startEnv,
  type Who,
  WHO,
  type World,
} from './authorization-matrix.fixtures.js';
import { errorCode, type GraphQLResponse, type TestApp } from './harness.js';

/**
 * The operations table: one row per operation and kind of record, one cell per person. Rows are written by
 * hand from the rules (DESIGN.md sections 1-5, docs/decisions.md, the README), not from the policy code.
 */

/** Outcomes in the order of WHO: admin, coordinator, entity member (UNODC), other entity member (INTERPOL),
 * entity observer (UNDP), State focal point (Philippines), State observer (Philippines), other State's focal
 * point (Maldives), signed out. */
export type Outcomes = [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

/** Ids of the records one cell acts on. */
export type Made = Record<string, string>;

export interface Cell {
  api: TestApp;
  who: Who;
  /** The person's access token; none when signed out. */
  token: string | undefined;
  world: World;
  on: Made;
  /** A new session of the person, for cells that end or rotate theirs. */
  newSession: () => Promise<string | undefined>;
}

export interface OperationRow {
  operation: string;
  /** The record acted on, in words. */
  on: string;
  /**
   * Makes the records the row acts on: once for the refused cells (which change nothing), and anew for
   * each allowed cell (which changes them). Without it, the row acts on the shared records.
   */
  make?: (env: Env) => Promise<Made>;
  run: (cell: Cell) => Promise<GraphQLResponse>;
  expect: Outcomes;
}

/** Operations this matrix leaves out, each tabled on its own. */
export const OPERATIONS_TABLED_ELSEWHERE = [
  // The signed-in person's capabilities: they restate the policy's answers, and are tabled on their own.
  'viewerCan',
  // One's own credentials: public by design (answers that never disclose an account), tabled in
  // password-resets.test.ts.
  'requestPasswordReset',
  'resetPassword',
  'changePassword',
  // The second factor of one's own: a code is checked (and a wrong one counted) whoever asks; tabled in
  // two-factor.test.ts.
  'completeSignIn',
  'confirmTotp',
  'disableTotp',
  // One's own uploads kept as a workspace's files, and their removal: a person's own files in a workspace
  // they may post in; tabled in workspace-files.test.ts with the rest of the document library.
  'addWorkspaceFiles',
  'removeWorkspaceFile',
  // Prints the report page with the built web app and Chromium; tabled in report-publishing.test.ts, which
  // runs with both.
  'publishQuarterlyReport',
];

/** Every query and mutation of the committed schema that this matrix covers (the assistance requests' have their own). */
export function schemaOperations(): string[] {
  const schema = buildSchema(readFileSync(new URL('../schema.gql', import.meta.url), 'utf8'));
  return [schema.getQueryType(), schema.getMutationType()]
    .flatMap((type) => Object.keys((type as GraphQLObjectType).getFields()))
    .filter((name) => !/assistance/i.test(name) && !OPERATIONS_TABLED_ELSEWHERE.includes(name));
}

/** An answer with the code of a record that is absent, for lists that leave out what the viewer may not read. */
export function absent(response: GraphQLResponse): GraphQLResponse {
  return { ...response, data: null, errors: [{ message: 'absent from the list', extensions: { code: NF } }] };
}

/** Runs a list query; "ok" when `wanted` is among the ids listed, NOT_FOUND when it is left out. */
export function listing(
  query: string,
  ids: (data: any) => string[],
  wanted: (world: World) => string,
  variables: (world: World) => Record<string, unknown> = () => ({}),
) {
  return async ({ api, token, world }: Cell): Promise<GraphQLResponse> => {
    const response = await api.gql(query, variables(world), token);
    if (!response.data) return response;
    return ids(response.data).includes(wanted(world)) ? response : absent(response);
  };
}

/** Runs a query or mutation taking `$id`. */
export const byId =
  (query: string, id: (world: World, on: Made) => string) =>
  ({ api, token, world, on }: Cell) =>
    api.gql(query, { id: id(world, on) }, token);

/** Runs an operation taking `$input`. */
export const withInput =
  (query: string, input: (world: World, on: Made, who: Who) => Record<string, unknown>) =>
  ({ api, token, world, on, who }: Cell) =>
    api.gql(query, { input: input(world, on, who) }, token);

/** Declares the tests of a table: one `describe` per row, one test per person. */
export function describeOperations(title: string, rows: OperationRow[]): void {
  describe(title, () => {
    let env: Env;
    beforeAll(async () => {
      env = await startEnv();
    });
    afterAll(() => closeEnv(env));

    describe.each(rows.map((row, index) => [`${row.operation} on ${row.on} #${index}`, row] as const))(
      '%s',
      (_name, row) => {
        let shared: Made = {};
        beforeAll(async () => {
          if (row.make && row.expect.some((outcome) => outcome !== 'ok')) shared = await row.make(env);
        });

        it.each(WHO.map((who, index) => [who, row.expect[index]] as const))('%s: %s', async (who, expected) => {
          const on = row.make && expected === 'ok' ? await row.make(env) : shared;
          const token = who === 'signedOut' ? undefined : env.tokens[who];
          const before = expected === 'ok' ? null : await fingerprint(env);
          const response = await row.run({
            api: env.api,
            who,
            token,
            world: env.world,
            on,
            newSession: async () => (who === 'signedOut' ? undefined : signInAgain(env.api, who as Person)),
          });
          if (expected === 'ok') {
            expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
            expect(response.data).toBeTruthy();
            return;
          }
          expect(errorCode(response), JSON.stringify(response.errors ?? response.data)).toBe(expected);
          expect(await fingerprint(env)).toEqual(before);
        });
      },
    );
  });
}
