import { Component, type ReactNode } from 'react';
import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/usePageTitle';

interface PageErrorBoundaryProps {
  children: ReactNode;
  /** The address shown: going elsewhere (back, a link) tries again. */
  resetKey: string;
}

/**
 * A page that fails to render (most often: its code could not be downloaded, e.g. after a new version
 * was deployed) shows a translated explanation and a way to reload, rather than a blank window. React
 * reports the error itself in the console.
 */
export class PageErrorBoundary extends Component<PageErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: PageErrorBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

function PageFailed() {
  const { t } = useTranslation();
  usePageTitle(t('errors.pageFailedTitle'));
  return (
    <main>
      <Center mih="100vh" p="md">
        <Stack maw={560} gap="md">
          <Title order={1} size="h2">
            {t('errors.pageFailedTitle')}
          </Title>
          <Text>{t('errors.pageFailed')}</Text>
          <Button onClick={() => window.location.reload()} w="fit-content">
            {t('errors.reload')}
          </Button>
        </Stack>
      </Center>
    </main>
  );
}
