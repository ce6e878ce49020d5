import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, newContext, screenshot } from '../support/browser.js';
import { en } from '../support/i18n.js';
import { field, signIn } from '../support/session.js';

/** The demo plan of the BMLE working group, whose chair UNOCT the coordinator belongs to. */
const PLAN = /Border management and law enforcement: work plan, January to June 2020/;
const ITEM = 'Watch-list screening guide for border officers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('a six-month work plan', () => {
  it('a chair moves an item on the board to AT_RISK and notes why on its page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'coordinator@unoct.example');

    await page
      .getByRole('navigation', { name: en.nav.label })
      .getByRole('link', { name: en.nav.workPlans, exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: en.workPlans.title }).waitFor();
    await page.getByRole('link', { name: PLAN }).click();
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();

    // The item is on track; the chair moves it with its menu.
    const onTrack = page.getByRole('region', { name: en.workPlans.status.ON_TRACK });
    const card = onTrack.locator('.mantine-Card-root', { has: page.getByRole('link', { name: ITEM }) });
    await card.getByRole('button', { name: en.workPlans.move }).click();
    await page.getByRole('menuitem', { name: en.workPlans.status.AT_RISK }).click();
    const atRisk = page.getByRole('region', { name: en.workPlans.status.AT_RISK });
    await atRisk.getByRole('link', { name: ITEM }).waitFor();
    await screenshot(page, 'work-plans-1-board');
    await expectAccessible(page, 'work plan board');

    // On the item's page, a progress note is appended.
    await atRisk.getByRole('link', { name: ITEM }).click();
    await page.getByRole('heading', { level: 1, name: ITEM }).waitFor();
    await field(page, en.workPlans.addNote).fill('The printer of the guide is late.');
    await page.getByRole('button', { name: en.workPlans.save }).click();
    await page.getByText('The printer of the guide is late.', { exact: true }).waitFor();
    expect(await page.locator('main').getByText(en.workPlans.status.AT_RISK, { exact: true }).count()).toBeGreaterThan(
      0,
    );
    await screenshot(page, 'work-plans-2-item');

    // The quarterly report counts the plan's items by status: done, on track, at risk, not started, dropped.
    await page.goto('/reports/2020/1');
    await page.getByRole('heading', { name: en.reports.sections.workPlanProgress }).waitFor();
    const row = page
      .getByRole('table', { name: en.reports.sections.workPlanProgress })
      .getByRole('row', { name: /Border Management and Law Enforcement/ });
    await expect.poll(() => row.getByRole('cell').allInnerTexts()).toEqual(['1', '0', '2', '1', '0']);
    await context.close();
  });
});
