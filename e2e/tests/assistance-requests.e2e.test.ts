import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, screenshot, settle, expectAccessible } from '../support/browser.js';
import { ar, en, fill } from '../support/i18n.js';
import { chooseOption, escapeRegExp, field, liveConnection, signIn } from '../support/session.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A browser of its own for each person; a step that cannot happen fails in seconds, naming what it waited for. */
async function openBrowser() {
  const context = await newContext(browser);
  return { context, page: await context.newPage() };
}

const nav = (page: Page, label: string) =>
  page.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: label, exact: true });

/** A translated sentence with its placeholders matching anything (values are wrapped in direction isolates). */
const pattern = (template: string) =>
  new RegExp(
    template
      .split(/\{\{\w+\}\}/)
      .map(escapeRegExp)
      .join('.*'),
  );

/** The UI in `language`, whatever the account's preferred language left it in. */
async function chooseLanguage(page: Page, language: 'English' | 'العربية', lang: string) {
  if ((await page.evaluate(() => document.documentElement.lang)) === lang) return;
  await chooseOption(page.locator('header').getByRole('combobox'), page.getByRole('option', { name: language }));
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

const column = (page: Page, status: string) => page.getByRole('region', { name: status, exact: true });

/** Sets a flag in the page: still there later means the page was never reloaded. */
const markPage = (page: Page) => page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
const samePage = (page: Page) => page.evaluate(() => 'stillTheSamePage' in window);

/** A select or multi-select, by the start of its label. */
const combobox = (scope: Page | Locator, label: string) =>
  scope.getByRole('combobox', { name: new RegExp(`^${escapeRegExp(label)}`) });

async function pickOption(page: Page, input: Locator, search: string, option: RegExp) {
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).click();
}

describe('a State requests assistance; it is matched, delivered, rated and closed; all live', () => {
  it('goes from the form to a closed request, each browser seeing the others’ changes without reloading', async () => {
    const { context: focalContext, page: focal } = await openBrowser();
    const { context: coordinatorContext, page: coordinator } = await openBrowser();
    const focalConnected = liveConnection(focal);
    const coordinatorConnected = liveConnection(coordinator);
    await signIn(focal, 'focal.point@ph.example');
    await signIn(coordinator, 'coordinator@unoct.example');
    await chooseLanguage(coordinator, 'English', 'en');

    // The coordinator waits on the triage board, connected live.
    await nav(coordinator, en.nav.triage).click();
    await coordinator.getByRole('heading', { level: 1, name: en.requests.board.title }).waitFor();
    await column(coordinator, en.enums.requestStatus.SUBMITTED).waitFor();
    await coordinatorConnected;
    await settle(coordinator, '20-triage-board');
    await markPage(coordinator);

    // The Philippines' focal point: their State's requests, then a new one.
    await nav(focal, en.nav.ourRequests).click();
    await focal.getByRole('heading', { level: 1, name: en.requests.ourTitle }).waitFor();
    await settle(focal, '21-our-requests');
    await focal.getByRole('link', { name: en.requests.new }).click();
    await focal.getByRole('heading', { level: 1, name: en.requests.newTitle }).waitFor();

    // Submitting the empty form says what is missing, next to the fields.
    await focal.getByRole('button', { name: en.requests.form.submit, exact: true }).click();
    await focal.getByText(en.requests.form.titleRequired).waitFor();
    await focal.getByText(en.requests.form.descriptionRequired).waitFor();

    const title = `Border officers trained on API/PNR data ${Date.now()}`;
    await field(focal, en.requests.titleLabel).fill(title);
    await field(focal, en.requests.description).fill(
      'Our **border agency** needs training on *Advance Passenger Information* for:\n\n- Manila airport\n- Cebu seaport',
    );
    await pickOption(focal, combobox(focal, en.requests.workingGroup), 'Border', /Border Management/);
    await combobox(focal, en.requests.pillars).click();
    await focal.getByRole('option', { name: en.enums.pillar.II }).click();
    await focal.keyboard.press('Escape');
    await combobox(focal, en.requests.priority).click();
    await focal.getByRole('option', { name: en.enums.priority.HIGH }).click();
    await field(focal, en.requests.desiredTimeframe).fill('Second half of next year');
    await field(focal, en.requests.beneficiaryInstitutions).fill('Bureau of Immigration; Bureau of Customs');
    // Shared with two named entities: at least one is required.
    await focal.getByRole('radio', { name: en.enums.sharingScope.NAMED_ENTITIES }).check();
    await focal.getByRole('button', { name: en.requests.form.submit, exact: true }).click();
    await focal.getByText(en.requests.form.entitiesRequired).waitFor();
    const entities = combobox(focal, en.requests.sharedEntities);
    await pickOption(focal, entities, 'UNODC', /^UNODC/);
    await pickOption(focal, entities, 'INTERPOL', /^INTERPOL/);
    await focal.keyboard.press('Escape');
    await expect.poll(() => focal.getByText(en.requests.form.entitiesRequired).count()).toBe(0);
    await settle(focal, '22-request-form');

    await focal.getByRole('button', { name: en.requests.form.submit, exact: true }).click();
    await focal.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    await focal.getByRole('heading', { level: 1, name: title }).waitFor();
    await focal.getByText(en.enums.requestStatus.SUBMITTED, { exact: true }).first().waitFor();
    const requestPath = new URL(focal.url()).pathname;
    const reference = (await focal.locator('.request-reference').first().textContent()) ?? '';
    expect(reference).toMatch(/^AR-\d{4}$/);
    await focalConnected;
    await markPage(focal);

    // The coordinator's board shows the new card at once.
    const card = coordinator.getByRole('article', { name: title });
    await column(coordinator, en.enums.requestStatus.SUBMITTED).getByRole('article', { name: title }).waitFor();
    expect(await samePage(coordinator)).toBe(true);

    // Opened for offers with the keyboard, through the card's "Move to…" menu.
    const moveButton = card.getByRole('button', { name: pattern(en.requests.board.moveNamed) });
    await moveButton.focus();
    await coordinator.keyboard.press('Enter');
    const underReview = coordinator.getByRole('menuitem', { name: en.enums.requestStatus.UNDER_REVIEW });
    await underReview.waitFor();
    for (let step = 0; step < 5 && !(await underReview.evaluate((item) => item === document.activeElement)); step++) {
      await coordinator.keyboard.press('ArrowDown');
    }
    await coordinator.keyboard.press('Enter');
    await column(coordinator, en.enums.requestStatus.UNDER_REVIEW).getByRole('article', { name: title }).waitFor();
    // The focus follows the card to its new column.
    await expect.poll(() => moveButton.evaluate((button) => button === document.activeElement)).toBe(true);

    // The focal point's page follows.
    await focal.getByText(en.enums.requestStatus.UNDER_REVIEW, { exact: true }).first().waitFor();

    // The State may share it more widely, never less: the dialog, looked at and left.
    await focal.getByRole('button', { name: en.requests.widen.action }).click();
    const widen = focal.getByRole('dialog', { name: en.requests.widen.title });
    await widen.getByText(en.requests.widen.explanation).waitFor();
    await screenshot(focal, '22-widen-sharing-dialog');
    await expectAccessible(focal, 'widen sharing dialog');
    await widen.getByRole('button', { name: en.common.cancel }).click();
    await widen.waitFor({ state: 'detached' });

    // UNODC's member finds it among the open requests and offers.
    const { context: unodcContext, page: unodc } = await openBrowser();
    const unodcConnected = liveConnection(unodc);
    await signIn(unodc, 'member@unodc.example');
    await nav(unodc, en.nav.openRequests).click();
    await unodc.getByRole('heading', { level: 1, name: en.requests.openTitle }).waitFor();
    await unodc.getByRole('link', { name: title }).waitFor();
    await settle(unodc, '23-open-requests');
    await unodc.getByRole('link', { name: title }).click();
    await unodc.getByRole('heading', { level: 1, name: title }).waitFor();
    await unodcConnected;
    await markPage(unodc);
    await field(unodc, en.requests.offers.note).fill(
      'UNODC can run a **two-week course** with its Border Management Branch.',
    );
    await unodc.getByRole('button', { name: en.requests.offers.submit }).click();
    await unodc.getByText(en.requests.offers.standing).waitFor();
    await unodc.getByText('two-week course').waitFor();
    await settle(unodc, '24-request-offered');

    // UNODC says it has the request in hand; the focal point's page shows it, live.
    await focal.getByText(en.requests.acknowledgements.none).waitFor();
    await unodc.getByRole('button', { name: en.requests.acknowledgements.action }).click();
    await unodc.getByRole('button', { name: en.requests.acknowledgements.action }).waitFor({ state: 'detached' });
    await focal.getByText(en.requests.acknowledgements.none).waitFor({ state: 'detached' });

    // The coordinator matches it from the board: lead UNODC, INTERPOL as partner.
    await card.getByRole('button', { name: pattern(en.requests.board.moveNamed) }).click();
    await coordinator.getByRole('menuitem', { name: en.enums.requestStatus.MATCHED }).click();
    const dialog = coordinator.getByRole('dialog', { name: en.requests.match.title });
    await dialog.getByText(en.requests.match.leadHelp).waitFor();
    await combobox(dialog, en.requests.match.lead).click();
    await coordinator.getByRole('option', { name: /^UNODC/ }).click();
    await pickOption(coordinator, combobox(dialog, en.requests.match.partners), 'INTERPOL', /^INTERPOL/);
    await coordinator.keyboard.press('Escape');
    await dialog.getByText(en.requests.match.leadHelp).waitFor();
    await screenshot(coordinator, '25-match-dialog');
    await expectAccessible(coordinator, 'match dialog');
    await dialog.getByRole('button', { name: en.requests.match.submit, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await column(coordinator, en.enums.requestStatus.MATCHED).getByRole('article', { name: title }).waitFor();
    await settle(coordinator, '26-triage-board-matched');

    // The focal point's page shows the match, live.
    await focal.getByText(en.enums.requestStatus.MATCHED, { exact: true }).first().waitFor();
    await focal.getByRole('link', { name: 'UNODC', exact: true }).first().waitFor();
    expect(await samePage(focal)).toBe(true);
    expect(new URL(focal.url()).pathname).toBe(requestPath);
    await settle(focal, '27-request-matched');

    // The same page on a phone.
    const phoneContext = await newContext(browser, { width: 390, height: 844 });
    const phone = await phoneContext.newPage();
    await signIn(phone, 'focal.point@ph.example');
    await phone.goto(requestPath);
    await phone.getByRole('heading', { level: 1, name: title }).waitFor();
    await settle(phone, '28-request-phone');
    await phoneContext.close();

    // Dragged from "Matched" to "In progress".
    await card.dragTo(column(coordinator, en.enums.requestStatus.IN_PROGRESS));
    await column(coordinator, en.enums.requestStatus.IN_PROGRESS).getByRole('article', { name: title }).waitFor();

    // The board in Arabic, right to left; then back to English for the other tests.
    await chooseLanguage(coordinator, 'العربية', 'ar');
    await coordinator.getByRole('heading', { level: 1, name: ar.requests.board.title }).waitFor();
    await column(coordinator, ar.enums.requestStatus.IN_PROGRESS).getByRole('article', { name: title }).waitFor();
    await settle(coordinator, '29-triage-board-arabic');
    await chooseLanguage(coordinator, 'English', 'en');

    // UNODC, the lead entity, marks it delivered from its page, which has followed every move, with a note.
    await unodc.getByText(en.enums.requestStatus.IN_PROGRESS, { exact: true }).first().waitFor();
    expect(await samePage(unodc)).toBe(true);
    await unodc.getByRole('button', { name: en.requests.actions.DELIVERED, exact: true }).click();
    const deliver = unodc.getByRole('dialog', { name: en.requests.actions.DELIVERED });
    const deliveryNote = 'Course given in Manila to 24 officers; the Cebu session follows in the spring.';
    await field(deliver, en.requests.move.note).fill(deliveryNote);
    await deliver.getByText(en.requests.move.noteOptionalHelp).waitFor();
    await screenshot(unodc, '29b-deliver-dialog');
    await expectAccessible(unodc, 'deliver dialog');
    await deliver.getByRole('button', { name: en.requests.actions.DELIVERED, exact: true }).click();
    await deliver.waitFor({ state: 'detached' });
    await unodc.getByText(en.enums.requestStatus.DELIVERED, { exact: true }).first().waitFor();

    // The board and the focal point's page follow, live; the State is asked for its feedback.
    await column(coordinator, en.enums.requestStatus.DELIVERED).getByRole('article', { name: title }).waitFor();
    await focal.getByText(en.enums.requestStatus.DELIVERED, { exact: true }).first().waitFor();
    await focal.getByText(deliveryNote).waitFor();
    expect(await samePage(focal)).toBe(true);
    const feedback = focal.getByRole('region', { name: en.requests.feedback.title });
    await feedback.getByText(en.requests.feedback.intro).waitFor();

    // Sending it without a rating says what is missing.
    await feedback.getByRole('button', { name: en.requests.feedback.sendAndClose }).click();
    await feedback.getByRole('alert').getByText(en.requests.feedback.ratingRequired).waitFor();

    // Four stars out of five, with the keyboard, and a comment.
    const stars = feedback.getByRole('group', { name: new RegExp(`^${escapeRegExp(en.requests.feedback.rating)}`) });
    const four = stars.getByRole('radio', { name: fill(en.requests.feedback.ratingOf, { rating: 4, max: 5 }) });
    await four.focus();
    await focal.keyboard.press('Space');
    await expect.poll(() => four.isChecked()).toBe(true);
    await expect.poll(() => feedback.getByText(en.requests.feedback.ratingRequired).count()).toBe(0);
    const comment = 'Very useful: officers now screen API/PNR data daily. More on seaports, please.';
    await field(feedback, en.requests.feedback.comment).fill(comment);
    await screenshot(focal, '29c-feedback-form');
    await expectAccessible(focal, 'feedback form');

    // Sent, and the request closed.
    await feedback.getByRole('button', { name: en.requests.feedback.sendAndClose }).click();
    await feedback.getByRole('status').getByText(en.requests.feedback.sent).waitFor();
    await focal.getByText(en.enums.requestStatus.CLOSED, { exact: true }).first().waitFor();
    await feedback.getByRole('button', { name: en.requests.feedback.sendAndClose }).waitFor({ state: 'detached' });
    await focal.getByRole('button', { name: en.requests.actions.CLOSED, exact: true }).waitFor({ state: 'detached' });
    expect(await samePage(focal)).toBe(true);
    await settle(focal, '29d-request-closed');

    // The entity that delivered it reads the State's rating and comment, live; the board lets it go.
    await unodc.getByText(en.enums.requestStatus.CLOSED, { exact: true }).first().waitFor();
    const given = unodc.getByRole('region', { name: en.requests.feedback.title });
    await given.getByText(fill(en.requests.feedback.ratingOf, { rating: 4, max: 5 }), { exact: true }).waitFor();
    await given.getByText(comment).waitFor();
    await unodc
      .getByRole('button', { name: en.requests.actions.DELIVERED, exact: true })
      .waitFor({ state: 'detached' });
    expect(await samePage(unodc)).toBe(true);
    await settle(unodc, '29e-request-closed-entity');
    await card.waitFor({ state: 'detached' });

    await focalContext.close();
    await coordinatorContext.close();
    await unodcContext.close();
  });
});
