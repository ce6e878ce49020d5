import type { AppConfig } from './config.js';

/** Configuration after start-up has resolved it: the database in use and the signing secret. */
export interface RuntimeConfig extends AppConfig {
  databaseUrl: string;
  jwtSecret: string;
}

export const RUNTIME_CONFIG = Symbol('RUNTIME_CONFIG');

/** The pino logger of the process. */
export const LOGGER = Symbol('LOGGER');
