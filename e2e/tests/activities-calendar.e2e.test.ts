import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, newContext, settle } from '../support/browser.js';
import { en, fill } from '../support/i18n.js';
import { PASSWORD, signIn } from '../support/session.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const ACTIVITIES = 1_000;
const AT_ONCE = 4;
/** A month far from the demo data's and from what other journeys record, so that none of them sees these. */
const MONTH = '2031-03';
const TITLE = 'Port security course';

async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Runs `step` for 0 … count - 1, a few at a time. */
async function inTurns(count: number, step: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await step(next++);
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
}

/** The day of the month activity `index` is held on: the 1st to the 28th in turn, so each day has 35 or 36. */
const dayOf = (index: number) => `${MONTH}-${String((index % 28) + 1).padStart(2, '0')}`;
const onDay = (day: number) =>
  Array.from({ length: ACTIVITIES }, (_, index) => index).filter((index) => index % 28 === day - 1).length;

/**
 * A thousand activities in one month, recorded by the coordinator through the api, a few at a time;
 * `remove` deletes them when the test is done.
 */
async function recordActivities(): Promise<{ remove: () => Promise<void> }> {
  const { signIn: session } = await graphql<{ signIn: { accessToken: string } }>(
    `
      mutation ($input: SignInInput!) {
        signIn(input: $input) {
          accessToken
        }
      }
    `,
    { input: { email: 'coordinator@unoct.example', password: PASSWORD } },
  );
  const token = session.accessToken;
  const ids: string[] = [];
  await inTurns(ACTIVITIES, async (index) => {
    const { recordActivity } = await graphql<{ recordActivity: { id: string } }>(
      `
        mutation ($input: RecordActivityInput!) {
          recordActivity(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          type: 'TRAINING',
          title: `${TITLE} ${String(index + 1).padStart(4, '0')}`,
          startDate: dayOf(index),
          countryCode: 'PH',
          city: 'Manila',
        },
      },
      token,
    );
    ids.push(recordActivity.id);
  });
  return {
    remove: () =>
      inTurns(ids.length, async (index) => {
        await graphql(
          `
            mutation ($id: ID!) {
              deleteActivity(id: $id)
            }
          `,
          { id: ids[index] },
          token,
        );
      }),
  };
}

/** The UI in English for this browser, whatever language the account's profile holds. */
async function inEnglish(page: Page): Promise<void> {
  await page.evaluate(() => window.localStorage.setItem('ctcp.language', 'en'));
  await page.reload();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
}

/** Once every page of a calendar's period has arrived. */
const wholePeriod = (page: Page) => page.getByText(en.common.loadingMore).waitFor({ state: 'detached' });

describe('the activities calendar with a thousand activities in a month', () => {
  it('counts the month, shows a busy day’s first few and the rest on demand, and lists them all', async () => {
    const activities = await recordActivities();
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await signIn(page, 'coordinator@unoct.example');
      await inEnglish(page);

      await page.goto(`/activities?month=${MONTH}`);
      const calendar = page.getByRole('table', { name: 'March 2031' });
      await calendar.waitFor();
      await page.getByText(fill(en.activities.countInMonth, { number: '1,000' })).waitFor();
      await wholePeriod(page);
      // The last page is in the calendar too: the 28th's activities come last in the list's date order.
      await calendar.getByRole('link', { name: `${TITLE} 0028` }).waitFor();
      const exportLink = page.getByRole('link', { name: en.activities.exportCalendar });
      const file = await page.request.get((await exportLink.getAttribute('href'))!);
      expect(file.status()).toBe(200);
      expect((await file.text()).match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(ACTIVITIES);
      await settle(page, 'activities-calendar-1000');

      // A busy day: its first three, and the way to the others.
      const busy = onDay(5);
      const more = calendar.getByRole('link', {
        name: fill(en.activities.moreOnDay, { number: String(busy - 3), day: 'Wednesday, March 5, 2031' }),
      });
      await expect.poll(() => more.textContent()).toBe(fill(en.activities.more, { number: String(busy - 3) }));
      await more.click();
      await page.waitForURL(/view=agenda/);
      const day = page.getByRole('region', { name: 'Wednesday, March 5, 2031' });
      await expect.poll(() => day.getByRole('link', { name: new RegExp(`^${TITLE}`) }).count()).toBe(busy);

      // The week of that day, each of its days listed whole.
      await page.getByText(en.activities.views.week, { exact: true }).click();
      await page.getByRole('heading', { level: 3, name: 'Wednesday, March 5' }).waitFor();
      await wholePeriod(page);
      // The week around the 5th (Sunday 2nd to Saturday 8th in English) falls within the 1st-20th, of 36 a day.
      await page.getByText(fill(en.activities.countInWeek, { number: String(7 * busy) })).waitFor();
      await settle(page, 'activities-week-1000');

      // The month as a list, a page at a time, to its end.
      await page.goto(`/activities?view=list&month=${MONTH}`);
      const shown = page.getByText(/^Showing [\d,]+ of 1,000$/);
      await shown.waitFor();
      const showMore = page.getByRole('button', { name: en.common.loadMore, exact: true });
      for (let pages = 1; await showMore.isVisible(); pages += 1) {
        expect(pages).toBeLessThan(ACTIVITIES / 50);
        await showMore.click();
        await page
          .getByText(
            fill(en.common.showingOf, {
              shown: Math.min((pages + 1) * 50, ACTIVITIES).toLocaleString('en'),
              total: '1,000',
            }),
          )
          .waitFor();
      }
      await page.getByText(fill(en.common.showingOf, { shown: '1,000', total: '1,000' })).waitFor();
      await expect.poll(() => page.getByRole('link', { name: new RegExp(`^${TITLE}`) }).count()).toBe(ACTIVITIES);
    } finally {
      await context.close();
      await activities.remove();
    }
  });
});
