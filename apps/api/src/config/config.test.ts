import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database with demo data on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, demoData: true, migrateOnStart: true });
    expect(config.demoPassword).toBe('demo-pass-2020');
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('with DATABASE_URL, neither demo data nor migrations run unless asked', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/ctcp' });
    expect(config).toMatchObject({ demoData: false, migrateOnStart: false });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/ctcp', MIGRATE_ON_START: 'true' }).migrateOnStart).toBe(true);
  });

  it('names every bad variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/DATABASE_URL: must be a postgres/);
    expect(attempt).toThrow(/JWT_SECRET: must be at least 32/);
  });

  it('requires JWT_SECRET in production with a database server', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/ctcp' })).toThrow(/JWT_SECRET/);
  });

  it('sends digests at 06:00 UTC by default, on any crontab schedule given, and refuses one that is not', () => {
    expect(loadConfig({}).mail.digestCron).toBe('0 6 * * *');
    expect(loadConfig({ DIGEST_CRON: '* * * * *' }).mail.digestCron).toBe('* * * * *');
    expect(() => loadConfig({ DIGEST_CRON: 'every morning' })).toThrow(
      /DIGEST_CRON: must be a schedule in crontab syntax/,
    );
    expect(() => loadConfig({ DIGEST_CRON: '0 25 * * *' })).toThrow(/DIGEST_CRON/);
  });

  it('refuses, in production, demo accounts with the published password, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DEMO_PASSWORD: .*published/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/ctcp',
        JWT_SECRET: 'x'.repeat(32),
        DEMO_DATA: 'true',
      }),
    ).toThrow(/DEMO_PASSWORD/);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'false' }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_PASSWORD: 'a-password-of-our-own' }).demoData).toBe(true);
  });

  it('wants demo passwords as long as real ones', () => {
    expect(() => loadConfig({ DEMO_PASSWORD: 'short-pw' })).toThrow(/DEMO_PASSWORD: must be at least 12/);
  });
});
