import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, newContext, screenshot, settle } from '../support/browser.js';
import { en, fill } from '../support/i18n.js';
import { escapeRegExp, signIn } from '../support/session.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const COORDINATOR = 'coordinator@unoct.example';
const MEMBER = 'member@unodc.example';

/** The scheme the page is drawn in (Mantine's attribute on <html>). */
const shownScheme = (page: Page) => page.evaluate(() => document.documentElement.dataset.mantineColorScheme);

/** The choices kept in this browser, by storage key. */
const keptSchemes = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(window.localStorage)
        .filter((key) => key.startsWith('ctcp.colorScheme.user.'))
        .map((key) => [key, window.localStorage.getItem(key)]),
    ),
  );

const nav = (page: Page, label: string) =>
  page.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: label, exact: true });

/** The account menu's button, named after whoever is signed in. */
const accountMenu = (page: Page) =>
  page
    .locator('header')
    .getByRole('button', { name: new RegExp(`${escapeRegExp(fill(en.userMenu.label, { name: '' }))}$`) });

async function openAccountMenu(page: Page) {
  await accountMenu(page).click();
  await page.getByRole('menu').waitFor();
}

async function signOut(page: Page) {
  await openAccountMenu(page);
  await page.getByRole('menuitem', { name: en.auth.signOut }).click();
  await page.waitForURL(/\/sign-in/);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

describe('light, dark or the system’s scheme, chosen by each person', () => {
  it('follows the system before sign-in, keeps the coordinator’s dark choice across reloads and for them only', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();

    // Before sign-in, the system's scheme, as it changes.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => shownScheme(page)).toBe('dark');
    await settle(page, 'appearance-1-sign-in-system-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => shownScheme(page)).toBe('light');

    // The coordinator chooses dark in the account menu.
    await signIn(page, COORDINATOR);
    expect(await shownScheme(page)).toBe('light');
    await openAccountMenu(page);
    const dark = page.getByRole('menuitemradio', { name: en.userMenu.colorSchemes.dark });
    expect(
      await page.getByRole('menuitemradio', { name: en.userMenu.colorSchemes.auto }).getAttribute('aria-checked'),
    ).toBe('true');
    await dark.click();
    await expect.poll(() => shownScheme(page)).toBe('dark');
    expect(await dark.getAttribute('aria-checked')).toBe('true');
    await screenshot(page, 'appearance-2-account-menu-dark');
    await expectAccessible(page, 'account menu, dark');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);

    // Kept under the coordinator's id, and still dark after a reload.
    expect(Object.values(await keptSchemes(page))).toEqual(['dark']);
    expect(Object.keys(await keptSchemes(page))[0]).toMatch(/^ctcp\.colorScheme\.user\.[0-9a-f-]{36}$/);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await shownScheme(page)).toBe('dark');
    await settle(page, 'appearance-3-home-dark');

    // `?` lists the keyboard shortcuts.
    await page.locator('body').press('?');
    const sheet = page.getByRole('dialog', { name: en.shortcuts.title });
    await sheet.getByText(en.shortcuts.actions.openSearch).waitFor();
    await expect.poll(() => sheet.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await screenshot(page, 'appearance-4-shortcuts-dark');
    await expectAccessible(page, 'keyboard shortcuts, dark');
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);

    // A workspace's thread.
    await nav(page, en.nav.workspaces).click();
    await page.getByRole('heading', { level: 1, name: en.workspaces.title }).waitFor();
    await page.getByRole('link', { name: /Border Management and Law Enforcement/ }).click();
    await page.getByRole('heading', { level: 1, name: /Border Management and Law Enforcement/ }).waitFor();
    await page.getByRole('link', { name: /Bandos workshop on inter-agency cooperation/ }).click();
    await page.getByRole('heading', { level: 1, name: /Bandos workshop on inter-agency cooperation/ }).waitFor();
    await page.getByText('the briefing will follow this week').waitFor();
    await settle(page, 'appearance-5-thread-dark');

    // An assistance request.
    await nav(page, en.nav.requests).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Found by its title: other journeys may have filled the list's first page.
    await page.getByLabel(en.requests.search).fill('Advance passenger information');
    await page.getByRole('link', { name: /Advance passenger information and passenger name records/ }).click();
    await page
      .getByRole('heading', { level: 1, name: /Advance passenger information and passenger name records/ })
      .waitFor();
    await settle(page, 'appearance-6-request-dark');

    // The triage board, its columns and cards.
    await nav(page, en.nav.triage).click();
    await page.getByRole('heading', { level: 1, name: en.requests.board.title }).waitFor();
    await page.getByRole('region', { name: en.enums.requestStatus.SUBMITTED, exact: true }).waitFor();
    await settle(page, 'appearance-7-triage-board-dark');

    // The dashboard of a quarter with figures, charts and the map.
    await page.goto('/dashboard?year=2020&quarter=1');
    await page.getByRole('heading', { level: 1, name: en.dashboard.title }).waitFor();
    await page.getByRole('heading', { level: 2, name: en.reports.by.workingGroup }).waitFor();
    expect(await shownScheme(page)).toBe('dark');
    await settle(page, 'appearance-8-dashboard-dark');

    // Signed out, the system's scheme again; another person on the same browser has their own (none yet).
    await signOut(page);
    await expect.poll(() => shownScheme(page)).toBe('light');
    await signIn(page, MEMBER);
    await expect.poll(() => accountMenu(page).count()).toBe(1);
    expect(await shownScheme(page)).toBe('light');
    await openAccountMenu(page);
    expect(
      await page.getByRole('menuitemradio', { name: en.userMenu.colorSchemes.auto }).getAttribute('aria-checked'),
    ).toBe('true');
    await page.keyboard.press('Escape');
    await signOut(page);

    // The coordinator is back in dark.
    await signIn(page, COORDINATOR);
    await expect.poll(() => shownScheme(page)).toBe('dark');
    await context.close();
  });
});
