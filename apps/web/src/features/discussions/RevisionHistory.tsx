import { Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { PostRevisionsDocument } from './operations';
import { PostBody } from './PostBody';
import classes from './RevisionHistory.module.css';

/** The earlier versions of an edited post, newest first, each with when it was replaced. */
export function RevisionHistory({ postId, onClose }: { postId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, loading, error, refetch } = useQuery(PostRevisionsDocument, {
    variables: { id: postId },
    fetchPolicy: 'cache-and-network',
  });
  const revisions = data?.post.revisions ?? [];
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('discussions.revisionsTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <LoadingState />
      ) : revisions.length === 0 ? (
        <Text c="dimmed">{t('discussions.noRevisions')}</Text>
      ) : (
        <Stack component="ol" className="plain-list" gap="md">
          {revisions.map((revision) => (
            <Stack component="li" gap="xs" key={revision.id} className={classes.revisionItem}>
              <Text size="sm" fw={600}>
                {t('discussions.replacedAt', { date: format.dateTime(revision.replacedAt) })}
              </Text>
              <PostBody html={revision.bodyHtml} />
            </Stack>
          ))}
        </Stack>
      )}
    </Modal>
  );
}
