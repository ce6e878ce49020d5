import { useMutation } from '@apollo/client/react';
import { SignOutDocument } from './operations';
import { useSession } from '../../session';

/**
 * Ends the session on the api (which clears the cookies), then forgets it here: the cache is emptied
 * (no refetch, the signed-out user's open queries would only meet UNAUTHENTICATED) and the protected
 * page gives way to the sign-in page.
 */
export function useSignOut(): () => Promise<void> {
  const { endSession } = useSession();
  const [signOut] = useMutation(SignOutDocument);
  return async () => {
    try {
      await signOut();
    } catch {
      // The session may already be over on the api: signing out here is still right.
    }
    await endSession();
  };
}
