import { Suspense, useEffect } from 'react';
import { AppShell, Burger, Container } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { NotificationBell, NotificationToasts } from '../features/notifications';
import { SearchButton, SearchPaletteOnDemand } from '../features/search';
import { PageLoading } from '../components/PageLoading';
import { RealtimeProvider } from '../realtime';
import { AppHeader } from './AppHeader';
import { KeyboardShortcuts, useShortcutsSheetHotkey } from './KeyboardShortcuts';
import { Navigation } from './Navigation';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { UserMenu } from './UserMenu';

const NAVIGATION_BREAKPOINT = 'sm';

/**
 * The signed-in layout: header (with search and the notification bell), navigation (a burger menu on phones) and
 * the page; the live connection lives as long as it does.
 */
export function AppShellLayout() {
  const { t } = useTranslation();
  const [navigationOpened, { toggle: toggleNavigation, close: closeNavigation }] = useDisclosure(false);
  const [shortcutsOpened, { open: openShortcuts, close: closeShortcuts }] = useDisclosure(false);
  useShortcutsSheetHotkey(openShortcuts);
  const isPhone = useMediaQuery(`(max-width: 47.99em)`) ?? false;
  const { pathname } = useLocation();

  // Following a link in the phone menu closes it.
  useEffect(() => closeNavigation(), [pathname, closeNavigation]);

  const navigationHidden = isPhone && !navigationOpened;

  return (
    <RealtimeProvider>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 260, breakpoint: NAVIGATION_BREAKPOINT, collapsed: { mobile: !navigationOpened } }}
        padding={{ base: 'sm', sm: 'lg' }}
      >
        <SkipLink />
        <AppShell.Header className="app-header">
          <AppHeader
            menuButton={
              <Burger
                opened={navigationOpened}
                onClick={toggleNavigation}
                hiddenFrom={NAVIGATION_BREAKPOINT}
                size="sm"
                color="white"
                aria-label={navigationOpened ? t('nav.close') : t('nav.open')}
                aria-expanded={navigationOpened}
                aria-controls="main-navigation"
              />
            }
            accountMenu={<UserMenu onShowShortcuts={openShortcuts} />}
            notifications={<NotificationBell />}
            search={<SearchButton />}
          />
        </AppShell.Header>
        <AppShell.Navbar
          id="main-navigation"
          className="app-navigation"
          p="sm"
          aria-label={t('nav.label')}
          // Off-screen on phones while closed: keep its links out of the Tab order too.
          inert={navigationHidden}
        >
          <Navigation />
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className="app-main">
          <Container size="xl" px={0}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </Container>
        </AppShell.Main>
        <NotificationToasts />
        <SearchPaletteOnDemand />
        <KeyboardShortcuts opened={shortcutsOpened} onClose={closeShortcuts} />
      </AppShell>
    </RealtimeProvider>
  );
}
