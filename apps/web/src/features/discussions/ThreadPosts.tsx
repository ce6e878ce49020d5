import { type FormEvent, Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LockIcon } from '../../components/icons';
import { ErrorState } from '../../components/QueryStates';
import { attachmentsUploading, type ComposerAttachment, uploadedAttachmentIds } from '../attachments';
import { Composer, composerBodyIsValid } from './Composer';
import { CreatePostDocument } from './operations';
import { PostItem } from './PostItem';
import { QuoteChip, type QuotingPost } from './Quotes';
import { firstNewPostId, type ReadBefore, type Thread } from './useThread';
import classes from './ThreadPosts.module.css';

const HIGHLIGHT_MS = 2500;

interface ThreadPostsProps {
  thread: Thread;
  onLoadMore: () => Promise<unknown>;
  onPosted: () => void;
  /** The level of this part's headings: 2 on the thread's own page, 3 inside a section of another page. */
  headingLevel?: 2 | 3;
  /** Shown on a record read by break glass (an assistance request's discussion): nothing to write or change. */
  readOnly?: boolean;
  /** How far the viewer had read when the page opened (useThread): a "New" line precedes the posts after it. */
  readBefore?: ReadBefore | null;
}

/**
 * The posts of a thread, oldest first, with "Show more" and the reply form (or why there is none). Each post
 * may be replied to, quoting it; the posts new since the viewer's last visit follow a "New" line, which stays
 * where it is while the page is open.
 */
export function ThreadPosts({
  thread,
  onLoadMore,
  onPosted,
  headingLevel = 2,
  readOnly = false,
  readBefore = null,
}: ThreadPostsProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const [loadingMore, setLoadingMore] = useState(false);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [quotingId, setQuotingId] = useState<string | null>(null);
  const scrolledFor = useRef<string | null>(null);
  // A break-glass read is a read only: the api refuses anything else.
  const canPost = thread.workspace.viewerCanPost && !thread.viewerReadsByBreakGlass && !readOnly;
  const posts = thread.posts.edges.map((edge) => edge.node);
  const hasMore = thread.posts.pageInfo.hasNextPage;
  const headingsId = `thread-${thread.id}`;
  // The reply form shows once every post is: only then may a post be quoted in it.
  const canReply = canPost && !thread.locked && !hasMore;
  const newFrom = readBefore ? firstNewPostId(posts, readBefore) : null;
  // As it is now: edited since it was chosen, its new text; deleted, nothing to quote any more.
  const quoting = posts.find((post) => post.id === quotingId && !post.deleted) ?? null;

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
          <ol className={`plain-list ${classes.postList}`}>
            {posts.map((post) => (
              <Fragment key={post.id}>
                {/* The line takes the place of the border between two posts. */}
                {post.id === newFrom && (
                  <li role="none" style={{ borderTop: 0 }}>
                    <Divider
                      role="separator"
                      aria-label={t('discussions.newSince.separator')}
                      label={
                        <Text span size="xs" fw={650} c="var(--mantine-color-red-text)">
                          {t('discussions.newSince.label')}
                        </Text>
                      }
                      labelPosition="center"
                      color="var(--mantine-color-red-text)"
                      px={{ base: 'sm', sm: 'md' }}
                    />
                  </li>
                )}
                <li style={post.id === newFrom ? { borderTop: 0 } : undefined}>
                  <PostItem
                    post={post}
                    canEdit={post.viewerCanEdit && !readOnly}
                    canDelete={post.viewerCanDelete && !readOnly}
                    canReact={canPost}
                    onReply={canReply ? () => setQuotingId(post.id) : undefined}
                    highlighted={highlighted === post.id}
                  />
                </li>
              </Fragment>
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
            quoting={quoting}
            onStopQuoting={() => setQuotingId(null)}
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
  /** The post the reply quotes, chosen with a post's "Reply". */
  quoting: QuotingPost | null;
  onStopQuoting: () => void;
}

function ReplyForm({
  threadId,
  workspaceId,
  onPosted,
  headingId,
  headingLevel,
  quoting,
  onStopQuoting,
}: ReplyFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [attachments, setAttachments] = useState<ComposerAttachment[]>([]);
  const uploading = attachmentsUploading(attachments);
  const [createPost, { loading, error, reset }] = useMutation(CreatePostDocument);
  const formRef = useRef<HTMLFormElement>(null);
  const focusText = () => formRef.current?.querySelector('textarea')?.focus();

  // Choosing a post to reply to brings the writer to the text box.
  const quotingId = quoting?.id ?? null;
  useEffect(() => {
    if (quotingId) focusText();
  }, [quotingId]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!composerBodyIsValid(body) || loading || uploading) return;
    try {
      await createPost({
        variables: {
          input: {
            threadId,
            body,
            attachmentIds: uploadedAttachmentIds(attachments),
            ...(quoting ? { quotedPostId: quoting.id } : {}),
          },
        },
      });
      setBody('');
      setAttachments([]);
      onStopQuoting();
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
      <form ref={formRef} onSubmit={(event) => void submit(event)}>
        <Stack gap="xs">
          <Title order={headingLevel} size="h5" id={headingId}>
            {t('discussions.reply')}
          </Title>
          {quoting && (
            <QuoteChip
              quoting={quoting}
              onRemove={() => {
                onStopQuoting();
                focusText();
              }}
            />
          )}
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
