import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useLocation, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { CheckIcon, LockIcon, PinIcon } from '../../components/icons';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { ErrorState, useErrorTitle } from '../../components/QueryStates';
import { ToneBadge } from '../../components/ToneBadge';
import type { ThreadQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useSignedInUser } from '../auth/session';
import { useRecordEvents } from '../notifications/realtime-context';
import { ClassificationBadge, PillarBadge } from '../workspaces/badges';
import { mayModerate, workspaceName } from '../workspaces/roles';
import { attachmentsUploading, type ComposerAttachment, uploadedAttachmentIds } from './attachment-upload';
import { Composer, composerBodyIsValid } from './Composer';
import {
  CreatePostDocument,
  FollowThreadDocument,
  MarkThreadReadDocument,
  PostDocument,
  SetThreadLockedDocument,
  SetThreadPinnedDocument,
  ThreadDocument,
} from './operations';
import { PostItem } from './PostItem';

type Thread = ThreadQuery['thread'];

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

const HIGHLIGHT_MS = 2500;

export function ThreadPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
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

  const threadShown = data?.thread.id === id;
  // Shown: everything in it is read now.
  useEffect(() => {
    if (threadShown) markReadIfVisible();
  }, [threadShown, markReadIfVisible]);
  // Back to a tab that was hidden when posts arrived.
  useEffect(() => {
    const onVisible = () => {
      if (latest.current?.thread.unread) markReadIfVisible();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [markReadIfVisible]);

  useRecordEvents((event, payload) => {
    if (!('postId' in payload) || payload.threadId !== id) return;
    if (event === 'post.created') {
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

  if (!data || data.thread.id !== id) {
    return (
      <LoadingOrErrorPage title={t('discussions.threadTitle')} loading={loading} error={error} onRetry={refetch} />
    );
  }
  return (
    <ThreadView
      thread={data.thread}
      onLoadMore={() =>
        fetchMore({ variables: { after: data.thread.posts.pageInfo.endCursor }, updateQuery: appendPosts })
      }
      onPosted={() => void loadNewerPosts().catch(() => undefined)}
    />
  );
}

interface ThreadViewProps {
  thread: Thread;
  onLoadMore: () => Promise<unknown>;
  onPosted: () => void;
}

function ThreadView({ thread, onLoadMore, onPosted }: ThreadViewProps) {
  const { t } = useTranslation();
  const viewer = useSignedInUser();
  const location = useLocation();
  const [loadingMore, setLoadingMore] = useState(false);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const scrolledFor = useRef<string | null>(null);
  const moderator = mayModerate(thread.workspace.viewerRole);
  const canPost = thread.workspace.viewerCanPost;
  const posts = thread.posts.edges.map((edge) => edge.node);
  const hasMore = thread.posts.pageInfo.hasNextPage;

  const loadMore = useCallback(async () => {
    setLoadingMore(true);
    try {
      await onLoadMore();
    } finally {
      setLoadingMore(false);
    }
  }, [onLoadMore]);

  // A link to `#post-<id>` (from a notification) scrolls to that post, loading more pages if needed.
  const targetPostId = location.hash.startsWith('#post-') ? location.hash.slice('#post-'.length) : null;
  const scrollKey = targetPostId ? `${location.key}:${targetPostId}` : null;
  const targetLoaded = targetPostId !== null && posts.some((post) => post.id === targetPostId);
  useEffect(() => {
    if (!scrollKey || !targetPostId || scrolledFor.current === scrollKey) return;
    if (!targetLoaded) {
      if (hasMore && !loadingMore) void loadMore();
      return;
    }
    const element = document.getElementById(`post-${targetPostId}`);
    if (!element) return;
    scrolledFor.current = scrollKey;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    setHighlighted(targetPostId);
    const timer = setTimeout(() => setHighlighted(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [scrollKey, targetPostId, targetLoaded, hasMore, loadingMore, loadMore]);

  return (
    <Page
      title={thread.title}
      isolateTitle
      breadcrumb={<BackLink to={`/workspaces/${thread.workspace.id}`} label={workspaceName(thread.workspace)} />}
      actions={<ThreadControls thread={thread} moderator={moderator} />}
    >
      {(thread.pinned || thread.locked || thread.classification !== 'UNCLASSIFIED' || thread.pillars.length > 0) && (
        <Group gap={6} mt={-8}>
          {thread.pinned && (
            <ToneBadge tone="info">
              <Group gap={4} wrap="nowrap" component="span">
                <PinIcon size={12} />
                {t('discussions.pinned')}
              </Group>
            </ToneBadge>
          )}
          {thread.locked && (
            <ToneBadge tone="warning">
              <Group gap={4} wrap="nowrap" component="span">
                <LockIcon size={12} />
                {t('discussions.locked')}
              </Group>
            </ToneBadge>
          )}
          <ClassificationBadge classification={thread.classification} />
          {thread.pillars.map((pillar) => (
            <PillarBadge key={pillar} pillar={pillar} />
          ))}
        </Group>
      )}
      <Stack component="section" aria-labelledby="posts-heading" gap="sm">
        <Title order={2} className="visually-hidden" id="posts-heading">
          {t('discussions.posts')}
        </Title>
        <Paper withBorder radius="md">
          <ol className="plain-list post-list">
            {posts.map((post) => (
              <li key={post.id}>
                <PostItem
                  post={post}
                  canEdit={post.author.id === viewer.id && canPost}
                  canDelete={(post.author.id === viewer.id && canPost) || moderator}
                  canReact={canPost}
                  highlighted={highlighted === post.id}
                />
              </li>
            ))}
          </ol>
        </Paper>
        {hasMore && (
          <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
            {t('discussions.morePosts')}
          </Button>
        )}
      </Stack>
      {thread.locked ? (
        <Alert color="orange" title={t('discussions.lockedTitle')} icon={<LockIcon size={18} />}>
          {t('discussions.lockedExplanation')}
        </Alert>
      ) : !canPost ? (
        <Text c="dimmed" size="sm">
          {t('discussions.readOnly')}
        </Text>
      ) : (
        !hasMore && <ReplyForm threadId={thread.id} workspaceId={thread.workspace.id} onPosted={onPosted} />
      )}
    </Page>
  );
}

function ThreadControls({ thread, moderator }: { thread: Thread; moderator: boolean }) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const [follow, following] = useMutation(FollowThreadDocument);
  const [setPinned, pinning] = useMutation(SetThreadPinnedDocument);
  const [setLocked, locking] = useMutation(SetThreadLockedDocument);
  const error = following.error ?? pinning.error ?? locking.error;
  const flag = { threadId: thread.id };

  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        <Button
          variant={thread.viewerFollows ? 'light' : 'default'}
          aria-pressed={thread.viewerFollows}
          leftSection={thread.viewerFollows ? <CheckIcon size={16} /> : undefined}
          loading={following.loading}
          onClick={() =>
            void follow({ variables: { input: { ...flag, value: !thread.viewerFollows } } }).catch(() => undefined)
          }
          title={t('discussions.followHelp')}
        >
          {t('discussions.follow')}
        </Button>
        {moderator && (
          <>
            <Button
              variant={thread.pinned ? 'light' : 'default'}
              aria-pressed={thread.pinned}
              leftSection={<PinIcon size={16} />}
              loading={pinning.loading}
              onClick={() =>
                void setPinned({ variables: { input: { ...flag, value: !thread.pinned } } }).catch(() => undefined)
              }
            >
              {t('discussions.pin')}
            </Button>
            <Button
              variant={thread.locked ? 'light' : 'default'}
              aria-pressed={thread.locked}
              leftSection={<LockIcon size={16} />}
              loading={locking.loading}
              onClick={() =>
                void setLocked({ variables: { input: { ...flag, value: !thread.locked } } }).catch(() => undefined)
              }
            >
              {t('discussions.lock')}
            </Button>
          </>
        )}
      </Group>
      {error && (
        <Text size="sm" c="red.7" role="alert">
          {errorTitle(error)}
        </Text>
      )}
    </Stack>
  );
}

interface ReplyFormProps {
  threadId: string;
  workspaceId: string;
  onPosted: () => void;
}

function ReplyForm({ threadId, workspaceId, onPosted }: ReplyFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [attachments, setAttachments] = useState<ComposerAttachment[]>([]);
  const uploading = attachmentsUploading(attachments);
  const [createPost, { loading, error, reset }] = useMutation(CreatePostDocument);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!composerBodyIsValid(body) || loading || uploading) return;
    try {
      await createPost({
        variables: { input: { threadId, body, attachmentIds: uploadedAttachmentIds(attachments) } },
      });
      setBody('');
      setAttachments([]);
      onPosted();
    } catch {
      // Shown below; the text stays to try again.
    }
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="reply-heading">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="xs">
          <Title order={2} size="h5" id="reply-heading">
            {t('discussions.reply')}
          </Title>
          <Composer
            label={t('discussions.replyLabel')}
            hideLabel
            value={body}
            onChange={(value) => {
              setBody(value);
              if (error) reset();
            }}
            placeholder={t('discussions.replyPlaceholder')}
            workspaceId={workspaceId}
            attachments={attachments}
            onAttachmentsChange={setAttachments}
            actions={
              <Button type="submit" loading={loading} disabled={!composerBodyIsValid(body) || uploading}>
                {t('discussions.send')}
              </Button>
            }
          />
          {error && <ErrorState error={error} />}
        </Stack>
      </form>
    </Paper>
  );
}
