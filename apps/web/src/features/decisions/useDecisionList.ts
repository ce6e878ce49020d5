import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { DecisionFilter, DecisionsQuery } from '../../gql/graphql';
import { useRecordEvents } from '../../realtime';
import { DecisionsDocument } from './operations';

function appendDecisionsPage(
  previous: DecisionsQuery,
  { fetchMoreResult }: { fetchMoreResult: DecisionsQuery },
): DecisionsQuery {
  return {
    ...fetchMoreResult,
    decisions: {
      ...fetchMoreResult.decisions,
      edges: [...previous.decisions.edges, ...fetchMoreResult.decisions.edges],
    },
  };
}

/**
 * A list of decisions, refreshed when one of them (or, for a workspace's list, one in that workspace) is
 * proposed, objected to, adopted or withdrawn.
 */
export function useDecisionList(filter: DecisionFilter) {
  const [loadingMore, setLoadingMore] = useState(false);
  const query = useQuery(DecisionsDocument, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  const { data, refetch, fetchMore } = query;

  useRecordEvents((event, payload) => {
    if (event !== 'decision.updated') return;
    if (filter.workspaceId && 'workspaceId' in payload && payload.workspaceId !== filter.workspaceId) return;
    void refetch().catch(() => undefined);
  });

  const loadMore = async () => {
    const cursor = data?.decisions.pageInfo.endCursor;
    if (!cursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: cursor }, updateQuery: appendDecisionsPage });
    } finally {
      setLoadingMore(false);
    }
  };

  return { ...query, loadingMore, loadMore };
}
