import 'reflect-metadata';
import { createLogger } from './common/logger.js';
import { ConfigError, loadConfig } from './config/config.js';
import { handleStopSignalsInApp } from './database/embedded-postgres.js';
import { startTracing } from './tracing.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  // Tracing patches http, express, graphql and pg before the app takes hold of them: the app comes after.
  const stopTracing = await startTracing(logger);
  const { createApp } = await import('./app/create-app.js');
  const { seedDemoRecords } = await import('./database/seed/demo-records.js');
  const { openDatabase, prepareDatabase, resolveJwtSecret, StartupError } = await import('./database/startup.js');
  handleStopSignalsInApp();
  const database = await openDatabase(config, logger);
  const stopDatabase = async () => {
    await database.stop().catch((error) => logger.error({ err: error }, 'stopping the database failed'));
  };

  try {
    await prepareDatabase(database.url, config, logger);
    const jwtSecret = await resolveJwtSecret(config);
    const runtimeConfig = { ...config, databaseUrl: database.url, jwtSecret };
    const app = await createApp(runtimeConfig, logger);
    if (config.demoData) {
      // Demo records go through the services (and their rules), so they are made once the app is up.
      await seedDemoRecords(app, runtimeConfig);
    }
    await app.listen(config.port, config.host);
    logger.info(
      {
        url: `http://localhost:${config.port}`,
        database: config.databaseUrl ? 'server' : 'embedded',
        web: !!config.webDistDir,
      },
      'CTCP is ready',
    );

    // The one place signals are handled: the app (and its hooks: the job queue, sockets) closes fully
    // before the embedded database stops under it.
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      await app.close();
      await stopDatabase();
      await stopTracing?.();
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
  } catch (error) {
    if (error instanceof StartupError) logger.fatal(error.message);
    else logger.fatal({ err: error }, 'start-up failed');
    await stopDatabase();
    process.exit(1);
  }
}

void main();
