import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { SignOutDocument } from './operations';

/**
 * Ends the session on the api (which clears the cookies), then empties the cache. `clearStore` rather
 * than `resetStore`: refetching the signed-out user's open queries would only meet UNAUTHENTICATED.
 */
export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(SignOutDocument);
  return async () => {
    try {
      await signOut();
    } catch {
      // The session may already be over on the api: signing out here is still right.
    }
    await client.clearStore();
    await navigate('/sign-in', { replace: true });
  };
}
