import type { ApolloCache } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { MarkNotificationsReadDocument } from './operations';

/** Queries that show notifications, refetched (when shown) after marking some read. */
const NOTIFICATION_QUERIES = new Set(['UnreadNotificationCount', 'Notifications']);

function markReadInCache(cache: ApolloCache, ids: readonly string[] | 'all'): void {
  const now = new Date().toISOString();
  const cacheIds =
    ids === 'all'
      ? Object.keys(cache.extract() as Record<string, unknown>).filter((key) => key.startsWith('Notification:'))
      : ids.map((id) => cache.identify({ __typename: 'Notification', id }));
  for (const id of cacheIds) {
    if (id) cache.modify({ id, fields: { readAt: (readAt) => readAt ?? now } });
  }
}

/** Marks one notification, or all of them, read: at once on screen, then as the api counts. */
export function useMarkNotificationsRead() {
  const client = useApolloClient();
  const [markRead, state] = useMutation(MarkNotificationsReadDocument);

  const refetchShown = () =>
    client.refetchQueries({
      include: 'active',
      onQueryUpdated: (query) => NOTIFICATION_QUERIES.has(query.queryName ?? ''),
    });

  const markOne = async (id: string) => {
    await markRead({ variables: { input: { ids: [id] } }, update: (cache) => markReadInCache(cache, [id]) });
    await refetchShown();
  };
  const markAll = async () => {
    await markRead({ variables: { input: { all: true } }, update: (cache) => markReadInCache(cache, 'all') });
    await refetchShown();
  };
  return { markOne, markAll, marking: state.loading, error: state.error };
}
