import { CLIENT_EVENTS } from '@ctcp/shared';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { PASSWORD } from './accounts.js';
import { en } from './i18n.js';

export { PASSWORD };

/** An input by the start of its label (required fields append an asterisk to it), in a page or a part of it. */
export const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${escapeRegExp(label)}`));

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Opens a select and picks one of its options. A page that re-renders as the list opens (a live update, a
 * query answering late on a busy machine) can close it again: it is opened until the option shows.
 */
export async function chooseOption(combobox: Locator, option: Locator): Promise<void> {
  await expect
    .poll(async () => {
      if (await option.isVisible()) return true;
      await combobox.click();
      return option.isVisible();
    })
    .toBe(true);
  await option.click();
}

/** Signs in on the sign-in page and waits for the first page of the app. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel(en.signIn.email).fill(email);
  await field(page, en.signIn.password).fill(PASSWORD);
  await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/**
 * Resolves once the page's live connection is up: right after connecting, the client asks
 * `notifications.sync` for what it missed (over long-polling or the WebSocket).
 */
export function liveConnection(page: Page): Promise<void> {
  return new Promise((resolve) => {
    const seen = (text: string | undefined) => {
      if (text?.includes(CLIENT_EVENTS.notificationsSync)) resolve();
    };
    page.on('websocket', (socket) =>
      socket.on('framesent', (frame) =>
        seen(typeof frame.payload === 'string' ? frame.payload : String(frame.payload)),
      ),
    );
    page.on('request', (request) => {
      if (request.url().includes('/socket.io/') && request.method() === 'POST') seen(request.postData() ?? undefined);
    });
  });
}
