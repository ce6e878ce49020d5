import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { errorCode } from '../../components/errors';
import { CheckIcon, LockIcon, PeopleIcon, PinIcon } from '../../components/icons';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { useErrorTitle } from '../../components/QueryStates';
import { ToneBadge } from '../../components/ToneBadge';
import { useViewerCan } from '../../session';
import { PillarBadge, workspaceName } from '../workspaces';
import { ThreadBreakGlassPage } from './BreakGlassPage';
import { ChangeMarkingDialog } from './ChangeMarkingDialog';
import { EditParticipantsDialog } from './EditParticipantsDialog';
import { MarkingBanner } from './MarkingBanner';
import { MarkingDetails } from './MarkingDetails';
import { RenameThreadDialog } from './RenameThreadDialog';
import { FollowThreadDocument, SetThreadLockedDocument, SetThreadPinnedDocument } from './operations';
import { ThreadPosts } from './ThreadPosts';
import { type ReadBefore, type Thread, useThread } from './useThread';

export function ThreadPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useViewerCan();
  const { thread, loading, error, refetch, loadMore, onPosted, readBefore } = useThread(id);

  if (!thread) {
    // A STRICTLY_CONFIDENTIAL thread the viewer is not named on is "not found"; platform admins may break glass.
    if (!loading && can.breakGlass && errorCode(error) === 'NOT_FOUND') {
      return <ThreadBreakGlassPage threadId={id} error={error} onGranted={refetch} />;
    }
    return (
      <LoadingOrErrorPage title={t('discussions.threadTitle')} loading={loading} error={error} onRetry={refetch} />
    );
  }
  // The marking at the top and at the bottom of the thread, as on paper.
  return (
    <Stack gap="lg">
      {thread.classification !== 'UNCLASSIFIED' && (
        <Stack gap="xs">
          <MarkingBanner classification={thread.classification} position="top" />
          <MarkingDetails thread={thread} />
        </Stack>
      )}
      <ThreadContent thread={thread} onLoadMore={loadMore} onPosted={onPosted} readBefore={readBefore} />
      <MarkingBanner classification={thread.classification} position="bottom" />
    </Stack>
  );
}

function ThreadContent({
  thread,
  onLoadMore,
  onPosted,
  readBefore,
}: {
  thread: Thread;
  onLoadMore: () => Promise<unknown>;
  onPosted: () => void;
  readBefore: ReadBefore | null;
}) {
  const { t } = useTranslation();
  return (
    <Page
      title={thread.title}
      isolateTitle
      breadcrumb={<BackLink to={`/workspaces/${thread.workspace.id}`} label={workspaceName(thread.workspace)} />}
      actions={
        // A break-glass read is a read only: nothing to follow, pin or lock.
        thread.viewerReadsByBreakGlass ? undefined : (
          <ThreadControls thread={thread} moderator={thread.workspace.viewerCanModerate} />
        )
      }
    >
      {(thread.pinned || thread.locked || thread.pillars.length > 0) && (
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
          {thread.pillars.map((pillar) => (
            <PillarBadge key={pillar} pillar={pillar} />
          ))}
        </Group>
      )}
      <ThreadPosts thread={thread} onLoadMore={onLoadMore} onPosted={onPosted} readBefore={readBefore} />
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
  const [dialog, setDialog] = useState<'rename' | 'marking' | 'participants' | null>(null);
  const mayChangeMarking = thread.viewerCanRaiseClassification || thread.viewerCanLowerClassification;

  return (
    <Stack gap={4} align="flex-end" className="no-print">
      <Group gap="xs" justify="flex-end">
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
        {thread.viewerCanRename && (
          <Button variant="default" onClick={() => setDialog('rename')}>
            {t('discussions.rename.action')}
          </Button>
        )}
        {mayChangeMarking && (
          <Button variant="default" leftSection={<LockIcon size={16} />} onClick={() => setDialog('marking')}>
            {t('discussions.marking.change')}
          </Button>
        )}
        {thread.viewerCanEditParticipants && (
          <Button variant="default" leftSection={<PeopleIcon size={16} />} onClick={() => setDialog('participants')}>
            {t('discussions.marking.editParticipants')}
          </Button>
        )}
      </Group>
      {dialog === 'rename' && <RenameThreadDialog thread={thread} onClose={() => setDialog(null)} />}
      {dialog === 'marking' && <ChangeMarkingDialog thread={thread} onClose={() => setDialog(null)} />}
      {dialog === 'participants' && <EditParticipantsDialog thread={thread} onClose={() => setDialog(null)} />}
      {error && (
        <Text size="sm" c="var(--mantine-color-red-text)" role="alert">
          {errorTitle(error)}
        </Text>
      )}
    </Stack>
  );
}
