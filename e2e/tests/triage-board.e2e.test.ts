import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, newContext, settle } from '../support/browser.js';
import { en, fill } from '../support/i18n.js';
import { PASSWORD, signIn } from '../support/session.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const REQUESTS = 1_000;
const AT_ONCE = 4;

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

/**
 * A thousand requests submitted by the Philippines' focal point, through the api, a few at a time (the
 * Maldives' password is changed by another journey); `withdraw` takes them all back when the test is done.
 */
async function submitRequests(): Promise<{ withdraw: () => Promise<void> }> {
  const { signIn: session } = await graphql<{ signIn: { accessToken: string } }>(
    `
      mutation ($input: SignInInput!) {
        signIn(input: $input) {
          accessToken
        }
      }
    `,
    { input: { email: 'focal.point@ph.example', password: PASSWORD } },
  );
  const token = session.accessToken;
  const ids: string[] = [];
  const inTurns = async (count: number, step: (index: number) => Promise<void>) => {
    let next = 0;
    const worker = async () => {
      while (next < count) await step(next++);
    };
    await Promise.all(Array.from({ length: AT_ONCE }, worker));
  };
  await inTurns(REQUESTS, async (index) => {
    const number = index + 1;
    const { submitAssistanceRequest } = await graphql<{ submitAssistanceRequest: { id: string } }>(
      `
        mutation ($input: SubmitAssistanceRequestInput!) {
          submitAssistanceRequest(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          title: `Coast guard training, batch ${String(number).padStart(4, '0')}`,
          description: 'One of a thousand requests that fill the triage board.',
          pillars: ['II'],
        },
      },
      token,
    );
    ids.push(submitAssistanceRequest.id);
  });
  return {
    withdraw: () =>
      inTurns(ids.length, async (index) => {
        await graphql(
          `
            mutation ($input: TransitionAssistanceRequestInput!) {
              transitionAssistanceRequest(input: $input) {
                id
              }
            }
          `,
          { input: { id: ids[index], to: 'WITHDRAWN' } },
          token,
        );
      }),
  };
}

describe('the triage board with a thousand requests', () => {
  it('counts each column from the api and pages through it', async () => {
    const requests = await submitRequests();
    // Withdrawn whatever happens: a thousand of the Philippines' requests left behind would fill its home page.
    try {
      const context = await newContext(browser);
      const page = await context.newPage();
      await signIn(page, 'coordinator@unoct.example');
      await page.goto('/requests/triage');
      await page.getByRole('heading', { level: 1, name: en.requests.board.title }).waitFor();

      // A thousand and more: counted as far as the api counts a long list.
      const submitted = page.getByRole('region', { name: en.enums.requestStatus.SUBMITTED });
      await submitted.getByText(fill(en.common.total, { number: '1,000+' })).waitFor();
      await expect.poll(() => submitted.getByRole('article').count()).toBe(50);
      await settle(page, 'triage-board-1000');

      await submitted
        .getByRole('button', { name: fill(en.requests.board.showMore, { shown: '50', total: '1,000+' }) })
        .click();
      await expect.poll(() => submitted.getByRole('article').count()).toBe(100);
      await submitted
        .getByRole('button', { name: fill(en.requests.board.showMore, { shown: '100', total: '1,000+' }) })
        .waitFor();

      // A filter narrows every column, with its count.
      await page.getByLabel(en.requests.board.overdueOnly).check();
      await expect.poll(() => submitted.getByRole('article', { name: /Coast guard training/ }).count()).toBe(0);
      await submitted.getByText(fill(en.common.total, { number: '1,000+' })).waitFor({ state: 'detached' });
      await settle(page, 'triage-board-1000-overdue');
    } finally {
      await requests.withdraw();
    }
  });
});
