import { Suspense } from 'react';
import { AppShell, Button, Center, Stack, Title } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../components/QueryStates';
import { usePageTitle } from '../components/usePageTitle';
import { signInPathFor } from '../features/auth';
import { loadTwoFactorRequired } from '../features/profile';
import { useSession } from '../session';
import { AppHeader } from './AppHeader';
import { lazyPage } from './lazy-page';
import { PublicLayout } from './PublicLayout';

const TwoFactorRequired = lazyPage(loadTwoFactorRequired, (m) => m.TwoFactorRequired);

/**
 * Pages behind it need a session. Without one (never signed in, or the session could not be renewed)
 * it sends to the sign-in page, which comes back here afterwards.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();

  if (session.status === 'loading') return <FullPageLoading />;
  if (session.status === 'error') return <SessionError error={session.error} onRetry={session.retry} />;
  if (!session.user) {
    // After "Sign out" there is no page to come back to; after an expired session there is.
    const signInPath = session.signedOutByUser ? '/sign-in' : signInPathFor(location.pathname + location.search);
    return <Navigate to={signInPath} replace />;
  }
  if (session.user.twoFactor?.required && !session.user.twoFactor.enabled) {
    return (
      <PublicLayout>
        <TwoFactorRequired />
      </PublicLayout>
    );
  }
  // The signed-in layout loads after the session check: the same full-page loading state until it is there.
  return (
    <Suspense fallback={<FullPageLoading />}>
      <Outlet />
    </Suspense>
  );
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

/** The api could not say who is signed in (unreachable, failing): say so, with the header kept. */
function SessionError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('errors.unavailableTitle'));
  return (
    <AppShell header={{ height: 60 }} padding={{ base: 'sm', sm: 'xl' }}>
      <AppShell.Header className="app-header">
        <AppHeader />
      </AppShell.Header>
      <AppShell.Main className="app-main">
        <Stack maw={560} mx="auto" py="xl" gap="md">
          <Title order={1} size="h2">
            {t('errors.unavailableTitle')}
          </Title>
          <ErrorState error={error} />
          <Button onClick={onRetry} w="fit-content">
            {t('common.retry')}
          </Button>
        </Stack>
      </AppShell.Main>
    </AppShell>
  );
}
