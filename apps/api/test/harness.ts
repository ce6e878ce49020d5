import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource, type QueryRunner } from 'typeorm';
import { inject } from 'vitest';
import { createApp } from '../src/app/create-app.js';
import { createLogger } from '../src/common/logger.js';
import type { RuntimeConfig } from '../src/config/runtime-config.js';
import {
  UPLOAD_BYTES_PER_PERSON_PER_DAY,
  UPLOADS_PER_PERSON_PER_DAY,
} from '../src/modules/attachments/upload-limits.js';
import { SEARCH_RECENT_POSTS } from '../src/modules/search/search-limits.js';
import { DEMO_PASSWORD, withDatabase } from './database-url.js';
import { withAdminClient } from './global-setup.js';

export { DEMO_PASSWORD };

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; field?: string } & Record<string, unknown>;
  }[];
  headers: Headers;
}

export interface TestApp {
  url: string;
  databaseUrl: string;
  config: RuntimeConfig;
  app: NestExpressApplication;
  /** POSTs a GraphQL operation, as the bearer of `token` when given, with extra request headers. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Signs a demo (or any) user in and returns the access token. */
  signIn(email: string, password?: string): Promise<string>;
  sql<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Longer than any legitimate answer on a loaded machine, shorter than the test timeout. */
const REQUEST_TIMEOUT_MS = 20_000;

/** Signs in as an API client does: asking for the refresh token in the answer. */
export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(input: { email: $email, password: $password, returnRefreshToken: true }) {
      accessToken
      refreshToken
      expiresAt
      user {
        id
        email
        role
      }
    }
  }
`;

/**
 * Mail as tests start it: written to files, and digests on a schedule that never comes (February 31st),
 * so that only a test that starts a digest run sees one.
 */
export const TEST_MAIL: RuntimeConfig['mail'] = {
  smtpUrl: undefined,
  from: 'CTCP <no-reply@ctcp.test>',
  maxAttempts: 12,
  digestCron: '0 0 31 2 *',
};

/**
 * Starts the real api (Nest + Apollo + TypeORM) on its own copy of the seeded template database,
 * listening on a free loopback port. One per test file.
 */
export async function startTestApp(overrides: Partial<RuntimeConfig> = {}): Promise<TestApp> {
  const adminUrl = inject('adminDatabaseUrl');
  const template = inject('templateDatabase');
  const database = `${template.replace('template', 'test')}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${database} TEMPLATE ${template}`));
  const databaseUrl = withDatabase(adminUrl, database);

  const config: RuntimeConfig = {
    nodeEnv: 'test',
    host: '127.0.0.1',
    port: 0,
    dataDir: await mkdtemp(join(tmpdir(), 'ctcp-api-test-')),
    databaseUrl,
    databasePool: { size: 10, timeoutMs: 10_000, statementTimeoutMs: 30_000, preparedStatements: true },
    requestGate: { maxInFlight: 64, maxWaitMs: 10_000 },
    redisUrl: undefined,
    migrateOnStart: false,
    demoData: false,
    demoPassword: DEMO_PASSWORD,
    jwtSecret: randomBytes(32).toString('hex'),
    metricsToken: undefined,
    publicUrl: 'http://ctcp.test',
    corsOrigin: undefined,
    cookieSecure: false,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    webDistDir: undefined,
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    requestSla: { reviewWorkingDays: 10, matchWorkingDays: 30, deliveryWorkingDays: 120, holidays: [] },
    oidc: undefined,
    requireMfaRoles: [],
    mail: TEST_MAIL,
    uploads: {
      bytesPerPersonPerDay: UPLOAD_BYTES_PER_PERSON_PER_DAY,
      filesPerPersonPerDay: UPLOADS_PER_PERSON_PER_DAY,
    },
    searchRecentPosts: SEARCH_RECENT_POSTS,
    ...overrides,
  };
  const app = await createApp(config, createLogger(config.logLevel));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const gql: TestApp['gql'] = async (query, variables, token, headers = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
      // A request that never answers fails its test instead of hanging the run.
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = (await response.json()) as Pick<GraphQLResponse<any>, 'data' | 'errors'>;
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  };

  return {
    url,
    databaseUrl,
    config,
    app,
    gql,
    async signIn(email, password = DEMO_PASSWORD) {
      const result = await gql<{ signIn: { accessToken: string } }>(SIGN_IN, { email, password });
      if (!result.data?.signIn) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
      return result.data.signIn.accessToken;
    },
    sql: (text, params) => withAdminClient(databaseUrl, async (client) => (await client.query(text, params)).rows),
    async close() {
      await app.close();
      await rm(config.dataDir, { recursive: true, force: true });
      await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    },
  };
}

/** The headers of a request from `address`, as the trusted loopback proxy reports it in X-Forwarded-For. */
export const forwardedFor = (address: string): Record<string, string> => ({ 'x-forwarded-for': address });

/** The `extensions.code` of the first error, for compact assertions. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/** The SQL statements the api runs while `request` is answered, each with the connection that ran it. */
export async function loggedStatementsDuring(
  api: TestApp,
  request: () => Promise<unknown>,
): Promise<{ query: string; runner?: QueryRunner }[]> {
  const { logger } = api.app.get(DataSource);
  const logQuery = logger.logQuery;
  const seen: { query: string; runner?: QueryRunner }[] = [];
  logger.logQuery = (query, parameters, runner) => {
    seen.push({ query, runner });
    return logQuery.call(logger, query, parameters, runner);
  };
  try {
    await request();
  } finally {
    logger.logQuery = logQuery;
  }
  return seen;
}

/** The SQL statements the api runs while `request` is answered (for tests of how many a request costs). */
export async function statementsDuring(api: TestApp, request: () => Promise<unknown>): Promise<string[]> {
  return (await loggedStatementsDuring(api, request)).map((statement) => statement.query);
}

/** The demo accounts of DESIGN.md section 4. */
export const DEMO = {
  admin: 'admin@unoct.example',
  coordinator: 'coordinator@unoct.example',
  unodc: 'member@unodc.example',
  interpol: 'member@interpol.example',
  philippines: 'focal.point@ph.example',
  maldives: 'focal.point@mv.example',
  observer: 'observer@undp.example',
} as const;

/** Access tokens of every demo account, by the names of DEMO. */
export async function signInDemoUsers(api: TestApp): Promise<Record<keyof typeof DEMO, string>> {
  const entries = await Promise.all(
    Object.entries(DEMO).map(async ([name, email]) => [name, await api.signIn(email)] as const),
  );
  return Object.fromEntries(entries) as Record<keyof typeof DEMO, string>;
}

/** User ids by email. */
export async function userIds(api: TestApp): Promise<Record<string, string>> {
  return Object.fromEntries((await api.sql(`SELECT id, email FROM users`)).map((row) => [row.email, row.id]));
}

/** Workspace ids of the working groups, by group key ('CC', 'BMLE', ...). */
export async function workingGroupWorkspaces(api: TestApp): Promise<Record<string, string>> {
  const rows = await api.sql(`SELECT w.id, g.key FROM workspaces w JOIN working_groups g ON g.id = w.working_group_id`);
  return Object.fromEntries(rows.map((row) => [row.key, row.id]));
}
