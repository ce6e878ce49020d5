import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres.js';

/**
 * What start-up needs to get a database, and no more: neither TypeORM nor the entities (startup.ts), so
 * that the embedded PostgreSQL starts while the app's code is still loading. It loads `pg` (through
 * embedded-postgres.ts): import it once tracing has started.
 */

/** A refusal to start whose message says it all (what is wrong, what to do): logged without a stack. */
export class StartupError extends Error {}

/** The configured PostgreSQL server, or the embedded one under DATA_DIR. */
export async function openDatabase(config: AppConfig, logger: Logger): Promise<RunningDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  logger.info({ dataDir: config.dataDir }, 'starting the embedded PostgreSQL');
  return startEmbeddedPostgres(config.dataDir, (line) => logger.debug({ postgres: line.trim() }));
}
