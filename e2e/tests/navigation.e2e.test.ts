import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext } from '../support/browser.js';
import { en } from '../support/i18n.js';
import { signIn } from '../support/session.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('the navigation on a laptop screen', () => {
  it('reaches its last link when it is longer than the window (a coordinator’s, 1366 x 768)', async () => {
    const context = await newContext(browser, { width: 1366, height: 768 });
    const page = await context.newPage();
    await signIn(page, 'coordinator@unoct.example');
    const last = page.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: en.nav.profile });
    await last.scrollIntoViewIfNeeded();
    const box = (await last.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    await last.click();
    await page.waitForURL(/\/profile$/);
    await context.close();
  });
});
