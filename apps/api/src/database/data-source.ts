import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabasePoolSettings } from '../config/config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { PreparingClient } from './prepared-statements.js';
import { installTransactionContext } from './transaction-context.js';

/**
 * The one description of the database, used by the app, the migration command and the tests. The app
 * passes its pool settings; tools (migrations, seeding) run without time limits.
 */
export function dataSourceOptions(url: string, pool?: DatabasePoolSettings): DataSourceOptions {
  installTransactionContext();
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    extra: {
      application_name: 'ctcp-api',
      max: pool?.size ?? 10,
      // In the app, no request waits for a connection, a statement or an idle transaction without bound,
      // and the statements it repeats are prepared once per connection.
      ...(pool && {
        ...(pool.preparedStatements && { Client: PreparingClient }),
        connectionTimeoutMillis: pool.timeoutMs,
        statement_timeout: pool.statementTimeoutMs,
        idle_in_transaction_session_timeout: pool.statementTimeoutMs,
      }),
    },
  };
}

export function createDataSource(url: string, pool?: DatabasePoolSettings): DataSource {
  return new DataSource(dataSourceOptions(url, pool));
}
