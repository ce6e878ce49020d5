import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { REQUEST_MATCH_SLA_WORKING_DAYS, REQUEST_REVIEW_SLA_WORKING_DAYS } from '@ctcp/shared';
import { parseCrontab } from 'graphile-worker';
import { z } from 'zod';

const booleanString = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** The demo accounts' password as the README publishes it: never in production. */
const PUBLISHED_DEMO_PASSWORD = 'demo-pass-2020';

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(500).default(10),
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  MIGRATE_ON_START: booleanString.optional(),
  DEMO_DATA: booleanString.optional(),
  DEMO_PASSWORD: z
    .string()
    .min(12, 'must be at least 12 characters, like every password')
    .default(PUBLISHED_DEMO_PASSWORD),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_URL: z.url().optional(),
  CORS_ORIGIN: z.url().optional(),
  COOKIE_SECURE: booleanString.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().optional(),
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  DIGEST_CRON: z
    .string()
    .default('0 6 * * *')
    .refine(isCronSchedule, 'must be a schedule in crontab syntax, like "0 6 * * *" (06:00 UTC each day)'),
  REQUEST_REVIEW_SLA_WORKING_DAYS: z.coerce.number().int().min(0).max(365).default(REQUEST_REVIEW_SLA_WORKING_DAYS),
  REQUEST_MATCH_SLA_WORKING_DAYS: z.coerce.number().int().min(0).max(365).default(REQUEST_MATCH_SLA_WORKING_DAYS),
});

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  dataDir: string;
  /** A PostgreSQL server; absent means the embedded one under dataDir. */
  databaseUrl: string | undefined;
  databasePool: DatabasePoolSettings;
  redisUrl: string | undefined;
  /** Run pending migrations at start-up (always on the embedded database). */
  migrateOnStart: boolean;
  /** Load the demo users and records (default on the embedded database only). */
  demoData: boolean;
  demoPassword: string;
  /** Absent means a secret generated once and kept in dataDir. */
  jwtSecret: string | undefined;
  publicUrl: string;
  corsOrigin: string | undefined;
  cookieSecure: boolean;
  logLevel: string;
  /** The built web app served beside the api, when it exists. */
  webDistDir: string | undefined;
  /** The Chromium that prints reports to PDF. */
  chromiumPath: string;
  mail: MailSettings;
  /** Working days a request may wait to be taken under review, then to be matched, before it is overdue. */
  requestSla: { reviewWorkingDays: number; matchWorkingDays: number };
}

/** The api's connections to PostgreSQL: how many, how long a request waits for one, how long a statement may run. */
export interface DatabasePoolSettings {
  size: number;
  timeoutMs: number;
  /** Also the longest a transaction may sit idle with its connection. */
  statementTimeoutMs: number;
}

/** Outgoing mail: through an SMTP server, or written as .eml files under DATA_DIR/mail when there is none. */
export interface MailSettings {
  smtpUrl: string | undefined;
  from: string;
  /** Deliveries tried before a message is given up (the job queue waits e^n seconds before the n-th retry). */
  maxAttempts: number;
  /** When digests go out (crontab syntax, UTC): daily ones each run, weekly ones on Monday's runs. */
  digestCron: string;
}

export class ConfigError extends Error {}

/** Reads `.env` (when present) and the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvironment()): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const values = parsed.data;
  const embedded = values.DATABASE_URL === undefined;
  const production = values.NODE_ENV === 'production';
  if (production && !embedded && !values.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: is required in production with DATABASE_URL');
  }
  const demoData = values.DEMO_DATA ?? embedded;
  if (production && demoData && values.DEMO_PASSWORD === PUBLISHED_DEMO_PASSWORD) {
    throw new ConfigError(
      'Invalid configuration:\n  DEMO_PASSWORD: demo accounts with the published password are refused in production; set DEMO_PASSWORD to a password of your own, or DEMO_DATA=false',
    );
  }
  const publicUrl = (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, '');
  const webDistDir = resolve(values.WEB_DIST_DIR ?? new URL('../../../web/dist', import.meta.url).pathname);
  return {
    nodeEnv: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    dataDir: resolve(values.DATA_DIR),
    databaseUrl: values.DATABASE_URL,
    databasePool: {
      size: values.DATABASE_POOL_SIZE,
      timeoutMs: values.DATABASE_POOL_TIMEOUT_MS,
      statementTimeoutMs: values.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    redisUrl: values.REDIS_URL,
    migrateOnStart: embedded || (values.MIGRATE_ON_START ?? false),
    demoData,
    demoPassword: values.DEMO_PASSWORD,
    jwtSecret: values.JWT_SECRET,
    publicUrl,
    corsOrigin: values.CORS_ORIGIN,
    cookieSecure: values.COOKIE_SECURE ?? production,
    logLevel: values.LOG_LEVEL,
    webDistDir: existsSync(resolve(webDistDir, 'index.html')) ? webDistDir : undefined,
    chromiumPath: values.CHROMIUM_PATH,
    mail: {
      smtpUrl: values.SMTP_URL,
      from: values.MAIL_FROM ?? `CTCP <no-reply@${new URL(publicUrl).hostname}>`,
      maxAttempts: values.MAIL_MAX_ATTEMPTS,
      digestCron: values.DIGEST_CRON,
    },
    requestSla: {
      reviewWorkingDays: values.REQUEST_REVIEW_SLA_WORKING_DAYS,
      matchWorkingDays: values.REQUEST_MATCH_SLA_WORKING_DAYS,
    },
  };
}

function isCronSchedule(value: string): boolean {
  try {
    return parseCrontab(`${value} task`).length === 1;
  } catch {
    return false;
  }
}

function readEnvironment(): NodeJS.ProcessEnv {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return process.env;
}
