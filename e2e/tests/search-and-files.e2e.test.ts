import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, settle } from '../support/browser.js';
import { ar, en } from '../support/i18n.js';
import { escapeRegExp, field, signIn } from '../support/session.js';

const WORKSPACE = /Border Management and Law Enforcement/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The UI in `language` for this browser only, as the language switcher remembers a choice. */
async function showIn(page: Page, language: string): Promise<void> {
  await page.evaluate((chosen) => window.localStorage.setItem('ctcp.language', chosen), language);
  await page.reload();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
}

/** A word no seeded text holds (letters only, so that the search's stemming keeps it whole). */
function distinctiveWord(): string {
  return `kestrel${[...String(Date.now())].map((digit) => 'abcdefghij'[Number(digit)]).join('')}`;
}

describe('a member finds a post with Ctrl+K and downloads its file from the workspace', () => {
  it('searches, opens the thread, then lists and downloads the file in the Files tab, in English and Arabic', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'member@unodc.example');

    // A new thread in the BMLE workspace, its first post holding the word and a PDF.
    await page.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: en.nav.workspaces }).click();
    await page.getByRole('link', { name: WORKSPACE }).click();
    await page.getByRole('heading', { level: 1, name: WORKSPACE }).waitFor();
    const workspacePath = new URL(page.url()).pathname;

    const word = distinctiveWord();
    const title = `Field notes from the northern corridor ${Date.now()}`;
    const body = `Observed ${word} movements near the crossing points.`;
    const fileName = `corridor-${Date.now()}.pdf`;
    await page.getByRole('link', { name: en.discussions.newThread }).click();
    await page.getByRole('heading', { level: 1, name: en.discussions.newThreadTitle }).waitFor();
    await field(page, en.discussions.titleLabel).fill(title);
    await page.getByRole('textbox', { name: new RegExp(`^${en.discussions.bodyLabel}`) }).fill(body);
    await page.getByLabel(new RegExp(en.discussions.attachments.attach)).setInputFiles({
      name: fileName,
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n'),
    });
    await page.getByText(en.discussions.attachments.uploaded).waitFor();
    await page.getByRole('button', { name: en.discussions.createThread }).click();
    await page.waitForURL(/\/threads\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const threadPath = new URL(page.url()).pathname;

    // Elsewhere in the app, Ctrl+K opens the palette; the post is found by its word.
    await page.goto('/workspaces');
    await page.getByRole('heading', { level: 1, name: en.workspaces.title }).waitFor();
    await page.keyboard.press('Control+K');
    const search = page.getByPlaceholder(en.search.placeholder);
    await search.waitFor();
    await search.fill(word);
    const hit = page.getByRole('button', { name: new RegExp(escapeRegExp(title)) }).first();
    await hit.waitFor();
    await settle(page, '40-search-palette');
    await hit.click();
    await page.waitForURL((url) => url.pathname === threadPath);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(body).waitFor();

    // All results for the word, on their own page.
    await page.goto(`/search?q=${encodeURIComponent(word)}`);
    await page.getByRole('list', { name: en.search.resultsLabel }).getByRole('link', { name: title }).first().waitFor();
    await settle(page, '41-search-results');

    // The workspace's Files tab lists the post's file, with a link to the post.
    await page.goto(workspacePath);
    await page.getByRole('heading', { level: 1, name: WORKSPACE }).waitFor();
    await page.getByRole('tab', { name: en.workspaces.tabs.files }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'files');
    const table = page.getByRole('table', { name: en.attachments.tableLabel });
    const row = table.getByRole('row', { name: new RegExp(escapeRegExp(fileName)) });
    await row.getByRole('link', { name: title }).waitFor();
    expect(await row.getByRole('link', { name: title }).getAttribute('href')).toMatch(
      new RegExp(`^${threadPath}#post-[0-9a-f-]{36}$`),
    );
    await settle(page, '42-workspace-files');

    // The download is the PDF itself, under its name.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: fileName }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(fileName);
    const bytes = await readFile(await download.path());
    expect(await download.failure()).toBeNull();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The tab is addressable, and reads right to left in Arabic, on a desktop and on a phone.
    await showIn(page, 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('tab', { name: ar.workspaces.tabs.files, selected: true }).waitFor();
    await page.getByRole('table', { name: ar.attachments.tableLabel }).getByRole('link', { name: fileName }).waitFor();
    await settle(page, '43-workspace-files-arabic');
    await context.close();

    const phoneContext = await newContext(browser, { width: 390, height: 844 });
    const phone = await phoneContext.newPage();
    await signIn(phone, 'member@unodc.example');
    await showIn(phone, 'ar');
    await phone.goto(`${workspacePath}?tab=files`);
    await phone.getByRole('tab', { name: ar.workspaces.tabs.files, selected: true }).waitFor();
    await phone.getByRole('link', { name: fileName }).waitFor();
    // The page keeps to the phone's width: only the table scrolls sideways.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await settle(phone, '44-workspace-files-arabic-phone');
    await phoneContext.close();
  });
});
