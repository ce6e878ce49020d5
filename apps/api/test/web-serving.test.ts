import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestApp } from './harness.js';

// In a file of its own: Passport keeps strategies per process, so two apps in one test file would share one.
describe('the web app beside the api', () => {
  it('serves index.html for app routes, never for api routes (attachments, exports, health, graphql)', async () => {
    const webDistDir = await mkdtemp(join(tmpdir(), 'ctcp-web-'));
    await writeFile(join(webDistDir, 'index.html'), '<!doctype html><title>CTCP</title>');
    const withWeb = await startTestApp({ webDistDir });
    try {
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
    } finally {
      await withWeb.close();
      await rm(webDistDir, { recursive: true, force: true });
    }
  });
});
