import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { AUTH_OPERATION_NAMES, RefreshSessionDocument } from '../features/auth/operations';
import { createAuthRefreshLink } from './auth-refresh-link';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Memberships have no id of their own: a newer list simply replaces the older one.
      Organization: { fields: { workingGroups: { merge: false } } },
      WorkingGroup: { fields: { memberships: { merge: false } } },
    },
  });
}

interface ApolloClientOptions {
  /** The session could not be renewed: forget what it loaded. */
  onSessionExpired: (client: ApolloClient) => void;
}

/**
 * The browser never holds a token: the api sets httpOnly cookies, sent with every same-origin request.
 */
export function createApolloClient({ onSessionExpired }: ApolloClientOptions): ApolloClient {
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const authRefreshLink = createAuthRefreshLink({
    refreshSession: () => client.mutate({ mutation: RefreshSessionDocument }),
    onSessionExpired: () => onSessionExpired(client),
    isAuthOperation: (name) => name !== undefined && AUTH_OPERATION_NAMES.has(name),
  });
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([authRefreshLink, httpLink]),
    cache: createCache(),
  });
  return client;
}
