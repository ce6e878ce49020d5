import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;

/** Debian's Chromium, headless, with the flags this closed network needs (no background traffic). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * How long one step waits for the page: long enough for a 2-core machine saturated by two runs of the
 * whole suite at once (seen to take 20-40 s for a live update there), so that a failure means a defect.
 */
export const PAGE_WAIT_MS = 60_000;

export async function newContext(browser: Browser, viewport = { width: 1280, height: 860 }): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: inject('baseUrl'), viewport, locale: 'en-US' });
  context.setDefaultTimeout(PAGE_WAIT_MS);
  return context;
}

/**
 * No serious or critical accessibility violation on the page as it is now (axe-core, WCAG 2.1 AA), or in
 * its part `within` (a CSS selector).
 */
export async function expectAccessible(page: Page, label: string, within?: string): Promise<void> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const results = await (within ? axe.include(within) : axe).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  expect(blocking, `axe on ${label}`).toEqual([]);
}

/** Keeps a full-page screenshot as a test artifact under e2e/artifacts/screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const directory = join(ARTIFACTS, 'screenshots');
  await mkdir(directory, { recursive: true });
  // From the top, so that the fixed header is drawn there and not over the middle of the page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(directory, `${name}.png`), fullPage: true });
}

/** Once the page has stopped loading: a screenshot, then the accessibility check. */
export async function settle(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await screenshot(page, name);
  await expectAccessible(page, name);
}

/**
 * From the page's next load on, adds up how far what it had drawn moved by itself (the `layout-shift`
 * entries of Lighthouse's CLS, without those that follow an input), for `layoutShiftOf`.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts = window as unknown as { layoutShift: number };
    shifts.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) shifts.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export function layoutShiftOf(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
}
