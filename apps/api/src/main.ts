import 'reflect-metadata';
import { createLogger } from './common/logger.js';
import { ConfigError, loadConfig } from './config/config.js';
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
  // graphile-worker 0.16 leaves a rejected promise nobody handles when its scheduler cannot reach the
  // database at a minute's turn; Node would end the process for it. It is logged instead, and the job
  // queue starts itself again (JobsService).
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  // Tracing patches http, express, graphql and pg before the app takes hold of them: the app comes after,
  // and so does the database (opening it loads pg).
  const stopTracing = await startTracing(logger);
  const [{ handleStopSignalsInApp }, { openDatabase, StartupError }] = await Promise.all([
    import('./database/embedded-postgres.js'),
    import('./database/open-database.js'),
  ]);
  handleStopSignalsInApp();
  const reportFailure = (error: unknown) => {
    if (error instanceof StartupError) logger.fatal(error.message);
    else logger.fatal({ err: error }, 'start-up failed');
  };

  // The embedded PostgreSQL runs in a process of its own: it starts while the app's code loads.
  const opening = openDatabase(config, logger);
  const loading = Promise.all([
    import('./app/create-app.js'),
    import('./database/seed/demo-records.js'),
    import('./database/startup.js'),
  ]);
  // A failure to load is dealt with once the database is open (below): the database is stopped before the exit.
  loading.catch(() => undefined);
  let database: Awaited<typeof opening>;
  try {
    database = await opening;
  } catch (error) {
    reportFailure(error);
    process.exit(1);
  }
  const stopDatabase = async () => {
    await database.stop().catch((error) => logger.error({ err: error }, 'stopping the database failed'));
  };

  try {
    const [{ createApp }, { seedDemoRecords }, { prepareDatabase, resolveJwtSecret }] = await loading;
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
    reportFailure(error);
    await stopDatabase();
    process.exit(1);
  }
}

void main();
