import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, newContext, screenshot, settle } from '../support/browser.js';
import { en, fr } from '../support/i18n.js';
import { field, liveConnection, signIn } from '../support/session.js';

const WORKSPACE = /Border Management and Law Enforcement/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The unread count the bell announces (its accessible name), in French for the INTERPOL member. */
async function unreadCount(page: Page): Promise<number> {
  const bell = page.locator('header').getByRole('button', { name: new RegExp(`^${fr.notifications.bellLabel}`) });
  const label = (await bell.getAttribute('aria-label')) ?? '';
  const match = /(\d+)/.exec(label);
  return match ? Number(match[1]) : 0;
}

describe('two working group members discuss in their workspace, live', () => {
  it('a reply with a mention reaches the other member at once: post, badge and toast', async () => {
    const unodcContext = await newContext(browser);
    const unodc = await unodcContext.newPage();
    const interpolContext = await newContext(browser);
    const interpol = await interpolContext.newPage();
    await signIn(unodc, 'member@unodc.example');
    await signIn(interpol, 'member@interpol.example'); // Jean-Luc Moreau reads the platform in French

    // UNODC: the workspaces list, then the BMLE working group's workspace.
    await unodc.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: en.nav.workspaces }).click();
    await unodc.getByRole('heading', { level: 1, name: en.workspaces.title }).waitFor();
    await unodc.getByRole('link', { name: WORKSPACE }).waitFor();
    await settle(unodc, '13-workspaces');

    await unodc.getByRole('link', { name: WORKSPACE }).click();
    await unodc.getByRole('heading', { level: 1, name: WORKSPACE }).waitFor();
    await unodc.getByRole('heading', { level: 2, name: en.workspaces.members }).waitFor();
    await unodc.getByRole('link', { name: 'Jean-Luc Moreau' }).waitFor();
    await settle(unodc, '14-workspace');

    // UNODC opens a thread.
    const title = `Watchlist sharing at land borders ${Date.now()}`;
    await unodc.getByRole('link', { name: en.discussions.newThread }).click();
    await unodc.getByRole('heading', { level: 1, name: en.discussions.newThreadTitle }).waitFor();
    await field(unodc, en.discussions.titleLabel).fill(title);
    await unodc
      .getByRole('textbox', { name: new RegExp(`^${en.discussions.bodyLabel}`) })
      .fill('Opening the discussion on **API/PNR** data for the land borders of the region.');
    await unodc.getByRole('button', { name: en.discussions.createThread }).click();
    await unodc.waitForURL(/\/threads\/[0-9a-f-]{36}$/);
    await unodc.getByRole('heading', { level: 1, name: title }).waitFor();
    const threadPath = new URL(unodc.url()).pathname;

    // INTERPOL opens that thread and stays on it.
    const connected = liveConnection(interpol);
    await interpol.goto(threadPath);
    await interpol.getByRole('heading', { level: 1, name: title }).waitFor();
    await interpol.waitForLoadState('networkidle');
    await connected;
    const unreadBefore = await unreadCount(interpol);
    await interpol.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    // UNODC replies, mentioning INTERPOL's member through the autocomplete.
    const reply = unodc.getByRole('textbox', { name: en.discussions.replyLabel });
    await reply.click();
    await reply.pressSequentially('Thanks @member@inter');
    await unodc.getByRole('option', { name: /Jean-Luc Moreau/ }).waitFor();
    await reply.press('Enter');
    await reply.pressSequentially('could INTERPOL check the I-24/7 side?');
    await expect
      .poll(() => reply.inputValue())
      .toBe('Thanks @member@interpol.example could INTERPOL check the I-24/7 side?');
    // With a file, uploaded at once and sent with the reply.
    await unodc.getByLabel(new RegExp(en.discussions.attachments.attach)).setInputFiles({
      name: 'briefing.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n'),
    });
    await unodc.getByText(en.discussions.attachments.uploaded).waitFor();
    // INTERPOL's toast leaves after 8 s, which a busy machine may spend on UNODC's checks below: watched
    // for from before the reply is sent, and its link read while it shows.
    const toast = interpol
      .getByRole('status', { name: fr.notifications.toastRegion })
      .getByRole('link', { name: /Ingrid Larsen/ });
    const toastHref = toast.waitFor().then(() => toast.getAttribute('href'));
    await unodc.getByRole('button', { name: en.discussions.send }).click();
    await unodc.getByRole('link', { name: '@member@interpol.example' }).waitFor();
    await settle(unodc, '15-thread');

    // INTERPOL: the reply appears without reloading, the mention is counted and toasted.
    await interpol.getByText('could INTERPOL check the I-24/7 side?').waitFor();
    expect(await toastHref).toMatch(new RegExp(`^${threadPath}#post-[0-9a-f-]{36}$`));
    await expect.poll(() => unreadCount(interpol)).toBe(unreadBefore + 1);
    expect(await interpol.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
    const mentionLink = interpol.getByRole('link', { name: '@member@interpol.example' });
    expect(await mentionLink.getAttribute('href')).toMatch(/^\/people\/[0-9a-f-]{36}$/);
    // The file came with it, and downloads (as an attachment) for this member.
    const fileLink = interpol.getByRole('link', { name: /briefing\.pdf/ });
    const download = await interpol.request.get((await fileLink.getAttribute('href'))!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="briefing.pdf"/);
    await screenshot(interpol, '16-thread-live-mention');
    await expectAccessible(interpol, 'thread with a live mention (French)');

    // The notification leads to the post, and opening it marks it read.
    await interpol
      .locator('header')
      .getByRole('button', { name: new RegExp(`^${fr.notifications.bellLabel}`) })
      .click();
    const panel = interpol.getByRole('dialog', { name: fr.notifications.title });
    await panel
      .getByRole('link', { name: /Ingrid Larsen/ })
      .first()
      .waitFor();
    // After its fade-in.
    await expect.poll(() => panel.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await screenshot(interpol, '17-notifications-panel');
    await panel
      .getByRole('link', { name: /Ingrid Larsen/ })
      .first()
      .click();
    await expect.poll(() => unreadCount(interpol)).toBe(unreadBefore);
    await expect.poll(() => interpol.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^post-/);
    expect(await interpol.getByRole('heading', { level: 1 }).textContent()).toBe(title);

    await unodcContext.close();
    await interpolContext.close();
  });
});
