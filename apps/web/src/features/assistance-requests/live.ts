import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { AssistanceRequestsQuery } from '../../gql/graphql';
import { useRecordEvents } from '../../realtime';

/** Queries that show requests: refetched (when shown) after the viewer changed one. */
const REQUEST_QUERIES = new Set(['AssistanceRequests', 'AssistanceRequest']);

export function useRefetchShownRequests(): () => Promise<unknown> {
  const client = useApolloClient();
  return useCallback(
    () =>
      client.refetchQueries({
        include: 'active',
        onQueryUpdated: (query) => REQUEST_QUERIES.has(query.queryName ?? ''),
      }),
    [client],
  );
}

/**
 * Refetches what a page shows when a request changes (`assistanceRequest.updated`, sent to everyone who
 * may read it); with `requestId`, only for that request.
 */
export function useRefetchOnRequestUpdate(refetch: () => Promise<unknown>, requestId?: string): void {
  useRecordEvents((_event, payload) => {
    if (!('status' in payload) || (requestId !== undefined && payload.id !== requestId)) return;
    void refetch().catch(() => undefined);
  });
}

/** Puts the next page of a list of requests (`fetchMore`) after the ones shown. */
export function appendRequestsPage(
  previous: AssistanceRequestsQuery,
  { fetchMoreResult }: { fetchMoreResult: AssistanceRequestsQuery },
): AssistanceRequestsQuery {
  return {
    ...fetchMoreResult,
    assistanceRequests: {
      ...fetchMoreResult.assistanceRequests,
      edges: [...previous.assistanceRequests.edges, ...fetchMoreResult.assistanceRequests.edges],
    },
  };
}
