import { readFileSync } from 'node:fs';
import { type DocumentNode, Kind, print } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, type TestApp, startTestApp } from './harness.js';

/**
 * Every operation the web app sends passes the api's limits on a query's shape (depth, aliases, cost,
 * tokens): a page whose query grew past them would answer only "400" in the browser.
 */

/** The operations of the web app, as its generated client holds them (Apollo adds `__typename` when it sends them). */
function webOperations(): DocumentNode[] {
  const source = readFileSync(new URL('../../web/src/gql/graphql.ts', import.meta.url), 'utf8');
  return [...source.matchAll(/^export const \w+Document = (\{.*\}) as unknown as DocumentNode/gm)]
    .map((match) => JSON.parse(match[1]) as DocumentNode)
    .filter((document) => document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION));
}

let api: TestApp;
let token: string;
beforeAll(async () => {
  api = await startTestApp();
  token = await api.signIn(DEMO.coordinator);
});
afterAll(() => api.close());

describe('the web app’s operations', () => {
  const operations = webOperations();

  it('are all found', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  it('each pass the limits on a query’s shape', async () => {
    const refused: string[] = [];
    for (const document of operations) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: print(addTypenameToDocument(document)) }),
      });
      // Without their variables most operations fail later, at execution: only the shape checks matter here.
      const body = (await response.json()) as { errors?: { message: string }[] };
      const shape = body.errors?.find((error) => /limit|exceeded|too many|depth|tokens/i.test(error.message));
      const name = document.definitions
        .map((definition) => ('name' in definition ? definition.name?.value : ''))
        .join();
      if (shape) refused.push(`${name}: ${shape.message}`);
    }
    expect(refused).toEqual([]);
  });
});
