import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ApolloClient, ErrorLike } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { SessionUserFieldsFragment, ViewerCapabilitiesFieldsFragment } from '../gql/graphql';
import { errorCode } from '../components/errors';
import { i18n } from '../i18n';
import { MeDocument } from './operations';

export type SessionUser = SessionUserFieldsFragment;
export type ViewerCapabilities = ViewerCapabilitiesFieldsFragment;

export type SessionStatus = 'loading' | 'signedIn' | 'signedOut' | 'error';

export interface Session {
  status: SessionStatus;
  user: SessionUser | null;
  /** What the signed-in person may do, as the api's policy says (null when signed out). */
  can: ViewerCapabilities | null;
  /** Set when `me` failed for another reason than "not signed in" (e.g. the api is unreachable). */
  error: ErrorLike | undefined;
  retry: () => void;
  /** Makes `user` the signed-in user: after signIn or acceptInvitation. */
  startSession: (user: SessionUser) => Promise<void>;
  /** Forgets the session after signOut: the app is signed out. */
  endSession: () => Promise<void>;
  /**
   * Renews the session cookies once (shared with GraphQL operations); false, and the session ends,
   * when it cannot. The live connection calls it when its handshake is refused.
   */
  renewSession: () => Promise<boolean>;
  /**
   * True when the user signed out here, rather than the session expiring: the sign-in page then
   * has no page to come back to.
   */
  signedOutByUser: boolean;
}

const SessionContext = createContext<Session | null>(null);

type LoadState = { status: 'loading' } | { status: 'loaded' } | { status: 'failed'; error: ErrorLike };

/**
 * Who is signed in. `me` is asked once from the network on load; after that the cache is the truth:
 * signing in writes `me` there, and clearing the cache (sign out, a session that cannot be renewed)
 * signs the app out. Reading `me` cache-only keeps profile changes visible at once.
 */
interface SessionProviderProps {
  children: ReactNode;
  /** The app's shared renewer; without one (tests), renewing is not possible. */
  renewSession?: () => Promise<boolean>;
}

const cannotRenew = () => Promise.resolve(false);

export function SessionProvider({ children, renewSession = cannotRenew }: SessionProviderProps) {
  const client = useApolloClient();
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [signedOutByUser, setSignedOutByUser] = useState(false);
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-only' });

  const loadMe = useCallback(async () => {
    setLoad({ status: 'loading' });
    try {
      await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
      setLoad({ status: 'loaded' });
    } catch (error) {
      // Not signed in is an answer too; anything else (api unreachable...) is shown with a retry.
      if (errorCode(error) === 'UNAUTHENTICATED') setLoad({ status: 'loaded' });
      else setLoad({ status: 'failed', error: toErrorLike(error) });
    }
  }, [client]);

  useEffect(() => {
    void loadMe();
  }, [loadMe]);

  const retry = useCallback(() => void loadMe(), [loadMe]);
  const startSession = useCallback(
    async (user: SessionUser) => {
      setSignedOutByUser(false);
      await startSessionIn(client, user);
    },
    [client],
  );
  const endSession = useCallback(async () => {
    setSignedOutByUser(true);
    await forgetSessionData(client);
  }, [client]);

  const session = useMemo<Session>(() => {
    const signedIn = data?.me && data.viewerCan ? data : null;
    const user = signedIn?.me ?? null;
    const can = signedIn?.viewerCan ?? null;
    const status: SessionStatus =
      load.status === 'loading' ? 'loading' : user ? 'signedIn' : load.status === 'failed' ? 'error' : 'signedOut';
    const error = load.status === 'failed' ? load.error : undefined;
    return { status, user, can, error, retry, startSession, endSession, renewSession, signedOutByUser };
  }, [data, load, retry, startSession, endSession, renewSession, signedOutByUser]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

function toErrorLike(error: unknown): ErrorLike {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Empties the cache: every record the session loaded is forgotten and `me` reads as signed out.
 * `cache.reset()` rather than `clearStore()`: Apollo Client 4.3 stops cache-only watchers on
 * clearStore, and the session's own `me` would then miss the next sign-in.
 */
export async function forgetSessionData(client: ApolloClient): Promise<void> {
  await client.cache.reset();
}

/**
 * Drops whatever another session left in the cache, then asks `me` again: the answer brings what the
 * new user may do along with who they are.
 */
async function startSessionIn(client: ApolloClient, user: SessionUser): Promise<void> {
  await forgetSessionData(client);
  await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
  await i18n.changeLanguage(user.preferredLanguage);
}

/** True when the cache holds a signed-in user, i.e. there is a session to end. */
export function hasSessionInCache(client: ApolloClient): boolean {
  return client.readQuery({ query: MeDocument }) !== null;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** What the signed-in user may do, for pages behind <RequireSession>. */
export function useViewerCan(): ViewerCapabilities {
  const { can } = useSession();
  if (!can) throw new Error('useViewerCan must be used on a page that requires a session');
  return can;
}

/** The signed-in user, for pages behind <RequireSession>. */
export function useSignedInUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useSignedInUser must be used on a page that requires a session');
  return user;
}
