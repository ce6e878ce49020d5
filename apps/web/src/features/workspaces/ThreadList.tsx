import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LockIcon, PinIcon } from '../../components/icons';
import type { WorkspaceDetailQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { ClassificationBadge, PillarBadge } from './badges';
import classes from './ThreadList.module.css';

/** Pinned threads first, then the latest activity first (as the api orders them, kept when merging pages). */
export type ThreadSummary = WorkspaceDetailQuery['workspace']['threads']['edges'][number]['node'];

export function sortThreads<T extends { pinned: boolean; lastActivityAt: string }>(threads: readonly T[]): T[] {
  return [...threads].sort(
    (a, b) => Number(b.pinned) - Number(a.pinned) || b.lastActivityAt.localeCompare(a.lastActivityAt),
  );
}

export function ThreadList({ threads }: { threads: readonly ThreadSummary[] }) {
  return (
    <Paper withBorder radius="md" className="thread-list-paper">
      <Stack component="ul" className="plain-list thread-list" gap={0}>
        {sortThreads(threads).map((thread) => (
          <ThreadRow key={thread.id} thread={thread} />
        ))}
      </Stack>
    </Paper>
  );
}

function ThreadRow({ thread }: { thread: ThreadSummary }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <li className={thread.unread ? `${classes.threadRow} ${classes.unread}` : classes.threadRow}>
      <Group gap="sm" wrap="nowrap" align="flex-start" p="md">
        <span className="unread-dot" aria-hidden="true" data-visible={thread.unread || undefined} />
        <Stack gap={6} miw={0} style={{ flex: 1 }}>
          <Group gap={6} wrap="nowrap" align="center">
            {thread.pinned && (
              <span className={classes.threadFlag} title={t('discussions.pinned')}>
                <PinIcon size={16} />
                <span className="visually-hidden">{t('discussions.pinned')}</span>
              </span>
            )}
            {thread.locked && (
              <span className={classes.threadFlag} title={t('discussions.locked')}>
                <LockIcon size={16} />
                <span className="visually-hidden">{t('discussions.locked')}</span>
              </span>
            )}
            <Anchor
              component={Link}
              to={`/threads/${thread.id}`}
              fw={thread.unread ? 700 : 500}
              className={classes.threadTitleLink}
            >
              {thread.unread && <span className="visually-hidden">{t('discussions.unread')}: </span>}
              <bdi>{thread.title}</bdi>
            </Anchor>
          </Group>
          {(thread.classification !== 'UNCLASSIFIED' || thread.pillars.length > 0) && (
            <Group gap={6}>
              <ClassificationBadge classification={thread.classification} />
              {thread.pillars.map((pillar) => (
                <PillarBadge key={pillar} pillar={pillar} />
              ))}
            </Group>
          )}
          <Text size="xs" c="dimmed">
            <bdi>{thread.author.name}</bdi> · {t('discussions.postCount', { number: format.number(thread.postCount) })}{' '}
            · {t('discussions.lastActivity')}{' '}
            <time dateTime={thread.lastActivityAt} title={format.dateTime(thread.lastActivityAt)}>
              {format.relative(thread.lastActivityAt)}
            </time>
          </Text>
        </Stack>
      </Group>
    </li>
  );
}
