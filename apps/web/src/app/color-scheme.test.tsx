import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignOutDocument } from '../gql/graphql';
import { adminUser, renderWithApp, signedInMock, signedOutMock, WhenSignedIn } from '../test/render';
import { type SessionUser, useSession } from '../session';
import { colorSchemeStorageKey, SIGNED_IN_PERSON_KEY, showRememberedColorScheme } from './color-scheme';
import { UserMenu } from './UserMenu';

const otherUser: SessionUser = {
  ...adminUser,
  id: 'user-coordinator',
  email: 'coordinator@unoct.example',
  name: 'Carlos Mendoza',
  role: 'COORDINATOR',
};

const shownScheme = () => document.documentElement.getAttribute('data-mantine-color-scheme');

function SessionStatus() {
  return <output>{useSession().status}</output>;
}

/** The account menu of `user`, opened; `extraMocks` answer what the menu does (signing out). */
async function openMenuOf(user: SessionUser, extraMocks: MockLink.MockedResponse[] = []) {
  const view = renderWithApp(
    <>
      <SessionStatus />
      <WhenSignedIn>
        <UserMenu />
      </WhenSignedIn>
    </>,
    { mocks: [signedInMock(user), ...extraMocks] },
  );
  const events = userEvent.setup();
  await events.click(await screen.findByRole('button', { name: `${user.name}, account menu` }));
  return { ...view, events };
}

/** The system's preference, as the browser would report it. */
function systemPrefers(scheme: 'light' | 'dark') {
  const matchMedia = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({
    ...matchMedia(query),
    matches: query.includes('prefers-color-scheme: dark') && scheme === 'dark',
  }));
}

afterEach(() => vi.restoreAllMocks());

describe('the colour scheme', () => {
  it('is chosen in the account menu and kept under the person’s id, not another’s', async () => {
    const first = await openMenuOf(adminUser);
    expect(screen.getByRole('menuitemradio', { name: 'Same as the system' })).toHaveAttribute('aria-checked', 'true');

    await first.events.click(screen.getByRole('menuitemradio', { name: 'Dark' }));

    await waitFor(() => expect(shownScheme()).toBe('dark'));
    expect(screen.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
    expect(window.localStorage.getItem(colorSchemeStorageKey(adminUser.id))).toBe('dark');
    first.unmount();

    // Someone else signs in on the same browser: their own choice (none yet), the system's scheme.
    const second = await openMenuOf(otherUser);
    await waitFor(() => expect(shownScheme()).toBe('light'));
    expect(screen.getByRole('menuitemradio', { name: 'Same as the system' })).toHaveAttribute('aria-checked', 'true');
    await second.events.click(screen.getByRole('menuitemradio', { name: 'Light' }));
    expect(window.localStorage.getItem(colorSchemeStorageKey(otherUser.id))).toBe('light');
    expect(window.localStorage.getItem(colorSchemeStorageKey(adminUser.id))).toBe('dark');
    second.unmount();

    // The first person is back: dark again.
    await openMenuOf(adminUser);
    await waitFor(() => expect(shownScheme()).toBe('dark'));
    expect(screen.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
  });

  it('follows the system before sign-in and again after signing out', async () => {
    systemPrefers('dark');
    window.localStorage.setItem(colorSchemeStorageKey(adminUser.id), 'light');
    const { events } = await openMenuOf(adminUser, [
      { request: { query: SignOutDocument }, result: { data: { signOut: true } } },
    ]);
    await waitFor(() => expect(shownScheme()).toBe('light'));
    expect(window.localStorage.getItem(SIGNED_IN_PERSON_KEY)).toBe(adminUser.id);

    await events.click(screen.getByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByText('signedOut')).toBeInTheDocument();
    await waitFor(() => expect(shownScheme()).toBe('dark'));
    // The choice stays for next time; who was signed in is forgotten.
    expect(window.localStorage.getItem(colorSchemeStorageKey(adminUser.id))).toBe('light');
    expect(window.localStorage.getItem(SIGNED_IN_PERSON_KEY)).toBeNull();
  });

  it('is the system’s for a visitor, and nothing is stored', async () => {
    systemPrefers('dark');
    renderWithApp(<SessionStatus />, { mocks: [signedOutMock()] });
    expect(await screen.findByText('signedOut')).toBeInTheDocument();
    await waitFor(() => expect(shownScheme()).toBe('dark'));
    expect(Object.keys(window.localStorage).filter((key) => key.startsWith('ctcp.colorScheme'))).toEqual([]);
  });

  it('shows on reload before the session is known: the choice of the person signed in here', () => {
    window.localStorage.setItem(SIGNED_IN_PERSON_KEY, adminUser.id);
    window.localStorage.setItem(colorSchemeStorageKey(adminUser.id), 'dark');
    const root = document.createElement('div');

    showRememberedColorScheme(root);

    expect(root.getAttribute('data-mantine-color-scheme')).toBe('dark');
    // Nobody signed in here: the system's (light in this test).
    window.localStorage.removeItem(SIGNED_IN_PERSON_KEY);
    showRememberedColorScheme(root);
    expect(root.getAttribute('data-mantine-color-scheme')).toBe('light');
  });
});
