import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { PageLoading } from '../components/PageLoading';
import { usePrintMode } from '../features/reports';
import { AppShellLayout } from './AppShellLayout';
import { MAIN_CONTENT_ID } from './SkipLink';

/**
 * Pages that print themselves: in the app shell as usual, or alone in print mode (`?print=1`), as
 * headless Chromium prints them to PDF: no header, navigation nor live connection.
 */
export function PrintableLayout() {
  const print = usePrintMode();
  if (!print) return <AppShellLayout />;
  return (
    <main id={MAIN_CONTENT_ID} className="print-page">
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </main>
  );
}
