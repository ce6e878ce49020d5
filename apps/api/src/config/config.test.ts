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

  it('prepares repeated statements unless told not to (behind a proxy that shares connections)', () => {
    expect(loadConfig({}).databasePool.preparedStatements).toBe(true);
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'false' }).databasePool.preparedStatements).toBe(false);
    expect(() => loadConfig({ DATABASE_PREPARED_STATEMENTS: 'no' })).toThrow(/DATABASE_PREPARED_STATEMENTS/);
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

  it('keeps the holidays out of the requests’ working days, and refuses one that is not a date', () => {
    expect(loadConfig({ HOLIDAYS: '2026-12-25, 2027-01-01' }).requestSla.holidays).toEqual([
      '2026-12-25',
      '2027-01-01',
    ]);
    expect(loadConfig({}).requestSla).toMatchObject({ deliveryWorkingDays: 120, holidays: [] });
    expect(() => loadConfig({ HOLIDAYS: '25/12/2026' })).toThrow(/HOLIDAYS: must be dates like 2026-12-25/);
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

  it('serves metrics only with a METRICS_TOKEN, as long as the other secrets', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'm'.repeat(32) }).metricsToken).toBe('m'.repeat(32));
    expect(() => loadConfig({ METRICS_TOKEN: 'too-short' })).toThrow(/METRICS_TOKEN: must be at least 32/);
  });

  it('wants demo passwords as long as real ones', () => {
    expect(() => loadConfig({ DEMO_PASSWORD: 'short-pw' })).toThrow(/DEMO_PASSWORD: must be at least 12/);
  });

  it('lets each person upload 500 MiB or 500 files a day unless set otherwise', () => {
    expect(loadConfig({}).uploads).toEqual({ bytesPerPersonPerDay: 500 * 1024 * 1024, filesPerPersonPerDay: 500 });
    const set = loadConfig({ UPLOAD_BYTES_PER_PERSON_PER_DAY: '1048576', UPLOADS_PER_PERSON_PER_DAY: '20' });
    expect(set.uploads).toEqual({ bytesPerPersonPerDay: 1048576, filesPerPersonPerDay: 20 });
    expect(() => loadConfig({ UPLOADS_PER_PERSON_PER_DAY: '0' })).toThrow(/UPLOADS_PER_PERSON_PER_DAY/);
  });

  it('searches the newest 100,000 posts first unless set otherwise, 0 for all at once', () => {
    expect(loadConfig({}).searchRecentPosts).toBe(100_000);
    expect(loadConfig({ SEARCH_RECENT_POSTS: '0' }).searchRecentPosts).toBe(0);
    expect(() => loadConfig({ SEARCH_RECENT_POSTS: '-1' })).toThrow(/SEARCH_RECENT_POSTS/);
  });

  it('turns single sign-on on with issuer, client id and secret together, and names what is missing', () => {
    const sso = { OIDC_ISSUER_URL: 'https://id.example.org', OIDC_CLIENT_ID: 'ctcp', OIDC_CLIENT_SECRET: 's3cret' };
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(loadConfig(sso).oidc).toEqual({
      issuerUrl: 'https://id.example.org',
      clientId: 'ctcp',
      clientSecret: 's3cret',
      label: 'Single sign-on',
    });
    expect(loadConfig({ ...sso, OIDC_LABEL: 'UN Unite ID' }).oidc?.label).toBe('UN Unite ID');
    const partial = () => loadConfig({ OIDC_ISSUER_URL: sso.OIDC_ISSUER_URL, OIDC_CLIENT_ID: 'ctcp' });
    expect(partial).toThrow(ConfigError);
    expect(partial).toThrow(/OIDC_CLIENT_SECRET: is required for single sign-on/);
    expect(() => loadConfig({ OIDC_CLIENT_SECRET: 's3cret' })).toThrow(/OIDC_ISSUER_URL: .*\n\s+OIDC_CLIENT_ID: /);
  });

  it('wants the issuer over https (http on this machine only) and PUBLIC_URL in production', () => {
    const sso = { OIDC_CLIENT_ID: 'ctcp', OIDC_CLIENT_SECRET: 's3cret' };
    expect(() => loadConfig({ ...sso, OIDC_ISSUER_URL: 'http://id.example.org' })).toThrow(/OIDC_ISSUER_URL: must be/);
    const loopback = 'http://127.0.0.1:4000';
    expect(loadConfig({ ...sso, OIDC_ISSUER_URL: loopback }).oidc?.issuerUrl).toBe(loopback);
    const production = { ...sso, NODE_ENV: 'production', DEMO_DATA: 'false', OIDC_ISSUER_URL: 'https://x.example' };
    expect(() => loadConfig(production)).toThrow(/PUBLIC_URL: is required in production with single sign-on/);
    expect(loadConfig({ ...production, PUBLIC_URL: 'https://ctcp.example.org' }).oidc).toBeDefined();
  });
});
