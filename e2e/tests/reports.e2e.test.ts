import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, newContext, screenshot, settle } from '../support/browser.js';
import { ar, en, fill } from '../support/i18n.js';
import { chooseOption, escapeRegExp, signIn } from '../support/session.js';

const PROJECT = 'Countering Terrorist Travel Programme';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const nav = (page: Page, label: string) =>
  page.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: label, exact: true });

/**
 * The UI in `language` for this browser only (as the browser remembers a choice), whatever language
 * the account's profile holds: the profile is left as it is.
 */
async function showIn(page: Page, language: string): Promise<void> {
  await page.evaluate((chosen) => window.localStorage.setItem('ctcp.language', chosen), language);
  await page.reload();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
}

/** The value a key figure of the report or the dashboard shows, by its label: the term's first description. */
const keyFigure = (page: Page, label: string) =>
  page
    .locator('dt')
    .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
    .first()
    .locator('xpath=following-sibling::dd[1]');

/** Clicks a link that downloads, and answers the file, once it is whole. */
async function download(page: Page, linkName: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const path = await file.path();
  expect(await file.failure()).toBeNull();
  return { file, bytes: await readFile(path) };
}

/** The pages of a PDF as Chromium writes them (page objects are not compressed). */
const pdfPages = (bytes: Buffer) => bytes.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

describe('the coordinator follows the quarter: dashboard, report, PDF, projects and activities', () => {
  it('shows the Q1 2020 figures, downloads the report as PDF and CSV, in English and Arabic', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'coordinator@unoct.example');
    await showIn(page, 'en');

    // The dashboard, moved to the first quarter of 2020 with the quarter picker.
    await nav(page, en.nav.dashboard).click();
    await page.getByRole('heading', { level: 1, name: en.dashboard.title }).waitFor();
    const picker = page.getByRole('group', { name: en.reports.picker.label });
    await chooseOption(
      picker.getByRole('combobox', { name: en.reports.picker.year }),
      page.getByRole('option', { name: '2020', exact: true }),
    );
    await picker.getByText(fill(en.reports.picker.quarterShort, { quarter: 1 }), { exact: true }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?year=2020&quarter=1');
    await expect.poll(() => keyFigure(page, en.reports.figures.workshops).textContent()).toBe('18');
    expect(await keyFigure(page, en.reports.figures.pledged).textContent()).toBe('USD 248.7 million');
    await page.getByRole('heading', { level: 2, name: en.reports.by.workingGroup }).waitFor();
    await settle(page, '30-dashboard');

    // The full report of the quarter, laid out like UNOCT's highlights.
    const quarter = fill(en.reports.quarterLabel, { quarter: 1, year: 2020 });
    await page.getByRole('link', { name: fill(en.dashboard.openReport, { quarter }) }).click();
    await page.waitForURL(/\/reports\/2020\/1$/);
    await page.getByRole('heading', { level: 1, name: fill(en.reports.titleOf, { quarter }) }).waitFor();
    await expect.poll(() => keyFigure(page, en.reports.figures.workshops).textContent()).toBe('18');
    expect(await keyFigure(page, en.reports.figures.individualsTrained).textContent()).toBe('420');
    expect(await keyFigure(page, en.reports.figures.pledged).textContent()).toBe('USD 248.7 million');
    expect(await keyFigure(page, en.reports.figures.received).textContent()).toBe('USD 165.8 million');
    expect(await keyFigure(page, en.reports.figures.donors).textContent()).toBe('31');
    await page.getByText(fill(en.reports.figures.inKindApart, { amount: 'USD 11.5 million' })).waitFor();
    for (const section of Object.values(en.reports.sections) as string[]) {
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    }
    await page.getByText('Joint high-level visit to the Philippines of the heads of UNOCT and CTED').waitFor();
    await page.getByText('Launch of the UN Global Counter-Terrorism Coordination Platform').waitFor();
    await page.getByText('Inter-agency cooperation on border security and counter-terrorism').waitFor();
    await settle(page, '31-report');

    // Its PDF, printed by the api from this very page, and the records behind it as CSV.
    const pdf = await download(page, en.reports.export.pdf);
    expect(pdf.file.suggestedFilename()).toBe('ctcp-2020-q1.pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Whole (a download cut short has no end of file) and the whole report: five A4 pages in English.
    expect(pdf.bytes.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdfPages(pdf.bytes)).toBeGreaterThanOrEqual(4);
    expect(pdf.bytes.length).toBeLessThan(5_000_000);
    const csv = await download(page, en.reports.export.activities);
    expect(csv.file.suggestedFilename()).toBe('ctcp-2020-q1-activities.csv');
    const rows = csv.bytes.toString('utf8').trim().split(/\r?\n/);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.some((row) => row.includes('Bandos'))).toBe(true);

    // The same report in Arabic, right to left.
    await showIn(page, 'ar');
    const arabicQuarter = fill(ar.reports.quarterLabel, { quarter: 1, year: 2020 });
    await page.getByRole('heading', { level: 1, name: fill(ar.reports.titleOf, { quarter: arabicQuarter }) }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => keyFigure(page, ar.reports.figures.workshops).textContent()).toBe('18');
    await settle(page, '32-report-arabic');
    await showIn(page, 'en');

    await context.close();
  });

  it('lists the joint projects and opens one, on a wide screen and a phone', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'coordinator@unoct.example');
    await showIn(page, 'en');

    await nav(page, en.nav.projects).click();
    await page.getByRole('heading', { level: 1, name: en.projects.title }).waitFor();
    await page.getByRole('link', { name: PROJECT }).waitFor();
    await settle(page, '33-projects');

    await page.getByRole('link', { name: PROJECT }).click();
    await page.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
    await page.getByRole('heading', { level: 2, name: en.projects.milestones.title }).waitFor();
    await page.getByText(`(${en.enums.partnerRole.TECHNICAL_PARTNER})`).first().waitFor();
    await page.getByRole('link', { name: en.projects.workspace }).waitFor();
    await settle(page, '34-project');
    const projectPath = new URL(page.url()).pathname;
    await context.close();

    const phoneContext = await newContext(browser, { width: 390, height: 844 });
    const phone = await phoneContext.newPage();
    await signIn(phone, 'coordinator@unoct.example');
    await showIn(phone, 'en');
    await phone.goto(projectPath);
    await phone.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
    await phone.getByRole('heading', { level: 2, name: en.projects.requests.title }).waitFor();
    await settle(phone, '35-project-phone');
    // Nothing sticks out sideways on a phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phoneContext.close();
  });

  it('shows the activities as a calendar and on a world map with its table', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'coordinator@unoct.example');
    await showIn(page, 'en');

    await nav(page, en.nav.activities).click();
    await page.getByRole('heading', { level: 1, name: en.activities.title }).waitFor();
    await page.goto('/activities?month=2020-03');
    const calendar = page.getByRole('table', { name: 'March 2020' });
    await calendar
      .getByRole('link', { name: 'Inter-agency cooperation on border security and counter-terrorism' })
      .first()
      .waitFor();
    await settle(page, '36-activities-calendar');

    await page.getByText(en.activities.views.map, { exact: true }).click();
    await page.getByLabel(en.activities.from).fill('2020-01-01');
    await page.getByLabel(en.activities.to).fill('2020-03-31');
    // A circle of the map, titled with its country and figure.
    await page.locator('svg circle:has(> title)').first().waitFor();
    // The map's figures, for screen readers: a table of the countries reached.
    await page.getByRole('rowheader', { name: 'Kenya' }).waitFor({ state: 'attached' });
    await settle(page, '37-activities-map');
    await page.getByRole('button', { name: en.charts.showTable }).click();
    await page.getByRole('rowheader', { name: 'Kenya' }).waitFor();
    await screenshot(page, '38-activities-map-table');
    await context.close();
  });

  it('leaves the dashboard and reports to the Compact side: a State’s focal point has neither', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'focal.point@ph.example');
    await showIn(page, 'en');
    const navigation = page.getByRole('navigation', { name: en.nav.label });
    await navigation.getByRole('link', { name: en.nav.projects, exact: true }).waitFor();
    expect(await navigation.getByRole('link', { name: en.nav.dashboard, exact: true }).count()).toBe(0);
    expect(await navigation.getByRole('link', { name: en.nav.reports, exact: true }).count()).toBe(0);
    await page.goto('/reports/2020/1');
    await page.getByRole('alert').getByText(en.errors.FORBIDDEN).waitFor();
    await expectAccessible(page, 'report refused to a State');
    await context.close();
  });
});
