import { type FormEvent, useState } from 'react';
import { Alert, Anchor, Avatar, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorDetail } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';
import type { PostFieldsFragment } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { Composer, composerBodyIsValid } from './Composer';
import { DeletePostDocument, UpdatePostDocument } from './operations';
import { PostAttachments } from './Attachments';
import { PostBody } from './PostBody';
import { QuoteBlock } from './Quotes';
import { ReactionsBar } from './Reactions';
import { RevisionHistory } from './RevisionHistory';
import classes from './PostItem.module.css';

export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => Array.from(part)[0]?.toUpperCase() ?? '').join('');
}

interface PostItemProps {
  post: PostFieldsFragment;
  canEdit: boolean;
  canDelete: boolean;
  canReact: boolean;
  /** "Reply", quoting this post in the reply form; absent where there is no reply form. */
  onReply?: () => void;
  /** Set for a moment after following a link to this post. */
  highlighted?: boolean;
}

export function PostItem({ post, canEdit, canDelete, canReact, onReply, highlighted }: PostItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [showingRevisions, setShowingRevisions] = useState(false);
  const domId = `post-${post.id}`;
  const organization = post.author.organization;

  return (
    <article
      id={domId}
      className={highlighted ? `${classes.post} ${classes.highlighted}` : classes.post}
      aria-labelledby={`${domId}-author ${domId}-time`}
      tabIndex={-1}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Avatar radius="xl" size={36} color="unBlue" aria-hidden="true" visibleFrom="xs">
          {initialsOf(post.author.name)}
        </Avatar>
        <Stack gap="xs" miw={0} style={{ flex: 1 }}>
          <Group justify="space-between" gap="xs" align="flex-start">
            <Group gap={6} wrap="wrap" align="baseline" miw={0}>
              {post.author.person ? (
                <Anchor
                  component={Link}
                  to={`/people/${post.author.person.id}`}
                  fw={650}
                  size="sm"
                  id={`${domId}-author`}
                >
                  <bdi>{post.author.name}</bdi>
                </Anchor>
              ) : (
                // Someone the viewer may not see: only their organization is named.
                <Text component="span" fw={650} size="sm" id={`${domId}-author`}>
                  <bdi>{post.author.name}</bdi>
                </Text>
              )}
              <Text size="xs" c="dimmed" component="span">
                <bdi>{organization.acronym ?? organization.name}</bdi>
              </Text>
              <Text size="xs" c="dimmed" component="span" aria-hidden="true">
                ·
              </Text>
              <Anchor href={`#${domId}`} size="xs" c="dimmed" id={`${domId}-time`}>
                <time dateTime={post.createdAt} title={format.dateTime(post.createdAt)}>
                  {format.relative(post.createdAt)}
                </time>
              </Anchor>
              {post.editedAt && !post.deleted && (
                <UnstyledButton
                  className={classes.editedButton}
                  onClick={() => setShowingRevisions(true)}
                  aria-haspopup="dialog"
                  title={format.dateTime(post.editedAt)}
                >
                  {t('discussions.edited')}
                </UnstyledButton>
              )}
            </Group>
            {!post.deleted && !editing && (onReply || canEdit || canDelete) && (
              <Group gap={4}>
                {onReply && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={onReply}
                    aria-label={t('discussions.quote.actionLabel', { name: isolate(post.author.name) })}
                  >
                    {t('discussions.quote.action')}
                  </Button>
                )}
                {canEdit && (
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
                    {t('discussions.edit')}
                  </Button>
                )}
                {canDelete && (
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDeleting(true)}>
                    {t('discussions.delete')}
                  </Button>
                )}
              </Group>
            )}
          </Group>
          {post.deleted ? (
            <Text size="sm" c="dimmed" fs="italic">
              {t('discussions.deletedPost')}
            </Text>
          ) : editing ? (
            <EditPostForm post={post} onDone={() => setEditing(false)} />
          ) : (
            <>
              {post.quotedPost && <QuoteBlock quoted={post.quotedPost} />}
              <PostBody html={post.bodyHtml} />
              <PostAttachments attachments={post.attachments} />
            </>
          )}
          {!post.deleted && !editing && (
            <ReactionsBar postId={post.id} reactions={post.reactions} canReact={canReact} />
          )}
        </Stack>
      </Group>
      {showingRevisions && <RevisionHistory postId={post.id} onClose={() => setShowingRevisions(false)} />}
      {deleting && <DeletePostDialog postId={post.id} onClose={() => setDeleting(false)} />}
    </article>
  );
}

function EditPostForm({ post, onDone }: { post: PostFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const [body, setBody] = useState(post.body ?? '');
  const [updatePost, { loading, error }] = useMutation(UpdatePostDocument);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!composerBodyIsValid(body)) return;
    if (body === post.body) return onDone();
    try {
      await updatePost({ variables: { input: { id: post.id, body } } });
      onDone();
    } catch {
      // Shown below.
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack gap="xs">
        <Composer
          label={t('discussions.editLabel')}
          hideLabel
          value={body}
          onChange={setBody}
          autoFocus
          actions={
            <>
              <Button variant="default" size="sm" onClick={onDone}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" size="sm" loading={loading} disabled={!composerBodyIsValid(body)}>
                {t('common.save')}
              </Button>
            </>
          }
        />
        {error && (
          <Alert color="red" role="alert" title={errorTitle(error)}>
            {errorDetail(error)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}

function DeletePostDialog({ postId, onClose }: { postId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [deletePost, { loading, error }] = useMutation(DeletePostDocument);
  const confirm = async () => {
    try {
      await deletePost({ variables: { id: postId } });
      onClose();
    } catch {
      // Shown below.
    }
  };
  return (
    <ConfirmDialog
      title={t('discussions.deleteTitle')}
      explanation={t('discussions.deleteExplanation')}
      confirmLabel={t('discussions.delete')}
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
