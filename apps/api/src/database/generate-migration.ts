import 'reflect-metadata';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/**
 * `npm run db:generate -w @ctcp/api -- <PascalCaseName>`: applies the existing migrations to a scratch
 * embedded database, compares it with the entities, and writes the difference as a new migration in
 * src/database/migrations/ (add it to index.ts, then read it before committing).
 */
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run db:generate -w @ctcp/api -- <PascalCaseName>');
  process.exit(2);
}
const scratch = await mkdtemp(join(tmpdir(), 'ctcp-migration-'));
const database = await startEmbeddedPostgres(scratch);
try {
  const dataSource = createDataSource(database.url);
  await dataSource.initialize();
  await dataSource.runMigrations();
  const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (upQueries.length === 0) {
    console.log('The entities match the migrations: nothing to generate.');
  } else {
    const timestamp = Date.now();
    const statement = (query: { query: string }) => `    await queryRunner.query(${JSON.stringify(query.query)});`;
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${upQueries.map(statement).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${[...downQueries].reverse().map(statement).join('\n')}
  }
}
`;
    const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    const file = new URL(`../../src/database/migrations/${timestamp}-${kebab}.ts`, import.meta.url);
    await writeFile(file, source);
    console.log(`wrote ${file.pathname}: add ${name}${timestamp} to src/database/migrations/index.ts`);
  }
} finally {
  await database.stop();
  await rm(scratch, { recursive: true, force: true });
}
