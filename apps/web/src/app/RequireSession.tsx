import { Button, Center, Stack } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../components/QueryStates';
import { usePageTitle } from '../components/usePageTitle';
import { signInPathFor } from '../features/auth/next-path';
import { useSession } from '../features/auth/session';

/**
 * Pages behind it need a session. Signed out (never signed in, signed out, or the session could not be
 * renewed), it sends to the sign-in page, which comes back here afterwards.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();

  if (session.status === 'loading') return <FullPageLoading />;
  if (session.status === 'error') return <SessionError error={session.error} onRetry={session.retry} />;
  if (!session.user) return <Navigate to={signInPathFor(location.pathname + location.search)} replace />;
  return <Outlet />;
}

function FullPageLoading() {
  return (
    <main>
      <Center mih="100vh">
        <LoadingState />
      </Center>
    </main>
  );
}

function SessionError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('errors.unavailableTitle'));
  return (
    <main>
      <Center mih="100vh" p="md">
        <Stack maw={520} w="100%">
          <h1 className="visually-hidden">{t('errors.unavailableTitle')}</h1>
          <ErrorState error={error} />
          <Button onClick={onRetry} variant="filled" w="fit-content">
            {t('common.retry')}
          </Button>
        </Stack>
      </Center>
    </main>
  );
}
