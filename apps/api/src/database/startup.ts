import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { createDataSource } from './data-source.js';
import { StartupError } from './open-database.js';
import { seedDemoDiscussions, seedDemoUsers, seedReferenceData } from './seed/seed.js';

// Opening the database lives in a module of its own, light enough to run while the app's code loads.
export { openDatabase, StartupError } from './open-database.js';

/**
 * Brings the schema up to date (or refuses to run on an unmigrated server), then loads the reference
 * data and, when asked, the demo data.
 */
export async function prepareDatabase(url: string, config: AppConfig, logger: Logger): Promise<void> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    if (await dataSource.showMigrations()) {
      if (!config.migrateOnStart) {
        throw new StartupError(
          'The database has pending migrations. Run `npm run db:migrate` (with the same DATABASE_URL), ' +
            'or start with MIGRATE_ON_START=true.',
        );
      }
      const applied = await dataSource.runMigrations();
      logger.info({ migrations: applied.map((migration) => migration.name) }, 'migrations applied');
    }
    await seedReferenceData(dataSource);
    if (config.demoData) {
      await seedDemoUsers(dataSource, config.demoPassword);
      await seedDemoDiscussions(dataSource);
    }
  } finally {
    await dataSource.destroy();
  }
}

/** JWT_SECRET, or a secret generated on first start and kept in DATA_DIR. */
export async function resolveJwtSecret(config: AppConfig): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  const file = join(config.dataDir, 'jwt.secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
