import type { Browser, Page } from 'playwright-core';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, settle } from '../support/browser.js';
import { en } from '../support/i18n.js';
import { field, PASSWORD, signIn } from '../support/session.js';

// The platform admin: no other journey signs in as them, so turning two-factor sign-in on disturbs none.
const EMAIL = 'admin@unoct.example';

/** The authenticator's code, `steps` periods from now: the api takes each period's code once. */
const codeOf = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function passwordStep(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(en.signIn.email).fill(EMAIL);
  await field(page, en.signIn.password).fill(PASSWORD);
  await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
}

describe('a platform admin, whose role requires two-factor sign-in', () => {
  it('turns it on at the first sign-in, signs in with a code, sees their sessions, and is asked again after turning it off', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, EMAIL);

    // Nothing but turning it on, until it is on.
    await page.getByRole('heading', { level: 1, name: en.twoFactor.requiredTitle }).waitFor();
    await page.getByRole('button', { name: en.twoFactor.setUp }).click();
    await page.getByRole('img', { name: en.twoFactor.qrCode }).waitFor();
    await settle(page, '60-two-factor-setup');
    const secret = (await page.getByTestId('totp-key').innerText()).replace(/\s/g, '');
    await field(page, en.twoFactor.code).fill(await codeOf(secret));
    await page.getByRole('button', { name: en.twoFactor.turnOn }).click();
    const recoveryCodes = page.getByRole('list', { name: en.twoFactor.recoveryCodes });
    await recoveryCodes.waitFor();
    const codes = await recoveryCodes.getByRole('listitem').allInnerTexts();
    expect(codes).toHaveLength(10);
    await settle(page, '61-two-factor-recovery-codes');
    await page.getByRole('button', { name: en.twoFactor.savedCodes }).click();
    await page.getByRole('navigation', { name: en.nav.label }).waitFor();

    // The profile says it is on, and lists this browser's session.
    await page.goto('/profile');
    const section = page.getByRole('region', { name: en.twoFactor.title });
    await section.getByText(en.twoFactor.on, { exact: true }).waitFor();
    await page.getByRole('region', { name: en.sessions.title }).getByText(en.sessions.thisDevice).waitFor();
    await settle(page, '62-profile-two-factor-and-sessions');

    // Signing in again: the password, then a code from the app.
    await context.clearCookies();
    await passwordStep(page);
    const codeField = field(page, en.twoFactor.code);
    await codeField.waitFor();
    await settle(page, '63-sign-in-code');
    await codeField.fill(await codeOf(secret, 1));
    await page.getByRole('button', { name: en.twoFactor.verify }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.getByRole('navigation', { name: en.nav.label }).waitFor();

    // Off again with a recovery code: the role asks for it at once.
    await page.goto('/profile');
    await section.getByRole('button', { name: en.twoFactor.turnOff }).click();
    await field(section, en.twoFactor.codeOrRecoveryCode).fill(codes[0]);
    await section.getByRole('button', { name: en.twoFactor.turnOff }).click();
    await page.getByRole('heading', { level: 1, name: en.twoFactor.requiredTitle }).waitFor();
    await context.close();
  });
});
