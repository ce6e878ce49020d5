import { type ReactNode, Suspense } from 'react';
import { AppShell, Container } from '@mantine/core';
import { Outlet } from 'react-router-dom';
import { PageLoading } from '../components/PageLoading';
import { AppHeader } from './AppHeader';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

/**
 * Pages for people not signed in (sign in, accept an invitation), and the one page of someone who must
 * turn on two-factor sign-in first: header with the language switcher.
 */
export function PublicLayout({ children }: { children?: ReactNode }) {
  return (
    <AppShell header={{ height: 60 }} padding={{ base: 'sm', sm: 'xl' }}>
      <SkipLink />
      <AppShell.Header className="app-header">
        <AppHeader />
      </AppShell.Header>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className="app-main public-main">
        <Container size="sm" px={0} py={{ base: 'md', sm: 'xl' }}>
          <Suspense fallback={<PageLoading />}>{children ?? <Outlet />}</Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
