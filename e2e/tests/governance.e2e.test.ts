import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, newContext, screenshot, settle } from '../support/browser.js';
import { en } from '../support/i18n.js';
import { signIn } from '../support/session.js';

const BOARD = 'UNCCT Advisory Board';
/** "1st meeting", "12th meeting": the ordinal the web app gives a meeting in English. */
const ORDINAL = /^\d+(st|nd|rd|th) meeting$/;
/** The list of bodies follows it with the meeting's date. */
const ORDINAL_AND_DATE = /^\d+(st|nd|rd|th) meeting · /;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('governance bodies', () => {
  it('the coordinator finds the UNCCT Advisory Board, its members by role and its next meeting', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'coordinator@unoct.example');

    // The list of bodies, from the navigation.
    await page
      .getByRole('navigation', { name: en.nav.label })
      .getByRole('link', { name: en.nav.governance, exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: en.governance.title }).waitFor();
    const board = page.getByRole('article', { name: BOARD });
    await board.getByText(en.organizations.unconfirmed, { exact: true }).waitFor();
    await board.getByRole('link', { name: ORDINAL_AND_DATE }).waitFor();
    await settle(page, 'governance-1-bodies');

    // The Board's page: Saudi Arabia chairs it, UNOCT is its secretariat, the European Union its guest.
    await board.getByRole('link', { name: BOARD, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: BOARD }).waitFor();
    const chair = page.getByRole('region', { name: en.governance.roleGroup.CHAIR, exact: true });
    await chair.getByRole('link', { name: /Saudi Arabia/ }).waitFor();
    await page
      .getByRole('region', { name: en.governance.roleGroup.SECRETARIAT, exact: true })
      .getByRole('link', { name: /UNOCT/ })
      .waitFor();
    const guests = page.getByRole('region', { name: en.governance.roleGroup.GUEST, exact: true });
    await guests.getByRole('link', { name: /European Union/ }).waitFor();
    expect(
      await page.getByRole('region', { name: en.governance.roleGroup.MEMBER, exact: true }).getByRole('link').count(),
    ).toBe(20);

    // Its next meeting, with the demo's place, in New York's time and the reader's.
    const next = page.getByRole('region', { name: en.governance.nextMeeting, exact: true });
    const meetingLink = next.getByRole('link', { name: ORDINAL });
    await meetingLink.waitFor();
    await next.getByText('United Nations Headquarters, New York (demo)').waitFor();
    await next.getByText(/Eastern Time/).waitFor();
    await settle(page, 'governance-2-board');

    // The coordinator (UNOCT is the Board's secretariat) may schedule a meeting: the form, checked and closed.
    await page.getByRole('button', { name: en.governance.schedule }).click();
    const dialog = page.getByRole('dialog', { name: en.governance.scheduleTitle });
    await dialog.getByRole('button', { name: en.governance.scheduleSubmit }).click();
    await dialog.getByText(en.governance.startRequired).waitFor();
    await screenshot(page, 'governance-3-schedule-form');
    await expectAccessible(page, 'schedule a meeting');
    await dialog.getByRole('button', { name: en.common.cancel }).click();
    await dialog.waitFor({ state: 'detached' });

    // The meeting's page: its agenda in order, and its calendar file.
    await meetingLink.click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${BOARD}: \\d+(st|nd|rd|th) meeting$`) }).waitFor();
    const agenda = page.getByRole('region', { name: en.governance.agenda, exact: true });
    await expect
      .poll(() => agenda.getByRole('listitem').allInnerTexts())
      .toEqual([
        'Adoption of the agenda',
        'UNCCT programme of work: progress in the quarter',
        'Budget and resources of the UN Counter-Terrorism Trust Fund',
        'Any other business',
      ]);
    const calendar = page.getByRole('link', { name: en.governance.addToCalendar });
    expect(await calendar.getAttribute('href')).toMatch(/^\/exports\/meetings\/[0-9a-f-]{36}\/calendar\.ics$/);
    const ics = await context.request.get((await calendar.getAttribute('href'))!);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VEVENT');
    await settle(page, 'governance-4-meeting');

    await context.close();
  });
});
