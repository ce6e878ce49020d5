import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, newContext, screenshot, settle } from '../support/browser.js';
import { en, fill, fr } from '../support/i18n.js';
import { chooseOption, field, signIn } from '../support/session.js';

/**
 * The Criminal Justice working group's workspace: UNODC chairs it (Ingrid Larsen is an owner), INTERPOL and
 * UNOCT are members (Jean-Luc Moreau, Carlos Mendoza and Amina Haddad have the member role).
 */
const WORKSPACE = /Criminal Justice, Legal Responses and Countering the Financing of Terrorism/;
const STRICTLY = en.enums.classification.STRICTLY_CONFIDENTIAL;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** The marking's banners, by their accessible names in the reader's language. */
function banners(page: Page, messages: typeof en, marking: string) {
  return {
    top: page.getByRole('note', { name: fill(messages.discussions.marking.topLabel, { marking }) }),
    bottom: page.getByRole('note', { name: fill(messages.discussions.marking.bottomLabel, { marking }) }),
  };
}

/**
 * The platform admin's role requires two-factor sign-in on this server: turned on here, and off again at the
 * end (two-factor.e2e.test.ts expects to be the one who turns it on).
 */
async function turnOnTwoFactor(page: Page): Promise<string> {
  await page.getByRole('heading', { level: 1, name: en.twoFactor.requiredTitle }).waitFor();
  await page.getByRole('button', { name: en.twoFactor.setUp }).click();
  const secret = (await page.getByTestId('totp-key').innerText()).replace(/\s/g, '');
  await field(page, en.twoFactor.code).fill(await generate({ secret }));
  await page.getByRole('button', { name: en.twoFactor.turnOn }).click();
  const recoveryCodes = page.getByRole('list', { name: en.twoFactor.recoveryCodes });
  await recoveryCodes.waitFor();
  const codes = await recoveryCodes.getByRole('listitem').allInnerTexts();
  expect(codes).toHaveLength(10);
  await page.getByRole('button', { name: en.twoFactor.savedCodes }).click();
  await page.getByRole('navigation', { name: en.nav.label }).waitFor();
  return codes[0];
}

async function turnOffTwoFactor(page: Page, recoveryCode: string): Promise<void> {
  await page.goto('/profile');
  const section = page.getByRole('region', { name: en.twoFactor.title });
  await section.getByRole('button', { name: en.twoFactor.turnOff }).click();
  await field(section, en.twoFactor.codeOrRecoveryCode).fill(recoveryCode);
  await section.getByRole('button', { name: en.twoFactor.turnOff }).click();
  await page.getByRole('heading', { level: 1, name: en.twoFactor.requiredTitle }).waitFor();
}

describe('a strictly confidential thread', () => {
  it('is read by the people named on it only, between its markings, and each read is in the audit trail', async () => {
    // UNODC opens a STRICTLY CONFIDENTIAL thread in the workspace, naming INTERPOL's member through the picker.
    const unodc = await signedIn('member@unodc.example');
    const author = unodc.page;
    await author.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: en.nav.workspaces }).click();
    await author.getByRole('link', { name: WORKSPACE }).click();
    await author.getByRole('heading', { level: 1, name: WORKSPACE }).waitFor();
    const workspacePath = new URL(author.url()).pathname;
    await author.getByRole('link', { name: en.discussions.newThread }).click();
    await author.getByRole('heading', { level: 1, name: en.discussions.newThreadTitle }).waitFor();

    const title = `Hawala network: sources ${Date.now()}`;
    await field(author, en.discussions.titleLabel).fill(title);
    await chooseOption(
      author.getByRole('combobox', { name: new RegExp(`^${en.discussions.classification}`) }),
      author.getByRole('option', { name: STRICTLY, exact: true }),
    );
    const picker = author.getByRole('combobox', { name: new RegExp(`^${en.discussions.marking.participants}`) });
    await picker.click();
    await picker.pressSequentially('Moreau');
    await author.getByRole('option', { name: /Jean-Luc Moreau · INTERPOL/ }).click();
    await author
      .getByRole('textbox', { name: new RegExp(`^${en.discussions.bodyLabel}`) })
      .fill('Two sources named the exchange houses; their names stay between us.');
    await screenshot(author, 'classification-1-new-thread');
    await expectAccessible(author, 'new strictly confidential thread');
    await author.getByRole('button', { name: en.discussions.createThread }).click();
    await author.waitForURL(/\/threads\/[0-9a-f-]{36}$/);
    await author.getByRole('heading', { level: 1, name: title }).waitFor();
    const threadPath = new URL(author.url()).pathname;
    const threadId = threadPath.split('/').pop()!;
    const authorBanners = banners(author, en, STRICTLY);
    await authorBanners.top.waitFor();
    await authorBanners.bottom.waitFor();
    const named = author.getByRole('list', { name: en.discussions.marking.namedOnThread });
    await expect
      .poll(() => named.getByRole('listitem').allInnerTexts())
      .toEqual(['Ingrid Larsen · UNODC', 'Jean-Luc Moreau · INTERPOL']);
    // The author may change the marking (an owner) and the people named on it.
    await author.getByRole('button', { name: en.discussions.marking.change }).click();
    const dialog = author.getByRole('dialog', { name: en.discussions.marking.changeTitle });
    await dialog.getByRole('radio', { name: new RegExp(`^${en.enums.classification.CONFIDENTIAL}`) }).waitFor();
    await expectAccessible(author, 'change the marking');
    await dialog.getByRole('button', { name: en.common.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    await author.getByRole('button', { name: en.discussions.marking.editParticipants }).waitFor();

    // The workspace's list shows the marking next to the title.
    await author.goto(workspacePath);
    const row = author.getByRole('listitem').filter({ has: author.getByRole('link', { name: title }) });
    await row.getByText(STRICTLY, { exact: true }).waitFor();
    await unodc.context.close();

    // INTERPOL's member, named on it, reads it (in French) between the two banners.
    const interpol = await signedIn('member@interpol.example');
    await interpol.page.goto(threadPath);
    await interpol.page.getByRole('heading', { level: 1, name: title }).waitFor();
    const marking = fr.enums.classification.STRICTLY_CONFIDENTIAL;
    const { top, bottom } = banners(interpol.page, fr, marking);
    await top.waitFor();
    await bottom.waitFor();
    expect(await top.getAttribute('data-marking')).toBe('STRICTLY_CONFIDENTIAL');
    expect((await top.innerText()).trim()).toBe(marking.toLocaleUpperCase('fr'));
    expect((await bottom.innerText()).trim()).toBe(marking.toLocaleUpperCase('fr'));
    // Top above the title and the post, bottom below them.
    const heading = await interpol.page.getByRole('heading', { level: 1 }).boundingBox();
    const post = await interpol.page.getByText('their names stay between us').boundingBox();
    expect((await top.boundingBox())!.y).toBeLessThan(heading!.y);
    expect((await bottom.boundingBox())!.y).toBeGreaterThan(post!.y);
    await interpol.page.getByRole('list', { name: fr.discussions.marking.namedOnThread }).waitFor();
    await settle(interpol.page, 'classification-2-named-participant');
    // Printed, the marking heads and foots every page.
    await interpol.page.emulateMedia({ media: 'print' });
    expect(await top.isVisible()).toBe(true);
    expect(await bottom.isVisible()).toBe(true);
    expect(
      await interpol.page.evaluate(() => document.querySelector('style[data-printed-marking]')?.textContent ?? ''),
    ).toContain(`@top-center { content: "${marking.toLocaleUpperCase('fr')}"`);
    await interpol.context.close();

    // The coordinator, a member of the workspace not named on it: as if the thread did not exist.
    const coordinator = await signedIn('coordinator@unoct.example');
    await coordinator.page.goto(threadPath);
    await coordinator.page.getByText(en.errors.NOT_FOUND).waitFor();
    expect(await coordinator.page.getByText(title).count()).toBe(0);
    expect(await coordinator.page.getByRole('note').count()).toBe(0);
    expect(await coordinator.page.getByRole('button', { name: en.discussions.marking.breakGlassConfirm }).count()).toBe(
      0,
    );
    await settle(coordinator.page, 'classification-3-not-found');
    await coordinator.page.goto(workspacePath);
    await coordinator.page.getByRole('heading', { level: 1, name: WORKSPACE }).waitFor();
    await coordinator.page.waitForLoadState('networkidle');
    expect(await coordinator.page.getByRole('link', { name: title }).count()).toBe(0);
    await coordinator.context.close();

    // The platform admin, not named either, may break glass (audited), then reads the audit trail.
    const admin = await signedIn('admin@unoct.example');
    const recoveryCode = await turnOnTwoFactor(admin.page);
    try {
      await admin.page.goto(threadPath);
      await admin.page.getByText(en.errors.NOT_FOUND).waitFor();
      await admin.page.getByRole('heading', { level: 2, name: en.discussions.marking.breakGlass }).waitFor();
      await settle(admin.page, 'classification-4-break-glass-offer');
      await field(admin.page, en.discussions.marking.breakGlassReason).fill('Incident 2026-114: suspected leak');
      await admin.page.getByRole('button', { name: en.discussions.marking.breakGlassConfirm }).click();
      await admin.page.getByRole('heading', { level: 1, name: title }).waitFor();
      await admin.page.getByRole('alert').getByText(en.discussions.marking.breakGlassReadTitle).waitFor();
      await banners(admin.page, en, STRICTLY).bottom.waitFor();
      await settle(admin.page, 'classification-5-break-glass-read');

      await admin.page.goto('/audit?action=classified.read');
      await admin.page.getByRole('heading', { level: 1, name: en.audit.title }).waitFor();
      const reads = admin.page.getByRole('table').getByRole('row').filter({ hasText: threadId });
      const readers = async () => {
        const texts = await reads.allInnerTexts();
        return ['Ingrid Larsen', 'Jean-Luc Moreau', 'Amina Haddad'].filter((name) =>
          texts.some((text) => text.includes(name)),
        );
      };
      await expect.poll(readers).toEqual(['Ingrid Larsen', 'Jean-Luc Moreau', 'Amina Haddad']);
      expect(await reads.filter({ hasText: 'classified.read' }).count()).toBe(await reads.count());
      await settle(admin.page, 'classification-6-audit-reads');
    } finally {
      await turnOffTwoFactor(admin.page, recoveryCode);
      await admin.context.close();
    }
  });
});

describe('a strictly confidential assistance request', () => {
  it('is read by its author and the people the State names on it only, between its markings', async () => {
    // The Philippines' focal point writes one, then names the coordinator to have it triaged.
    const philippines = await signedIn('focal.point@ph.example');
    const focal = philippines.page;
    await focal.goto('/requests/new');
    await focal.getByRole('heading', { level: 1, name: en.requests.newTitle }).waitFor();
    const title = `Witness protection for a terrorism trial ${Date.now()}`;
    await field(focal, en.requests.titleLabel).fill(title);
    await field(focal, en.requests.description).fill(
      'Relocation of two protected witnesses; their names stay with us.',
    );
    await focal.getByRole('radio', { name: new RegExp(`^${STRICTLY}`) }).check();
    await screenshot(focal, 'classification-7-request-form');
    await focal.getByRole('button', { name: en.requests.form.submit, exact: true }).click();
    await focal.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    await focal.getByRole('heading', { level: 1, name: title }).waitFor();
    const requestPath = new URL(focal.url()).pathname;
    const marking = (messages: typeof en, page: Page) => ({
      top: page.getByRole('note', { name: fill(messages.requests.marking.topLabel, { marking: STRICTLY }) }),
      bottom: page.getByRole('note', { name: fill(messages.requests.marking.bottomLabel, { marking: STRICTLY }) }),
    });
    await marking(en, focal).top.waitFor();
    await marking(en, focal).bottom.waitFor();

    await focal.getByRole('button', { name: en.discussions.marking.editParticipants }).click();
    const dialog = focal.getByRole('dialog', { name: en.requests.marking.editParticipantsTitle });
    const picker = dialog.getByRole('combobox', { name: new RegExp(`^${en.discussions.marking.participants}`) });
    await picker.click();
    await picker.pressSequentially('Mendoza');
    await focal.getByRole('option', { name: /Carlos Mendoza · UNOCT/ }).click();
    await field(dialog, en.discussions.marking.reason).fill('The coordinators triage it');
    await expectAccessible(focal, 'people named on a request');
    await dialog.getByRole('button', { name: en.common.save }).click();
    await dialog.waitFor({ state: 'detached' });
    const named = focal.getByRole('list', { name: en.requests.marking.namedOnRequest });
    await expect
      .poll(() => named.getByRole('listitem').allInnerTexts())
      .toEqual(['Maria Santos · Philippines', 'Carlos Mendoza · UNOCT']);
    await settle(focal, 'classification-8-request-named');
    await philippines.context.close();

    // The coordinator, named, reads it between the banners; UNODC's member, not named, gets not-found.
    const coordinator = await signedIn('coordinator@unoct.example');
    await coordinator.page.goto(requestPath);
    await coordinator.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await marking(en, coordinator.page).top.waitFor();
    await marking(en, coordinator.page).bottom.waitFor();
    await expectAccessible(coordinator.page, 'a strictly confidential request');
    await coordinator.context.close();

    const unodc = await signedIn('member@unodc.example');
    await unodc.page.goto(requestPath);
    await unodc.page.getByText(en.errors.NOT_FOUND).waitFor();
    expect(await unodc.page.getByText(title).count()).toBe(0);
    await unodc.context.close();
  });
});

describe('a strictly confidential project', () => {
  it('is read by the coordinator who created it and the people named on it only, between its markings', async () => {
    // The coordinator creates one led by UNODC, then names UNODC's member to work on it.
    const coordinator = await signedIn('coordinator@unoct.example');
    const page = coordinator.page;
    await page.goto('/projects/new');
    await page.getByRole('heading', { level: 1, name: en.projects.newTitle }).waitFor();
    const title = `Protection of a water treatment plant ${Date.now()}`;
    await field(page, en.projects.titleLabel).fill(title);
    const lead = page.getByRole('combobox', { name: new RegExp(`^${en.projects.leadEntity}`) });
    await lead.fill('UNODC');
    await chooseOption(lead, page.getByRole('option', { name: /^UNODC – / }));
    await field(page, en.projects.startDate).fill('2031-04-01');
    // The date's calendar opens on focus and may cover the markings below it.
    await page.keyboard.press('Escape');
    await page.getByRole('radio', { name: new RegExp(`^${STRICTLY}`) }).check();
    await screenshot(page, 'classification-10-project-form');
    await page.getByRole('button', { name: en.projects.form.create }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const projectPath = new URL(page.url()).pathname;
    const marking = (target: Page) => ({
      top: target.getByRole('note', { name: fill(en.projects.marking.topLabel, { marking: STRICTLY }) }),
      bottom: target.getByRole('note', { name: fill(en.projects.marking.bottomLabel, { marking: STRICTLY }) }),
    });
    await marking(page).top.waitFor();
    await marking(page).bottom.waitFor();

    await page.getByRole('button', { name: en.discussions.marking.editParticipants }).click();
    const dialog = page.getByRole('dialog', { name: en.projects.marking.editParticipantsTitle });
    const picker = dialog.getByRole('combobox', { name: new RegExp(`^${en.discussions.marking.participants}`) });
    await picker.click();
    await picker.pressSequentially('Larsen');
    await page.getByRole('option', { name: /Ingrid Larsen · UNODC/ }).click();
    await field(dialog, en.discussions.marking.reason).fill('UNODC leads the work');
    await expectAccessible(page, 'people named on a project');
    await dialog.getByRole('button', { name: en.common.save }).click();
    await dialog.waitFor({ state: 'detached' });
    const named = page.getByRole('list', { name: en.projects.marking.namedOnProject });
    await expect
      .poll(() => named.getByRole('listitem').allInnerTexts())
      .toEqual(['Carlos Mendoza · UNOCT', 'Ingrid Larsen · UNODC']);
    await settle(page, 'classification-11-project-named');
    await coordinator.context.close();

    // UNODC's member, named, reads it between the banners; INTERPOL's member, not named, gets not-found.
    const unodc = await signedIn('member@unodc.example');
    await unodc.page.goto(projectPath);
    await unodc.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await marking(unodc.page).top.waitFor();
    await marking(unodc.page).bottom.waitFor();
    await expectAccessible(unodc.page, 'a strictly confidential project');
    // Its workspace says so, and keeps every thread at the project's marking.
    await unodc.page.getByRole('link', { name: en.projects.workspace }).click();
    await unodc.page.getByText(fill(en.workspaces.markedProject, { marking: STRICTLY })).waitFor();
    await settle(unodc.page, 'classification-12-project-workspace');
    await unodc.context.close();

    // INTERPOL's member reads the platform in French.
    const interpol = await signedIn('member@interpol.example');
    await interpol.page.goto(projectPath);
    await interpol.page.getByText(fr.errors.NOT_FOUND).waitFor();
    expect(await interpol.page.getByText(title).count()).toBe(0);
    await interpol.page.goto('/projects');
    await interpol.page.getByRole('heading', { level: 1, name: fr.projects.title }).waitFor();
    expect(await interpol.page.getByText(title).count()).toBe(0);
    await interpol.context.close();
  });
});
