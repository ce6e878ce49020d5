import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, newContext, screenshot } from '../support/browser.js';
import { ar, en, fill } from '../support/i18n.js';
import { chooseOption, field, PASSWORD, signIn } from '../support/session.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function visit(page: Page, linkName: string, heading: string, name: string) {
  await page.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: linkName }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
  await page.waitForLoadState('networkidle');
  await screenshot(page, name);
  await expectAccessible(page, name);
}

describe('a coordinator browses the directory, switches to Arabic, and signs out', () => {
  it('works end to end, accessibly, in a real browser', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();

    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel(en.signIn.email).waitFor();
    await screenshot(page, '01-sign-in');
    await expectAccessible(page, 'sign-in');

    // A wrong password is refused with a clear message.
    await page.getByLabel(en.signIn.email).fill('coordinator@unoct.example');
    await field(page, en.signIn.password).fill('not-the-password');
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await page.getByText(en.signIn.wrongCredentials).waitFor();

    await field(page, en.signIn.password).fill(PASSWORD);
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await page.getByRole('heading', { name: fill(en.home.title, { name: 'Carlos Mendoza' }) }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, '02-home');
    await expectAccessible(page, 'home');

    await visit(page, en.nav.entities, en.entities.title, '03-entities');
    await page.getByRole('cell', { name: 'INTERPOL', exact: true }).waitFor();
    await page.getByLabel(en.entities.search).fill('crime');
    await page.getByRole('cell', { name: 'UNODC', exact: true }).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'INTERPOL', exact: true }).count()).toBe(0);

    // UNOCT's page shows its units from the reference data: UNCCT and SPIB.
    await page.getByLabel(en.entities.search).fill('UNOCT');
    await page.getByRole('link', { name: 'UNOCT', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'United Nations Office of Counter-Terrorism' }).waitFor();
    const units = page.getByRole('region', { name: en.organizations.units.title });
    await units.getByText('UNCCT', { exact: true }).waitFor();
    await units.getByText('United Nations Counter-Terrorism Centre', { exact: true }).waitFor();
    await units.getByText('SPIB', { exact: true }).waitFor();
    await units.getByText('Special Projects and Innovation Branch', { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, '03b-organization-units');
    await expectAccessible(page, 'organization-units');

    await visit(page, en.nav.states, en.states.title, '04-states');
    await page.getByLabel(en.states.search).fill('Phil');
    await page.getByText('Philippines', { exact: true }).waitFor();
    await page.getByText('Philippines', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Philippines' }).waitFor();
    await page.getByText('Maria Santos').waitFor(); // the State's focal point, visible to UNOCT
    await screenshot(page, '05-organization');
    await expectAccessible(page, 'organization');

    await visit(page, en.nav.workingGroups, en.workingGroups.title, '06-working-groups');
    await page
      .getByRole('link', { name: /Border Management/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /Border Management/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, '07-working-group');
    await expectAccessible(page, 'working-group');

    await visit(page, en.nav.people, en.people.title, '08-people');
    await page.getByText('Ingrid Larsen').waitFor();

    // Arabic: the whole page turns right-to-left, and the choice is remembered in the profile.
    await chooseOption(
      page.getByRole('combobox', { name: en.language.label }),
      page.getByRole('option', { name: 'العربية' }),
    );
    await expect
      .poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]))
      .toEqual(['ar', 'rtl']);
    await page.getByRole('heading', { level: 1, name: ar.people.title }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, '09-people-arabic');
    await expectAccessible(page, 'people in Arabic');

    await page.getByRole('navigation', { name: ar.nav.label }).getByRole('link', { name: ar.nav.states }).click();
    await page.getByRole('heading', { level: 1, name: ar.states.title }).waitFor();
    await page.getByText('الفلبين', { exact: true }).waitFor();
    await screenshot(page, '10-states-arabic');
    await expectAccessible(page, 'states in Arabic');

    await page.getByRole('button', { name: ar.userMenu.label.replace('{{name}}', 'Carlos Mendoza') }).click();
    await page.getByRole('menuitem', { name: ar.auth.signOut }).click();
    await page.waitForURL(/\/sign-in/);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // Signed out for real: protected pages send back to sign-in.
    await page.goto('/people');
    await page.waitForURL(/\/sign-in/);
    await context.close();

    // The language followed the account: a new browser signs in and gets Arabic back.
    const fresh = await newContext(browser);
    const again = await fresh.newPage();
    await signIn(again, 'coordinator@unoct.example');
    await expect.poll(() => again.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // The account is shared with the other tests: back to English, as they expect to find it.
    const saved = again.waitForResponse(
      (response) => response.url().endsWith('/graphql') && /UpdateMyProfile/.test(response.request().postData() ?? ''),
    );
    await chooseOption(
      again.getByRole('combobox', { name: ar.language.label }),
      again.getByRole('option', { name: 'English' }),
    );
    await expect.poll(() => again.evaluate(() => document.documentElement.lang)).toBe('en');
    expect((await saved).ok()).toBe(true);
    await fresh.close();
  });
});

describe('a Member State focal point on a phone', () => {
  it('navigates with the menu and never sees another State’s people', async () => {
    const context = await newContext(browser, { width: 390, height: 844 });
    const page = await context.newPage();
    await signIn(page, 'focal.point@ph.example');
    await page.getByRole('heading', { name: fill(en.home.title, { name: 'Maria Santos' }) }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, '11-phone-home');
    await expectAccessible(page, 'home on a phone');

    await page.getByRole('button', { name: en.nav.open }).click();
    await page.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: en.nav.people }).click();
    await page.getByRole('heading', { level: 1, name: en.people.title }).waitFor();
    await page.getByText('Ingrid Larsen').first().waitFor();
    expect(await page.getByText('Ahmed Rasheed').count()).toBe(0);
    await screenshot(page, '12-phone-people');
    await expectAccessible(page, 'people on a phone');
    await context.close();
  });
});
