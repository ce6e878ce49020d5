import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  PLATFORM_ROLES,
  type PlatformRole,
  REQUEST_MATCH_SLA_WORKING_DAYS,
  REQUEST_DELIVERY_SLA_WORKING_DAYS,
  REQUEST_REVIEW_SLA_WORKING_DAYS,
} from '@ctcp/shared';
import { parseCrontab } from 'graphile-worker';
import { z } from 'zod';
import type { RequestGateSettings } from '../common/request-gate.js';
import { UPLOAD_BYTES_PER_PERSON_PER_DAY, UPLOADS_PER_PERSON_PER_DAY } from '../modules/attachments/upload-limits.js';
import { SEARCH_RECENT_POSTS } from '../modules/search/search-limits.js';

const booleanString = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** The demo accounts' password as the README publishes it: never in production. */
const PUBLISHED_DEMO_PASSWORD = 'demo-pass-2020';

/** The variables that together turn single sign-on on. */
const OIDC_REQUIRED = ['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

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
  DATABASE_PREPARED_STATEMENTS: booleanString.default(true),
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(100_000).default(64),
  REQUEST_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(10_000),
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
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
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
  REQUEST_DELIVERY_SLA_WORKING_DAYS: z.coerce.number().int().min(0).max(730).default(REQUEST_DELIVERY_SLA_WORKING_DAYS),
  HOLIDAYS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((day) => day.trim())
        .filter(Boolean),
    )
    .refine(
      (days) => days.every((day) => /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`))),
      'must be dates like 2026-12-25, separated by commas',
    ),
  REQUIRE_MFA_ROLES: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((role) => role.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(PLATFORM_ROLES, { error: `each must be one of ${PLATFORM_ROLES.join(', ')}` })))
    .optional(),
  OIDC_ISSUER_URL: z
    .url()
    .refine(isHttpsOrLoopback, 'must be an https:// URL (http:// only on localhost, for development)')
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_LABEL: z.string().trim().min(1).max(60).default('Single sign-on'),
  UPLOAD_BYTES_PER_PERSON_PER_DAY: z.coerce
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .default(UPLOAD_BYTES_PER_PERSON_PER_DAY),
  UPLOADS_PER_PERSON_PER_DAY: z.coerce.number().int().min(1).max(1_000_000).default(UPLOADS_PER_PERSON_PER_DAY),
  SEARCH_RECENT_POSTS: z.coerce.number().int().min(0).max(1_000_000_000).default(SEARCH_RECENT_POSTS),
});

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  dataDir: string;
  /** A PostgreSQL server; absent means the embedded one under dataDir. */
  databaseUrl: string | undefined;
  databasePool: DatabasePoolSettings;
  /** How many API requests are served at once, and how long the others wait for their turn. */
  requestGate: RequestGateSettings;
  redisUrl: string | undefined;
  /** Run pending migrations at start-up (always on the embedded database). */
  migrateOnStart: boolean;
  /** Load the demo users and records (default on the embedded database only). */
  demoData: boolean;
  demoPassword: string;
  /** Absent means a secret generated once and kept in dataDir. */
  jwtSecret: string | undefined;
  /** The bearer token Prometheus sends to GET /metrics; absent means no metrics at all (404). */
  metricsToken: string | undefined;
  publicUrl: string;
  corsOrigin: string | undefined;
  cookieSecure: boolean;
  logLevel: string;
  /** The built web app served beside the api, when it exists. */
  webDistDir: string | undefined;
  /** The Chromium that prints reports to PDF. */
  chromiumPath: string;
  mail: MailSettings;
  /** The request's clocks: working days to review, to match and to deliver before it is overdue. */
  requestSla: RequestSla;
  /** Platform roles that must turn two-factor sign-in on before doing anything else. */
  requireMfaRoles: PlatformRole[];
  /** Single sign-on with an OpenID Connect provider; absent means password sign-in only. */
  oidc: OidcSettings | undefined;
  uploads: UploadQuota;
  /** How many of the newest posts a search looks through first (0: none, the whole table at once). */
  searchRecentPosts: number;
}

/** What one person may upload in any 24 hours: bytes and files, attached to a post or not. */
/** A request's service levels, in working days: Monday to Friday, but the holidays. */
export interface RequestSla {
  reviewWorkingDays: number;
  matchWorkingDays: number;
  deliveryWorkingDays: number;
  /** Days that are not working days, as YYYY-MM-DD (UTC). */
  holidays: readonly string[];
}

export interface UploadQuota {
  bytesPerPersonPerDay: number;
  filesPerPersonPerDay: number;
}

/** The OpenID Connect provider people may sign in with (authorization code flow with PKCE). */
export interface OidcSettings {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** The name people know the provider by, on the sign-in button. */
  label: string;
}

/** The api's connections to PostgreSQL: how many, how long a request waits for one, how long a statement may run. */
export interface DatabasePoolSettings {
  size: number;
  timeoutMs: number;
  /** Also the longest a transaction may sit idle with its connection. */
  statementTimeoutMs: number;
  /** Repeated statements prepared once per connection (off behind a proxy that shares connections per transaction). */
  preparedStatements: boolean;
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
  const oidcMissing = OIDC_REQUIRED.filter((name) => values[name] === undefined);
  if (oidcMissing.length > 0 && oidcMissing.length < OIDC_REQUIRED.length) {
    const given = OIDC_REQUIRED.filter((name) => !oidcMissing.includes(name));
    const because = `${given.join(' and ')} ${given.length > 1 ? 'are' : 'is'} set`;
    const problems = oidcMissing.map((name) => `  ${name}: is required for single sign-on, as ${because}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const oidcOn = oidcMissing.length === 0;
  if (production && oidcOn && !values.PUBLIC_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  PUBLIC_URL: is required in production with single sign-on (the provider sends people back to PUBLIC_URL/auth/oidc/callback)',
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
      preparedStatements: values.DATABASE_PREPARED_STATEMENTS,
    },
    requestGate: { maxInFlight: values.MAX_CONCURRENT_REQUESTS, maxWaitMs: values.REQUEST_QUEUE_TIMEOUT_MS },
    redisUrl: values.REDIS_URL,
    migrateOnStart: embedded || (values.MIGRATE_ON_START ?? false),
    demoData,
    demoPassword: values.DEMO_PASSWORD,
    jwtSecret: values.JWT_SECRET,
    metricsToken: values.METRICS_TOKEN,
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
      deliveryWorkingDays: values.REQUEST_DELIVERY_SLA_WORKING_DAYS,
      holidays: values.HOLIDAYS,
    },
    requireMfaRoles: values.REQUIRE_MFA_ROLES ?? (production ? ['ADMIN', 'COORDINATOR'] : []),
    oidc: oidcOn
      ? {
          issuerUrl: values.OIDC_ISSUER_URL!,
          clientId: values.OIDC_CLIENT_ID!,
          clientSecret: values.OIDC_CLIENT_SECRET!,
          label: values.OIDC_LABEL,
        }
      : undefined,
    uploads: {
      bytesPerPersonPerDay: values.UPLOAD_BYTES_PER_PERSON_PER_DAY,
      filesPerPersonPerDay: values.UPLOADS_PER_PERSON_PER_DAY,
    },
    searchRecentPosts: values.SEARCH_RECENT_POSTS,
  };
}

/** Tokens and the client secret travel to the issuer: over TLS, except to a provider on this machine. */
function isHttpsOrLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || (protocol === 'http:' && isLoopbackHost(hostname));
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
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
