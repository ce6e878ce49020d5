import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LockIcon } from '../../components/icons';
import { ErrorState } from '../../components/QueryStates';
import { attachmentsUploading, type ComposerAttachment, uploadedAttachmentIds } from '../attachments';
import { Composer, composerBodyIsValid } from './Composer';
import { CreatePostDocument } from './operations';
import { PostItem } from './PostItem';
import type { Thread } from './useThread';

const HIGHLIGHT_MS = 2500;

interface ThreadPostsProps {
  thread: Thread;
  onLoadMore: () => Promise<unknown>;
  onPosted: () => void;
  /** The level of this part's headings: 2 on the thread's own page, 3 inside a section of another page. */
  headingLevel?: 2 | 3;
  /** Shown on a record read by break glass (an assistance request's discussion): nothing to write or change. */
  readOnly?: boolean;
}

/** The posts of a thread, oldest first, with "Show more" and the reply form (or why there is none). */
export function ThreadPosts({ thread, onLoadMore, onPosted, headingLevel = 2, readOnly = false }: ThreadPostsProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const [loadingMore, setLoadingMore] = useState(false);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const scrolledFor = useRef<string | null>(null);
  // A break-glass read is a read only: the api refuses anything else.
  const canPost = thread.workspace.viewerCanPost && !thread.viewerReadsByBreakGlass && !readOnly;
  const posts = thread.posts.edges.map((edge) => edge.node);
  const hasMore = thread.posts.pageInfo.hasNextPage;
  const headingsId = `thread-${thread.id}`;

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
    <>
      <Stack component="section" aria-labelledby={`${headingsId}-posts`} gap="sm">
        <Title order={headingLevel} className="visually-hidden" id={`${headingsId}-posts`}>
          {t('discussions.posts')}
        </Title>
        <Paper withBorder radius="md">
          <ol className="plain-list post-list">
            {posts.map((post) => (
              <li key={post.id}>
                <PostItem
                  post={post}
                  canEdit={post.viewerCanEdit && !readOnly}
                  canDelete={post.viewerCanDelete && !readOnly}
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
        !hasMore && (
          <ReplyForm
            threadId={thread.id}
            workspaceId={thread.workspace.id}
            onPosted={onPosted}
            headingId={`${headingsId}-reply`}
            headingLevel={headingLevel}
          />
        )
      )}
    </>
  );
}

interface ReplyFormProps {
  threadId: string;
  workspaceId: string;
  onPosted: () => void;
  headingId: string;
  headingLevel: 2 | 3;
}

function ReplyForm({ threadId, workspaceId, onPosted, headingId, headingLevel }: ReplyFormProps) {
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
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      component="section"
      aria-labelledby={headingId}
      className="no-print"
    >
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="xs">
          <Title order={headingLevel} size="h5" id={headingId}>
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
