import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/database/data-source.js';
import { startTestApp, type TestApp } from './harness.js';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

describe('migrations', () => {
  it('produce exactly the schema the entities describe (no drift), and can be reverted and reapplied', async () => {
    const dataSource = createDataSource(api.databaseUrl);
    await dataSource.initialize();
    try {
      // TypeORM finds the expressions of generated columns by database name; this database is a copy of
      // the migrated template under another name.
      await dataSource.query(`UPDATE typeorm_metadata SET "database" = current_database()`);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
      await api.app.close(); // release connections before dropping tables
      for (let step = 0; step < dataSource.migrations.length; step++) await dataSource.undoLastMigration();
      expect(await dataSource.showMigrations()).toBe(true);
      await dataSource.runMigrations();
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });
});
