import { useEffect, useRef, useState } from 'react';

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * Loads page after page until the list is complete (the api answers at most 100 per page). Each cursor
 * of a list is requested once, even if React runs the effect twice. `listKey` names the list (its
 * search, language...): cursors are offsets, so two lists share cursor values.
 */
export function useLoadAllPages(
  listKey: string,
  pageInfo: PageInfo | undefined,
  loadPage: (after: string) => Promise<unknown>,
): { loadingMore: boolean; error: unknown } {
  const requested = useRef(new Set<string>());
  const [error, setError] = useState<unknown>(null);
  const cursor = pageInfo?.hasNextPage ? (pageInfo.endCursor ?? null) : null;

  useEffect(() => {
    if (!cursor) return;
    const request = `${listKey}\n${cursor}`;
    if (requested.current.has(request)) return;
    requested.current.add(request);
    setError(null);
    loadPage(cursor).catch((failure: unknown) => setError(failure));
    // `loadPage` changes identity on each render: the cursor alone decides what to load.
  }, [listKey, cursor]);

  return { loadingMore: cursor !== null && error === null, error };
}
