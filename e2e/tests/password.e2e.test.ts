import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, settle } from '../support/browser.js';
import { en } from '../support/i18n.js';
import { mailTo, nextMailTo } from '../support/mailbox.js';
import { field, PASSWORD, signIn } from '../support/session.js';

// The Maldives' focal point: no other journey signs in as them, so their new password disturbs none.
const EMAIL = 'focal.point@mv.example';
const NEW_PASSWORD = 'a-new-long-password-2026';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('a focal point who forgot their password', () => {
  it('asks for a link by mail, sets a new password with it, and every old session ends', async () => {
    // Signed in elsewhere before: that session must end with the new password.
    const otherContext = await newContext(browser);
    const other = await otherContext.newPage();
    await signIn(other, EMAIL);

    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: en.signIn.forgotPassword }).click();
    await page.getByRole('heading', { level: 1, name: en.forgotPassword.title }).waitFor();
    const mailsBefore = (await mailTo(EMAIL)).length;
    await field(page, en.forgotPassword.email).fill(EMAIL);
    await page.getByRole('button', { name: en.forgotPassword.submit }).click();
    await page.getByText(en.forgotPassword.sentTitle).waitFor();
    await settle(page, '40-forgot-password-sent');

    // The link arrives by mail, in the person's language, and opens the reset page.
    const mail = await nextMailTo(EMAIL, mailsBefore);
    expect(mail.subject).toBe('Set a new password for the Counter-Terrorism Coordination Platform');
    const link = mail.text?.match(/https?:\/\/\S+\/reset-password\?token=\S+/)?.[0];
    expect(link).toBeDefined();
    const { pathname, search } = new URL(link!);
    await page.goto(`${pathname}${search}`);
    await page.getByRole('heading', { level: 1, name: en.resetPassword.title }).waitFor();
    await field(page, en.resetPassword.password).fill(NEW_PASSWORD);
    await field(page, en.resetPassword.confirmPassword).fill(NEW_PASSWORD);
    await settle(page, '41-reset-password');
    await page.getByRole('button', { name: en.resetPassword.submit }).click();
    await page.getByText(en.resetPassword.doneTitle).waitFor();

    // The link works once.
    await page.goto(`${pathname}${search}`);
    await field(page, en.resetPassword.password).fill('yet-another-password-2026');
    await field(page, en.resetPassword.confirmPassword).fill('yet-another-password-2026');
    await page.getByRole('button', { name: en.resetPassword.submit }).click();
    await page.getByText(en.resetPassword.deadLinkTitle).waitFor();
    await settle(page, '42-reset-link-used');

    // The old password no longer signs in; the new one does; the other browser was signed out.
    await page.goto('/sign-in');
    await page.getByLabel(en.signIn.email).fill(EMAIL);
    await field(page, en.signIn.password).fill(PASSWORD);
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await page.getByText(en.signIn.wrongCredentials).waitFor();
    await field(page, en.signIn.password).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await other.reload();
    await other.waitForURL(/\/sign-in/);

    await context.close();
    await otherContext.close();
  });
});
