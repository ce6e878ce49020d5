import 'reflect-metadata';
import { createLogger } from '../common/logger.js';
import { loadConfig } from '../config/config.js';
import { openDatabase, prepareDatabase } from './startup.js';

/** `npm run db:migrate`: applies pending migrations and loads reference data, then exits. */
const config = { ...loadConfig(), migrateOnStart: true };
const logger = createLogger(config.logLevel);
const database = await openDatabase(config, logger);
try {
  await prepareDatabase(database.url, config, logger);
  logger.info('database is up to date');
} finally {
  await database.stop();
}
