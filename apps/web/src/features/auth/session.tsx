import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import type { ApolloClient, ErrorLike } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { SessionUserFieldsFragment } from '../../gql/graphql';
import { errorCode } from '../../components/errors';
import { i18n } from '../../i18n';
import { MeDocument } from './operations';

export type SessionUser = SessionUserFieldsFragment;

export type SessionStatus = 'loading' | 'signedIn' | 'signedOut' | 'error';

export interface Session {
  status: SessionStatus;
  user: SessionUser | null;
  /** Set when `me` failed for another reason than "not signed in" (e.g. the api is unreachable). */
  error: ErrorLike | undefined;
  retry: () => void;
  /** Makes `user` the signed-in user: after signIn or acceptInvitation. */
  startSession: (user: SessionUser) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Who is signed in, from `me` on load. After that first answer `me` is read from the cache only:
 * signing in writes it there, and clearing the cache (sign out, expired session) signs the app out.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(MeDocument, {
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-only',
  });

  const retry = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const startSession = useCallback((user: SessionUser) => startSessionIn(client, user), [client]);

  const session = useMemo<Session>(() => {
    const user = data?.me ?? null;
    const isOtherError = error !== undefined && errorCode(error) !== 'UNAUTHENTICATED';
    const status: SessionStatus = user
      ? 'signedIn'
      : loading
        ? 'loading'
        : isOtherError
          ? 'error'
          : 'signedOut';
    return { status, user, error: isOtherError ? error : undefined, retry, startSession };
  }, [data, loading, error, retry, startSession]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** Drops whatever another session left in the cache, then records the new user as `me`. */
async function startSessionIn(client: ApolloClient, user: SessionUser): Promise<void> {
  await client.clearStore();
  client.writeQuery({ query: MeDocument, data: { me: user } });
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

/** The signed-in user, for pages behind <RequireSession>. */
export function useSignedInUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useSignedInUser must be used on a page that requires a session');
  return user;
}
