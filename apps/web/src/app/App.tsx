import { useState } from 'react';
import type { ApolloClient } from '@apollo/client';
import { BrowserRouter } from 'react-router-dom';
import { forgetSessionData, hasSessionInCache } from '../session';
import { createApolloClient } from './apollo-client';
import { Providers } from './Providers';
import { AppRoutes } from './router';

/**
 * A session that cannot be renewed ends here: the cache is cleared, which signs the app out, and
 * <RequireSession> then sends to /sign-in?next=<the page>. Clearing waits for the failed operation
 * to deliver its error first. A visitor who was never signed in has nothing to clear.
 */
function endExpiredSession(client: ApolloClient): void {
  if (!hasSessionInCache(client)) return;
  setTimeout(() => void forgetSessionData(client), 0);
}

export function App() {
  const [{ client, renewSession }] = useState(() => createApolloClient({ onSessionExpired: endExpiredSession }));
  return (
    <Providers client={client} renewSession={renewSession}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Providers>
  );
}
