import { createContext, type ReactNode, use, useEffect, useEffectEvent } from 'react';
import {
  localStorageColorSchemeManager,
  type MantineColorScheme,
  type MantineColorSchemeManager,
  useMantineColorScheme,
} from '@mantine/core';
import { useSession } from '../session';

/**
 * Light, dark or the system's: each person's choice, kept in this browser under a key of their own, so that
 * two people sharing a browser keep theirs. Before anyone signs in, the system's scheme.
 */
export const DEFAULT_COLOR_SCHEME: MantineColorScheme = 'auto';

/** Where `userId`'s choice is kept. */
export function colorSchemeStorageKey(userId: string): string {
  return `ctcp.colorScheme.user.${userId}`;
}

/**
 * Who is signed in here, while they are: on a reload their scheme shows from the first paint, before the
 * api has said who they are. Forgotten when they sign out.
 */
export const SIGNED_IN_PERSON_KEY = 'ctcp.colorScheme.signedIn';

function readSignedInPerson(): string | null {
  try {
    return window.localStorage.getItem(SIGNED_IN_PERSON_KEY);
  } catch {
    return null;
  }
}

function writeSignedInPerson(userId: string | null): void {
  try {
    if (userId) window.localStorage.setItem(SIGNED_IN_PERSON_KEY, userId);
    else window.localStorage.removeItem(SIGNED_IN_PERSON_KEY);
  } catch {
    // Storage may be disabled: the scheme then shows once the session is known.
  }
}

/** Nobody signed in: nothing is read or kept, the system's scheme applies. */
const nobodysManager: MantineColorSchemeManager = {
  get: (defaultValue) => defaultValue,
  set: () => undefined,
  subscribe: () => undefined,
  unsubscribe: () => undefined,
  clear: () => undefined,
};

function managerFor(userId: string | null): MantineColorSchemeManager {
  return userId ? localStorageColorSchemeManager({ key: colorSchemeStorageKey(userId) }) : nobodysManager;
}

export interface PersonalColorSchemeManager extends MantineColorSchemeManager {
  /** The person whose choice is read and kept from now on (null: nobody is signed in). */
  readonly userId: string | null;
  switchTo(userId: string | null): void;
}

/**
 * Mantine's local storage manager for the signed-in person's key; it starts with the person signed in here
 * (if any) and is switched when the session changes (<ColorSchemeFollowsSession>). A change made in another
 * tab by the same person shows here too.
 */
export function personalColorSchemeManager(initialUserId = readSignedInPerson()): PersonalColorSchemeManager {
  let userId = initialUserId;
  let current = managerFor(userId);
  let onUpdate: ((colorScheme: MantineColorScheme) => void) | null = null;
  return {
    get userId() {
      return userId;
    },
    get: (defaultValue) => current.get(defaultValue),
    set: (value) => current.set(value),
    clear: () => current.clear(),
    subscribe: (listener) => {
      onUpdate = listener;
      current.subscribe(listener);
    },
    unsubscribe: () => {
      onUpdate = null;
      current.unsubscribe();
    },
    switchTo(next) {
      writeSignedInPerson(next);
      if (next === userId) return;
      current.unsubscribe();
      userId = next;
      current = managerFor(next);
      if (onUpdate) current.subscribe(onUpdate);
    },
  };
}

/**
 * Sets the page's scheme before React renders (the translations load first): a person who chose dark sees
 * no white page on reload. MantineProvider then keeps it up to date.
 */
export function showRememberedColorScheme(root: HTMLElement = document.documentElement): void {
  const chosen = personalColorSchemeManager().get(DEFAULT_COLOR_SCHEME);
  const systemDark =
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
  root.setAttribute('data-mantine-color-scheme', chosen === 'auto' ? (systemDark ? 'dark' : 'light') : chosen);
}

/** Paper is white: a page printed from the dark scheme is printed in the light one. */
export function PrintInLightScheme() {
  useEffect(() => {
    const root = document.documentElement;
    let shown: string | null = null;
    const beforePrint = () => {
      shown = root.getAttribute('data-mantine-color-scheme');
      root.setAttribute('data-mantine-color-scheme', 'light');
    };
    const afterPrint = () => {
      if (shown) root.setAttribute('data-mantine-color-scheme', shown);
      shown = null;
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, []);
  return null;
}

const ColorSchemeManagerContext = createContext<PersonalColorSchemeManager | null>(null);

export function ColorSchemeManagerProvider({
  manager,
  children,
}: {
  manager: PersonalColorSchemeManager;
  children: ReactNode;
}) {
  return <ColorSchemeManagerContext value={manager}>{children}</ColorSchemeManagerContext>;
}

/**
 * Inside the session: when someone signs in, their own choice applies; when they sign out, the system's.
 * While the session is loading, the scheme stays as it started (the person last signed in here).
 */
export function ColorSchemeFollowsSession() {
  const manager = use(ColorSchemeManagerContext);
  const { status, user } = useSession();
  const { colorScheme, setColorScheme, clearColorScheme } = useMantineColorScheme();
  const userId = status === 'signedIn' && user ? user.id : status === 'signedOut' ? null : undefined;

  const follow = useEffectEvent((person: string | null) => {
    if (!manager) return;
    manager.switchTo(person);
    const chosen = manager.get(DEFAULT_COLOR_SCHEME);
    if (chosen === colorScheme) return;
    if (chosen === DEFAULT_COLOR_SCHEME) clearColorScheme();
    else setColorScheme(chosen);
  });

  useEffect(() => {
    if (userId !== undefined) follow(userId);
  }, [userId]);

  return null;
}
