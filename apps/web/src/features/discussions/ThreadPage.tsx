import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { CheckIcon, LockIcon, PinIcon } from '../../components/icons';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { useErrorTitle } from '../../components/QueryStates';
import { ToneBadge } from '../../components/ToneBadge';
import { ClassificationBadge, PillarBadge, workspaceName } from '../workspaces';
import { FollowThreadDocument, SetThreadLockedDocument, SetThreadPinnedDocument } from './operations';
import { ThreadPosts } from './ThreadPosts';
import { type Thread, useThread } from './useThread';

export function ThreadPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { thread, loading, error, refetch, loadMore, onPosted } = useThread(id);

  if (!thread) {
    return (
      <LoadingOrErrorPage title={t('discussions.threadTitle')} loading={loading} error={error} onRetry={refetch} />
    );
  }
  return (
    <Page
      title={thread.title}
      isolateTitle
      breadcrumb={<BackLink to={`/workspaces/${thread.workspace.id}`} label={workspaceName(thread.workspace)} />}
      actions={<ThreadControls thread={thread} moderator={thread.workspace.viewerCanModerate} />}
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
      <ThreadPosts thread={thread} onLoadMore={loadMore} onPosted={onPosted} />
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
