import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { AUTH_OPERATION_NAMES, RefreshSessionDocument } from '../features/auth';
import { createAuthRefreshLink, createSessionRenewer } from './auth-refresh-link';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Memberships have no id of their own: a newer list simply replaces the older one.
      Organization: { fields: { workingGroups: { merge: false } } },
      WorkingGroup: { fields: { memberships: { merge: false } } },
      Workspace: { fields: { members: { merge: false }, memberOrganizations: { merge: false } } },
      // Reaction counts and revisions are summaries without ids: the latest answer is the truth.
      Post: { fields: { reactions: { merge: false }, revisions: { merge: false } } },
      // The people named on a request or a project are named again as a whole (none once its marking is lowered).
      AssistanceRequest: { fields: { participants: { merge: false } } },
      Project: { fields: { participants: { merge: false } } },
      // A hit's snippet depends on the words searched: each answer keeps its own hits.
      SearchHit: { keyFields: false },
    },
  });
}

interface ApolloClientOptions {
  /** The session could not be renewed: forget what it loaded. */
  onSessionExpired: (client: ApolloClient) => void;
}

export interface AppApolloClient {
  client: ApolloClient;
  /**
   * Renews the session cookies (one renewal at a time, shared with GraphQL operations); on failure the
   * session ends as for an operation. For the live connection, whose handshake uses the same cookie.
   */
  renewSession: () => Promise<boolean>;
}

/**
 * The browser never holds a token: the api sets httpOnly cookies, sent with every same-origin request.
 */
export function createApolloClient({ onSessionExpired }: ApolloClientOptions): AppApolloClient {
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const renew = createSessionRenewer(() => client.mutate({ mutation: RefreshSessionDocument }));
  const authRefreshLink = createAuthRefreshLink({
    renewSession: renew,
    onSessionExpired: () => onSessionExpired(client),
    isAuthOperation: (name) => name !== undefined && AUTH_OPERATION_NAMES.has(name),
  });
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([authRefreshLink, httpLink]),
    cache: createCache(),
  });
  const renewSession = async () => {
    const renewed = await renew();
    if (!renewed) onSessionExpired(client);
    return renewed;
  };
  return { client, renewSession };
}
