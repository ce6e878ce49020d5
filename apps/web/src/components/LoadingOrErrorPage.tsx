import { Page } from './Page';
import { ErrorState, LoadingState } from './QueryStates';

interface LoadingOrErrorPageProps {
  title: string;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => unknown;
}

/** A detail page whose record is loading, or cannot be shown: it still has its h1 and title. */
export function LoadingOrErrorPage({ title, loading, error, onRetry }: LoadingOrErrorPageProps) {
  return (
    <Page title={title}>
      {error ? <ErrorState error={error} onRetry={onRetry && (() => void onRetry())} /> : loading && <LoadingState />}
    </Page>
  );
}
