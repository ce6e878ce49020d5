import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, layoutShiftOf, newContext, recordLayoutShifts, settle } from '../support/browser.js';
import { en } from '../support/i18n.js';
import { liveConnection, signIn } from '../support/session.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const CRITICAL_INFRASTRUCTURE = 'Protection of critical infrastructure and soft targets';
const PASSENGER_DATA = 'Advance passenger information and passenger name records (API/PNR)';

type Block = keyof typeof en.myWork.blocks;
const block = (page: Page, name: Block) => page.getByRole('region', { name: en.myWork.blocks[name].title });

async function home(email: string): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

describe('each side of the Compact starts the day on its home page', () => {
  it('shows the coordinator, the State and the entity their own work, and follows it live', async () => {
    // The State: its requests with the next step and who takes it, never another State's.
    const state = await home('focal.point@ph.example');
    const ours = block(state, 'stateRequests');
    await ours.getByRole('link', { name: PASSENGER_DATA }).waitFor();
    await ours.getByText('Next: Delivered, by UNODC').waitFor();
    await ours.getByRole('link', { name: CRITICAL_INFRASTRUCTURE }).waitFor();
    await block(state, 'unreadThreads').waitFor();
    await block(state, 'plannedActivities').waitFor();
    await settle(state, 'home-state');

    // The coordinator: the overdue request waiting for review comes first, and this quarter at a glance.
    const coordinator = await home('coordinator@unoct.example');
    const triage = block(coordinator, 'requestsToTriage');
    await triage.getByRole('listitem').first().getByRole('link', { name: CRITICAL_INFRASTRUCTURE }).waitFor();
    await block(coordinator, 'overdueRequests').getByRole('link', { name: CRITICAL_INFRASTRUCTURE }).waitFor();
    await block(coordinator, 'offersToReview').waitFor();
    await block(coordinator, 'milestonesDue').waitFor();
    await coordinator.getByRole('link', { name: en.myWork.openDashboard }).waitFor();
    await settle(coordinator, 'home-coordinator');

    // Nothing drawn moves as the blocks arrive ("good" ends at 0.1 of Lighthouse's layout shift).
    await recordLayoutShifts(coordinator);
    await coordinator.reload();
    await block(coordinator, 'projectsAtRisk').waitFor();
    await coordinator.getByRole('heading', { name: en.home.directory }).waitFor();
    await coordinator.waitForLoadState('networkidle');
    expect(await layoutShiftOf(coordinator)).toBeLessThan(0.05);

    // The entity: the requests it delivers; the one waiting for review is not open to its offers yet.
    const entity = await home('member@unodc.example');
    await block(entity, 'assignedRequests').getByRole('link', { name: PASSENGER_DATA }).waitFor();
    const open = block(entity, 'openForOffer');
    await open.waitFor();
    await entity.waitForLoadState('networkidle');
    await open.getByRole('link', { name: CRITICAL_INFRASTRUCTURE }).waitFor({ state: 'detached' });
    await settle(entity, 'home-entity');

    // The coordinator opens it for offers from their home page; the entity's home page follows live.
    const entityConnected = liveConnection(entity);
    await entity.reload();
    await entityConnected;
    await triage.getByRole('link', { name: CRITICAL_INFRASTRUCTURE }).click();
    await coordinator.getByRole('heading', { level: 1, name: CRITICAL_INFRASTRUCTURE }).waitFor();
    await coordinator.getByRole('button', { name: en.requests.actions.UNDER_REVIEW }).click();
    const dialog = coordinator.getByRole('dialog', { name: en.requests.actions.UNDER_REVIEW });
    await dialog.getByRole('button', { name: en.requests.actions.UNDER_REVIEW }).click();
    await dialog.waitFor({ state: 'detached' });
    await block(entity, 'openForOffer').getByRole('link', { name: CRITICAL_INFRASTRUCTURE }).waitFor();
    await settle(entity, 'home-entity-live');
  });
});
