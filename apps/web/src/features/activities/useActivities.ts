import { useEffect, useMemo, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ActivityFilter, ActivityListFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { ActivitiesDocument, ActivityListDocument } from './operations';

interface ActivitiesConnection {
  totalCount: number;
  totalCountIsExact: boolean;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: ActivityListFieldsFragment }[];
}

/**
 * Puts the next page of a list of activities (`fetchMore`) after the ones shown. Pages are offsets: an
 * activity recorded meanwhile can push one already shown onto the next page, so it is not shown twice.
 */
export function appendActivitiesPage<T extends { activities: ActivitiesConnection }>(
  previous: T,
  { fetchMoreResult }: { fetchMoreResult: T },
): T {
  const shown = new Set(previous.activities.edges.map((edge) => edge.node.id));
  return {
    ...fetchMoreResult,
    activities: {
      ...fetchMoreResult.activities,
      edges: [
        ...previous.activities.edges,
        ...fetchMoreResult.activities.edges.filter((edge) => !shown.has(edge.node.id)),
      ],
    },
  };
}

export interface WholeActivities {
  activities: ActivityListFieldsFragment[];
  /** The count and whether it is exact, from the api; null before the first answer. */
  connection: { totalCount: number; totalCountIsExact: boolean } | null;
  /** Nothing to show yet. */
  loading: boolean;
  /** Pages are still being read after the first. */
  loadingRest: boolean;
  error: unknown;
  retry: () => void;
}

/**
 * Every activity of a period (a month, a week): the first page, then the next ones one after the other
 * until there are no more, so that a calendar shows the whole period however busy it is. The first page
 * is shown while the rest arrives.
 */
export function useWholeActivities(filter: ActivityFilter): WholeActivities {
  const format = useFormatters();
  const variables = { language: format.language, filter };
  const key = JSON.stringify(variables);
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(ActivitiesDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const [paging, setPaging] = useState(false);
  // A page that failed stops the reading until retried; it belongs to the period it was read for.
  const [failed, setFailed] = useState<{ key: string; error: unknown } | null>(null);
  const pagingError = failed?.key === key ? failed.error : null;
  const pageInfo = data?.activities.pageInfo;

  useEffect(() => {
    // Only from a settled answer: while the network refreshes a cached list, a page read now could land
    // after a first page that replaced it, and leave a gap.
    if (!pageInfo?.hasNextPage || !pageInfo.endCursor || paging || pagingError) return;
    if (networkStatus !== NetworkStatus.ready) return;
    setPaging(true);
    fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendActivitiesPage })
      .catch((caught: unknown) => setFailed({ key, error: caught }))
      .finally(() => setPaging(false));
  }, [pageInfo, paging, pagingError, networkStatus, fetchMore, key]);

  const shown = data ?? previousData;
  const activities = useMemo(() => shown?.activities.edges.map((edge) => edge.node) ?? [], [shown]);
  return {
    activities,
    connection: shown?.activities ?? null,
    loading: !shown && loading,
    loadingRest: !!data?.activities.pageInfo.hasNextPage && !pagingError,
    error: shown ? pagingError : error,
    retry: () => {
      if (pagingError) setFailed(null);
      else void refetch();
    },
  };
}

export interface PagedActivities {
  activities: ActivityListFieldsFragment[];
  connection: { totalCount: number; totalCountIsExact: boolean } | null;
  loading: boolean;
  error: unknown;
  refetch: () => void;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => Promise<void>;
}

/** A list of activities to read through a page at a time ("Show more"), as the other long lists do. */
export function usePagedActivities(filter: ActivityFilter): PagedActivities {
  const format = useFormatters();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ActivityListDocument, {
    variables: { language: format.language, filter },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const activities = useMemo(() => shown?.activities.edges.map((edge) => edge.node) ?? [], [shown]);
  const pageInfo = data?.activities.pageInfo;

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendActivitiesPage });
    } finally {
      setLoadingMore(false);
    }
  };

  return {
    activities,
    connection: shown?.activities ?? null,
    loading: !shown && loading,
    error: shown ? null : error,
    refetch: () => void refetch(),
    hasMore: !!pageInfo?.hasNextPage,
    loadingMore,
    loadMore,
  };
}
