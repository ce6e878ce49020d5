import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium, newContext, settle } from '../support/browser.js';
import { en, fill } from '../support/i18n.js';
import { signIn } from '../support/session.js';

// UNDP's observer: no other journey signs in as them, so their choices disturb none.
const EMAIL = 'observer@undp.example';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('a person who steers their notifications', () => {
  it('chooses what they hear of a workspace and how often mail comes, and both stay', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, EMAIL);

    // A workspace they read: the button names their level, the menu explains each one.
    await page.goto('/workspaces');
    await page.locator('main a[href^="/workspaces/"]').first().click();
    const watchButton = page.getByRole('button', { name: /^Notifications:/ });
    await watchButton.click();
    await page.getByRole('menuitemradio', { name: new RegExp(en.workspaces.watch.levels.ALL) }).waitFor();
    await settle(page, '50-workspace-watch-menu');
    await page.getByRole('menuitemradio', { name: new RegExp(en.workspaces.watch.levels.ALL) }).click();
    const allPosts = fill(en.workspaces.watch.button, { level: en.workspaces.watch.levels.ALL });
    await page.getByText(fill(en.workspaces.watch.saved, { level: en.workspaces.watch.levels.ALL })).waitFor();
    await page.reload();
    await page.getByRole('button', { name: allPosts }).waitFor();

    // Mail: a weekly digest instead of the daily one.
    await page.goto('/profile');
    const weekly = page.getByRole('radio', { name: en.profile.emailFrequency.options.WEEKLY });
    await weekly.check();
    const section = page.getByRole('region', { name: en.profile.emailFrequency.title });
    await section.getByRole('button', { name: en.common.save }).click();
    await page.getByText(en.profile.emailFrequency.saved).waitFor();
    await settle(page, '51-profile-mail-frequency');
    await page.reload();
    await page.getByRole('radio', { name: en.profile.emailFrequency.options.WEEKLY, checked: true }).waitFor();
    await context.close();
  });

  it('follows an unsubscribe link without signing in, and is told when it cannot be used', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/unsubscribe');
    await page.getByText(en.unsubscribe.noTokenTitle).waitFor();
    await page.goto('/unsubscribe?token=not-a-real-token');
    await page.getByRole('heading', { level: 1, name: en.unsubscribe.title }).waitFor();
    await settle(page, '52-unsubscribe');
    await page.getByRole('button', { name: en.unsubscribe.submit }).click();
    await page.getByText(en.unsubscribe.deadLinkTitle).waitFor();
    await context.close();
  });
});
