import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchChromium, newContext, screenshot, settle } from '../support/browser.js';
import { en, fill } from '../support/i18n.js';
import { PASSWORD, signIn } from '../support/session.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const AGREEMENTS = 1_000;
const AT_ONCE = 4;
/** Marks this run's records: other journeys share the server, and a rerun finds the last run's records too. */
const RUN = Date.now().toString(36);
const count = (value: number) => value.toLocaleString('en-US');

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

async function coordinatorToken(): Promise<string> {
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
  return session.accessToken;
}

/**
 * A thousand agreements between UNODC and UNOCT recorded through the api, a few at a time. Signed in 1961:
 * lists show the latest first, so no other journey meets them on a first page, and no report quarter holds them.
 */
async function recordAgreements(token: string): Promise<void> {
  const { organizations } = await graphql<{ organizations: { edges: { node: { id: string; acronym: string } }[] } }>(
    `
      query {
        organizations(filter: { kind: COMPACT_ENTITY }, first: 100, language: en) {
          edges {
            node {
              id
              acronym
            }
          }
        }
      }
    `,
    {},
    token,
  );
  const partyIds = organizations.edges
    .map((edge) => edge.node)
    .filter((organization) => organization.acronym === 'UNODC' || organization.acronym === 'UNOCT')
    .map((organization) => organization.id);
  expect(partyIds).toHaveLength(2);
  let next = 0;
  const worker = async () => {
    while (next < AGREEMENTS) {
      const number = ++next;
      await graphql(
        `
          mutation ($input: RecordAgreementInput!) {
            recordAgreement(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            type: 'MOU',
            subject: `Paging check ${RUN} memorandum ${String(number).padStart(4, '0')}`,
            dateSigned: `1961-${String(1 + (number % 12)).padStart(2, '0')}-${String(1 + (number % 28)).padStart(2, '0')}`,
            partyIds,
          },
        },
        token,
      );
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
}

/** A project that starts long before any other: the last of every list of projects, found only by typing. */
async function createProject(token: string, title: string): Promise<void> {
  const { organizations } = await graphql<{ organizations: { edges: { node: { id: string } }[] } }>(
    `
      query {
        organizations(filter: { kind: COMPACT_ENTITY, search: "UNODC" }, first: 1, language: en) {
          edges {
            node {
              id
            }
          }
        }
      }
    `,
    {},
    token,
  );
  await graphql(
    `
      mutation ($input: CreateProjectInput!) {
        createProject(input: $input) {
          id
        }
      }
    `,
    { input: { title, leadEntityId: organizations.edges[0].node.id, status: 'COMPLETED', startDate: '1961-01-01' } },
    token,
  );
}

describe('the funding lists with a thousand agreements', () => {
  it('pages to the end of the agreements and picks a project by typing part of its title', async () => {
    const token = await coordinatorToken();
    const projectTitle = `Paging check ${RUN} archive project`;
    await recordAgreements(token);
    await createProject(token, projectTitle);
    // Every agreement the coordinator reads, this run's and any other.
    const { agreements } = await graphql<{ agreements: { totalCount: number } }>(
      `
        query {
          agreements(first: 0) {
            totalCount
          }
        }
      `,
      {},
      token,
    );
    const total = agreements.totalCount;
    expect(total).toBeGreaterThanOrEqual(AGREEMENTS);

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'coordinator@unoct.example');
    await page.goto('/funding?tab=agreements');
    await page.getByRole('heading', { level: 1, name: en.funding.title }).waitFor();
    const table = page.getByRole('region', { name: en.funding.agreements });
    const showing = (shown: number) =>
      page.getByText(fill(en.common.showingOf, { shown: count(shown), total: count(total) }), { exact: true });
    await showing(100).waitFor();
    await settle(page, 'funding-agreements-first-page');

    // A hundred more at each press, to the end of the list.
    const more = page.getByRole('button', { name: en.common.loadMore, exact: true });
    for (let shown = 100; shown < total; shown = Math.min(shown + 100, total)) {
      await more.click();
      await showing(Math.min(shown + 100, total)).waitFor();
    }
    await more.waitFor({ state: 'detached' });
    await expect
      .poll(() => table.getByRole('row', { name: new RegExp(`Paging check ${RUN} memorandum`) }).count())
      .toBe(AGREEMENTS);
    await expect.poll(() => table.getByRole('row').count()).toBe(total + 1);
    await expectAccessible(page, 'funding-agreements-every-page');

    // The project picker offers a few projects, and finds any other by typing part of its title.
    await page.getByRole('button', { name: en.funding.recordAgreement }).click();
    const dialog = page.getByRole('dialog', { name: en.funding.recordAgreement });
    const picker = dialog.getByRole('combobox', { name: en.funding.project, exact: true });
    await picker.click();
    const option = page.getByRole('option', { name: projectTitle, exact: true });
    await picker.fill(`${RUN} archive`);
    await option.click();
    await expect.poll(() => picker.inputValue()).toBe(projectTitle);
    // The dialog alone: the thousand rows behind it were checked above, and take half a minute to check.
    await screenshot(page, 'funding-agreement-project-picked');
    await expectAccessible(page, 'funding-agreement-project-picked', '[role="dialog"]');
    await context.close();
  });
});
