import { readFile } from 'node:fs/promises';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchemaSdl } from '../src/schema/build-schema.js';
import { DEMO, errorCode, startTestApp, type TestApp } from './harness.js';

let api: TestApp;
let token: string;
beforeAll(async () => {
  api = await startTestApp();
  token = await api.signIn(DEMO.coordinator);
});
afterAll(() => api.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('health', () => {
  it('answers live and ready without signing in', async () => {
    expect(await (await fetch(`${api.url}/health/live`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', database: 'ok', pool: { saturated: false } });
  });
});

describe('request limits', () => {
  it('refuses a body over 256 KiB with HTTP 413 and a GraphQL error', async () => {
    const response = await post(JSON.stringify({ query: `query { me { id } }`, padding: 'x'.repeat(300 * 1024) }));
    expect(response.status).toBe(413);
    const body = (await response.json()) as any;
    expect(body.errors[0]).toMatchObject({ message: expect.any(String), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a query nested too deep with HTTP 400 and BAD_USER_INPUT', async () => {
    let selection = 'id';
    for (let depth = 0; depth < 8; depth++) {
      selection = `workingGroups { workingGroup { memberships { organization { ${selection} } } } }`;
    }
    const response = await post(JSON.stringify({ query: `query { me { organization { ${selection} } } }` }), {
      authorization: `Bearer ${token}`,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('accepts a full page of 100 with a usual selection, written with a literal `first`', async () => {
    const response = await api.gql(
      `query { organizations(first: 100) { totalCount edges { cursor node { id key kind acronym countryCode regionalGroup
        status confirmed note name workingGroups { role workingGroup { id key name } } } } } }`,
      {},
      token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.organizations.edges).toHaveLength(100);
  });

  it('refuses a body that is not JSON with HTTP 400 and a GraphQL error', async () => {
    const response = await post('{"query": "query { me { id } }"');
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses thousands of aliases with HTTP 400, not a server error', async () => {
    const aliases = Array.from({ length: 5000 }, (_, index) => `a${index}: __typename`).join(' ');
    const response = await post(JSON.stringify({ query: `query { ${aliases} }` }), {
      authorization: `Bearer ${token}`,
    });
    const body = (await response.json()) as any;
    expect(response.status).toBe(400);
    expect(body.errors[0]).toMatchObject({ message: expect.any(String), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 50 }, (_, index) => `a${index}: me { id }`).join(' ');
    const response = await api.gql(`query { ${aliases} }`, {}, token);
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it('hides field suggestions', async () => {
    const response = await api.gql(`query { mee { id } }`, {}, token);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).not.toMatch(/did you mean/i);
  });

  it('refuses batched requests and GET mutations (CSRF)', async () => {
    const batch = await post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(batch.status).toBe(400);
    const simpleGet = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ workingGroups { id } }')}`);
    expect(simpleGet.status).toBe(400);
  });

  it('sets security headers and a request id on every response', async () => {
    const response = await fetch(`${api.url}/health/live`, { headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    expect((await fetch(`${api.url}/health/live`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('errors', () => {
  it('turns an unexpected failure into INTERNAL without internal details', async () => {
    // Break the database under the running app: the failure must not leak SQL or stack traces.
    await api.sql(`ALTER TABLE working_groups RENAME TO working_groups_hidden`);
    try {
      const response = await api.gql(`query { workingGroups { id } }`, {}, token);
      expect(errorCode(response)).toBe('INTERNAL');
      expect(response.errors?.[0].message).toBe('Internal server error.');
      expect(JSON.stringify(response.errors)).not.toMatch(/relation|stack|working_groups/i);
    } finally {
      await api.sql(`ALTER TABLE working_groups_hidden RENAME TO working_groups`);
    }
  });

  it('answers NOT_FOUND for an id that cannot name a record, not INTERNAL', async () => {
    for (const query of [
      `{ workspace(id: "not-an-id") { id } }`,
      `mutation { revokeInvitation(id: "not-an-id") }`,
      `mutation { deleteProjectMilestone(id: "not-an-id") }`,
    ]) {
      const response = await api.gql(query, {}, token);
      expect(errorCode(response), query).toBe('NOT_FOUND');
    }
  });
});

describe('schema', () => {
  it('is served exactly as committed in apps/api/schema.gql, and printed from the same code', async () => {
    const committed = await readFile(new URL('../schema.gql', import.meta.url), 'utf8');
    expect(await buildSchemaSdl()).toBe(committed);
    const response = await api.gql(getIntrospectionQuery(), {}, token);
    const served = printSchema(lexicographicSortSchema(buildClientSchema(response.data as any)));
    const normalize = (sdl: string) =>
      sdl
        .replace(/"""[\s\S]*?"""|"[^"\n]*"\n/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    expect(normalize(served)).toBe(normalize(committed));
  });

  it('disables introspection in production', async () => {
    const production = await startTestApp({ nodeEnv: 'production' });
    try {
      const response = await production.gql(
        `query { __schema { types { name } } }`,
        {},
        await production.signIn(DEMO.admin),
      );
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    } finally {
      await production.close();
    }
  });
});
