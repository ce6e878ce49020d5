import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDataSource } from '../src/database/data-source.js';
import { startEmbeddedPostgres, type RunningDatabase } from '../src/database/embedded-postgres.js';
import { seedDemoUsers, seedReferenceData } from '../src/database/seed/seed.js';
import { DEMO_PASSWORD, withDatabase } from './database-url.js';
import { Logger, runMigrations } from 'graphile-worker';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database to connect to for administration (creating and dropping test databases). */
    adminDatabaseUrl: string;
    /** Migrated and seeded once; each test file copies it (CREATE DATABASE ... TEMPLATE). */
    templateDatabase: string;
  }
}

/**
 * One PostgreSQL for the run: the server of TEST_DATABASE_URL (or DATABASE_URL) when given, else an
 * embedded one in a temporary directory. The template database is built once through the real
 * migrations and seed code.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let embedded: RunningDatabase | undefined;
  let dataDir: string | undefined;
  let adminDatabaseUrl: string;
  if (serverUrl) {
    adminDatabaseUrl = serverUrl;
  } else {
    dataDir = await mkdtemp(join(tmpdir(), 'ctcp-test-'));
    embedded = await startEmbeddedPostgres(dataDir);
    adminDatabaseUrl = embedded.url;
  }

  const templateDatabase = `ctcp_template_${process.pid}`;
  await withAdminClient(adminDatabaseUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${templateDatabase}`);
    await client.query(`CREATE DATABASE ${templateDatabase}`);
  });
  const dataSource = createDataSource(withDatabase(adminDatabaseUrl, templateDatabase));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await seedReferenceData(dataSource);
  await seedDemoUsers(dataSource, DEMO_PASSWORD);
  await dataSource.destroy();
  // The job queue's schema, which every api would otherwise make at start on its copy.
  await runMigrations({ connectionString: withDatabase(adminDatabaseUrl, templateDatabase), logger: quietLogger });

  project.provide('adminDatabaseUrl', adminDatabaseUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    await withAdminClient(adminDatabaseUrl, async (client) => {
      const rows = await client.query(`SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`, [
        templateDatabase,
        `ctcp_test_${process.pid}_%`,
      ]);
      for (const row of rows.rows) await client.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    });
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}

export async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quietLogger = new Logger(() => () => {});
