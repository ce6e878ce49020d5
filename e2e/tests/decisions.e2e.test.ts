import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, newContext, screenshot, settle } from '../support/browser.js';
import { en } from '../support/i18n.js';
import { field, liveConnection, signIn } from '../support/session.js';

const WORKSPACE = /Border Management and Law Enforcement/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('a decision by silence procedure', () => {
  it('the coordinator proposes in a working group, UNODC breaks silence, and the coordinator sees it live', async () => {
    const coordinatorContext = await newContext(browser);
    const coordinator = await coordinatorContext.newPage();
    const unodcContext = await newContext(browser);
    const unodc = await unodcContext.newPage();
    await signIn(coordinator, 'coordinator@unoct.example');
    await signIn(unodc, 'member@unodc.example');

    // The coordinator opens the BMLE workspace's Decisions tab and circulates a proposal.
    await coordinator.goto('/workspaces');
    await coordinator.getByRole('link', { name: WORKSPACE }).click();
    await coordinator.getByRole('heading', { level: 1, name: WORKSPACE }).waitFor();
    await coordinator.getByRole('tab', { name: en.workspaces.tabs.decisions }).click();
    await coordinator.getByRole('heading', { level: 2, name: en.decisions.title }).waitFor();
    await coordinator.getByRole('button', { name: en.decisions.propose }).click();
    const dialog = coordinator.getByRole('dialog', { name: en.decisions.proposeTitle });
    const title = `Joint statement on border data ${Date.now()}`;
    await field(dialog, en.decisions.titleLabel).fill(title);
    await field(dialog, en.decisions.textLabel).fill('The working group endorses the **joint statement** on API/PNR.');
    await screenshot(coordinator, 'decisions-1-propose');
    await expectAccessible(coordinator, 'proposal form');
    await dialog.getByRole('button', { name: en.decisions.submit }).click();
    await coordinator.waitForURL(/\/decisions\/[0-9a-f-]{36}$/);
    await coordinator.getByRole('heading', { level: 1, name: title }).waitFor();
    await coordinator.locator('main').getByText(en.decisions.status.OPEN, { exact: true }).waitFor();
    const decisionPath = new URL(coordinator.url()).pathname;

    // The coordinator stays on the page, connected.
    const connected = liveConnection(coordinator);
    await coordinator.reload();
    await coordinator.getByRole('heading', { level: 1, name: title }).waitFor();
    await connected;
    await coordinator.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    await settle(coordinator, 'decisions-2-open');

    // UNODC finds it in the list across workspaces, and breaks silence with a reason.
    await unodc.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: en.nav.decisions }).click();
    await unodc.getByRole('heading', { level: 1, name: en.decisions.title }).waitFor();
    await unodc.getByRole('table').getByRole('link', { name: title, exact: true }).click();
    await unodc.waitForURL((url) => url.pathname === decisionPath);
    await unodc.getByRole('button', { name: en.decisions.breakSilence }).click();
    const objection = unodc.getByRole('dialog');
    await field(objection, en.decisions.reason).fill('UNODC needs a legal review of the data-protection clause.');
    await objection.getByRole('button', { name: en.decisions.object }).click();
    await unodc.getByText(en.decisions.alreadyObjected).waitFor();
    await settle(unodc, 'decisions-3-objected');

    // The coordinator sees the broken silence and the objection without reloading.
    await coordinator.locator('main').getByText(en.decisions.status.SILENCE_BROKEN, { exact: true }).waitFor();
    await coordinator.getByText('UNODC needs a legal review of the data-protection clause.').waitFor();
    expect(await coordinator.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
    await expect.poll(() => coordinator.getByRole('button', { name: en.decisions.withdraw }).count()).toBe(0);
    await screenshot(coordinator, 'decisions-4-silence-broken-live');
    await expectAccessible(coordinator, 'decision with an objection, live');

    await coordinatorContext.close();
    await unodcContext.close();
  });
});
