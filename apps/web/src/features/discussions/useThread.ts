import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { ThreadQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useRecordEvents } from '../../realtime';
import { MarkThreadReadDocument, PostDocument, ThreadDocument, ThreadHeaderDocument } from './operations';

export type Thread = ThreadQuery['thread'];

/** How far the viewer had read a thread when its page opened, before the page marked it read. */
export interface ReadBefore {
  threadId: string;
  /** Their last read then (`Thread.viewerLastReadAt`); null when they had never read the thread. */
  lastReadAt: string | null;
  /** The thread's latest post then: later ones arrived while the page was open, and are seen as they come. */
  lastActivityAt: string;
}

/**
 * The first post written after the viewer's last read and before the page opened: the "New" line goes above
 * it. None for a thread the viewer never read (all of it is new), nor when nothing is new.
 */
export function firstNewPostId(posts: readonly { id: string; createdAt: string }[], before: ReadBefore): string | null {
  if (before.lastReadAt === null) return null;
  const lastRead = Date.parse(before.lastReadAt);
  const opened = Date.parse(before.lastActivityAt);
  const first = posts.find((post) => {
    const written = Date.parse(post.createdAt);
    return written > lastRead && written <= opened;
  });
  return first?.id ?? null;
}

/** `updateQuery` for posts fetched after the last one shown: appended, each post once. */
export function appendPosts(previous: ThreadQuery, { fetchMoreResult }: { fetchMoreResult: ThreadQuery }): ThreadQuery {
  const known = new Set(previous.thread.posts.edges.map((edge) => edge.node.id));
  return {
    ...fetchMoreResult,
    thread: {
      ...fetchMoreResult.thread,
      posts: {
        ...fetchMoreResult.thread.posts,
        edges: [
          ...previous.thread.posts.edges,
          ...fetchMoreResult.thread.posts.edges.filter((edge) => !known.has(edge.node.id)),
        ],
      },
    },
  };
}

/**
 * A thread and its posts, kept live: new posts are appended as they are written, edited ones fetched
 * again, and everything shown is marked read while the tab is visible. `readBefore` keeps how far the viewer
 * had read when the page opened (taken from the api's answer, before the page marks the thread read), for
 * as long as the page stays open.
 */
export function useThread(id: string) {
  const format = useFormatters();
  const client = useApolloClient();
  const { data, loading, error, refetch, fetchMore } = useQuery(ThreadDocument, {
    variables: { id, language: format.language },
    fetchPolicy: 'cache-and-network',
  });
  const [markThreadRead] = useMutation(MarkThreadReadDocument);
  const latest = useRef(data);
  latest.current = data;

  const markReadIfVisible = useCallback(() => {
    if (document.visibilityState !== 'visible') return;
    void markThreadRead({ variables: { threadId: id } }).catch(() => undefined);
  }, [id, markThreadRead]);

  /** Posts written after the last one shown (all of them once the thread is fully loaded). */
  const loadNewerPosts = useCallback(async () => {
    const posts = latest.current?.thread.posts;
    if (!posts || posts.pageInfo.hasNextPage) {
      // Not at the end yet: the counts in the header change, "Show more" brings the posts.
      await refetch();
      return;
    }
    const after = posts.edges[posts.edges.length - 1]?.cursor ?? posts.pageInfo.endCursor;
    await fetchMore({ variables: { after }, updateQuery: appendPosts });
  }, [fetchMore, refetch]);

  const thread = data?.thread.id === id ? data.thread : undefined;
  // The api's answer, not only what the cache held from an earlier visit.
  const answered = thread !== undefined && !loading;
  const [readBefore, setReadBefore] = useState<ReadBefore | null>(null);
  if (answered && readBefore?.threadId !== id) {
    setReadBefore({ threadId: id, lastReadAt: thread.viewerLastReadAt ?? null, lastActivityAt: thread.lastActivityAt });
  }
  const readBeforeTaken = readBefore?.threadId === id;
  // Shown, and its last read known: everything in it is read now.
  useEffect(() => {
    if (readBeforeTaken) markReadIfVisible();
  }, [readBeforeTaken, markReadIfVisible]);
  // Back to a tab that was hidden when posts arrived.
  useEffect(() => {
    const onVisible = () => {
      if (latest.current?.thread.unread) markReadIfVisible();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [markReadIfVisible]);

  useRecordEvents((event, payload) => {
    if (!('threadId' in payload) || payload.threadId !== id) return;
    if (event === 'thread.updated') {
      // Renamed, pinned or locked: the header is fetched again and updated wherever the thread is shown.
      void client
        .query({ query: ThreadHeaderDocument, variables: { id }, fetchPolicy: 'network-only' })
        .catch(() => undefined);
    } else if (!('postId' in payload)) {
      return;
    } else if (event === 'post.created') {
      void loadNewerPosts()
        .then(markReadIfVisible)
        .catch(() => undefined);
    } else if (event === 'post.updated') {
      // Edited, deleted or reacted to: the post is fetched again and updated wherever it is shown.
      void client
        .query({ query: PostDocument, variables: { id: payload.postId }, fetchPolicy: 'network-only' })
        .catch(() => undefined);
    }
  });

  const loadMore = useCallback(
    () =>
      fetchMore({
        variables: { after: latest.current?.thread.posts.pageInfo.endCursor },
        updateQuery: appendPosts,
      }),
    [fetchMore],
  );
  const onPosted = useCallback(() => void loadNewerPosts().catch(() => undefined), [loadNewerPosts]);

  return {
    thread,
    loading,
    error,
    refetch,
    loadMore,
    onPosted,
    readBefore: readBeforeTaken ? readBefore : null,
  };
}
