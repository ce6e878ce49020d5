import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../components/QueryStates';
import { ThreadPosts, useThread } from '../discussions';

/**
 * The request's private thread (the State, coordinators, and the entities that offered or were matched), live;
 * `readOnly` on a request read by break glass: no reply, and no way to the thread's own page to write there.
 */
export function RequestDiscussion({ threadId, readOnly = false }: { threadId: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  const { thread, loading, error, refetch, loadMore, onPosted, readBefore } = useThread(threadId);
  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="discussion-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={2} size="h4" id="discussion-heading">
            {t('requests.discussion.title')}
          </Title>
          {!readOnly && (
            <Anchor component={Link} to={`/threads/${threadId}`} size="sm">
              {t('requests.discussion.open')}
            </Anchor>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('requests.discussion.intro')}
        </Text>
        {thread ? (
          <ThreadPosts
            thread={thread}
            onLoadMore={loadMore}
            onPosted={onPosted}
            headingLevel={3}
            readOnly={readOnly}
            readBefore={readBefore}
          />
        ) : error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          loading && <LoadingState />
        )}
      </Stack>
    </Card>
  );
}
