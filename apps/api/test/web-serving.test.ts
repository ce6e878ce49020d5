import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';

// In a file of its own: Passport keeps strategies per process, so two apps in one test file would share one.
describe('the web app beside the api', () => {
  const script = 'export const answer = 42;\n'.repeat(100);
  let webDistDir: string;
  let withWeb: TestApp;

  beforeAll(async () => {
    webDistDir = await mkdtemp(join(tmpdir(), 'ctcp-web-'));
    await writeFile(join(webDistDir, 'index.html'), '<!doctype html><title>CTCP</title>');
    await writeFile(join(webDistDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // As the web build writes them: a brotli and a gzip copy beside a script, none beside a tiny one.
    await mkdir(join(webDistDir, 'assets'));
    await writeFile(join(webDistDir, 'assets/app-1a2b.js'), script);
    await writeFile(join(webDistDir, 'assets/app-1a2b.js.br'), brotliCompressSync(script));
    await writeFile(join(webDistDir, 'assets/app-1a2b.js.gz'), gzipSync(script));
    await writeFile(join(webDistDir, 'assets/small-3c4d.js'), 'export {};');
    withWeb = await startTestApp({ webDistDir });
  });

  afterAll(async () => {
    await withWeb?.close();
    await rm(webDistDir, { recursive: true, force: true });
  });

  it('serves index.html for app routes, never for api routes (attachments, exports, health, graphql)', async () => {
    const page = await fetch(`${withWeb.url}/workspaces/123`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('<title>CTCP</title>');
    for (const path of [
      '/attachments/00000000-0000-4000-8000-000000000000',
      '/exports/quarterly/2020/1/report.pdf',
      '/health/nothing',
      '/graphql',
    ]) {
      const response = await fetch(`${withWeb.url}${path}`, { headers: { accept: 'text/html' } });
      expect(await response.text(), path).not.toContain('<title>CTCP</title>');
    }
  });

  it("sends the build's brotli or gzip copy of a script to a browser that accepts it", async () => {
    const get = (path: string, acceptEncoding: string) =>
      fetch(`${withWeb.url}${path}`, { headers: { 'accept-encoding': acceptEncoding } });
    for (const [accepted, sent] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const response = await get('/assets/app-1a2b.js', accepted);
      expect(response.status, accepted).toBe(200);
      expect(response.headers.get('content-encoding'), accepted).toBe(sent);
      expect(response.headers.get('content-type'), accepted).toMatch(/^text\/javascript/);
      expect(response.headers.get('vary'), accepted).toMatch(/Accept-Encoding/i);
      // fetch decodes the body: the same script whatever was sent.
      expect(await response.text(), accepted).toBe(script);
    }
    // Without a compressed copy, the file as it is.
    const small = await get('/assets/small-3c4d.js', 'br');
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.text()).toBe('export {};');
  });

  it('lets browsers keep the hashed build files for a year, and asks again for index.html and the rest', async () => {
    for (const [path, encoding] of [
      ['/assets/app-1a2b.js', 'br'],
      ['/assets/small-3c4d.js', 'br'],
      ['/assets/app-1a2b.js', 'identity'],
    ]) {
      const response = await fetch(`${withWeb.url}${path}`, { headers: { 'accept-encoding': encoding } });
      expect(response.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
    expect((await fetch(`${withWeb.url}/workspaces`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${withWeb.url}/favicon.svg`)).headers.get('cache-control')).toBe('public, max-age=3600');
  });
});
