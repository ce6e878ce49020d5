import { useState } from 'react';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../components/icons';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { ToneBadge } from '../../components/ToneBadge';
import type { WorkspacesQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useViewerCan } from '../../session';
import { useRecordEvents } from '../../realtime';
import { VisibilityBadge, WorkspaceRoleBadge } from './badges';
import { CreateWorkspaceDialog } from './CreateWorkspaceDialog';
import { WorkspacesDocument } from './operations';
import { workspaceName } from './roles';

type Workspace = WorkspacesQuery['workspaces']['edges'][number]['node'];

function appendWorkspacesPage(
  previous: WorkspacesQuery,
  { fetchMoreResult }: { fetchMoreResult: WorkspacesQuery },
): WorkspacesQuery {
  return {
    ...fetchMoreResult,
    workspaces: {
      ...fetchMoreResult.workspaces,
      edges: [...previous.workspaces.edges, ...fetchMoreResult.workspaces.edges],
    },
  };
}

export function WorkspacesPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const can = useViewerCan();
  const [creating, setCreating] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(WorkspacesDocument, {
    variables: { language: format.language },
    fetchPolicy: 'cache-and-network',
  });

  // New threads and posts change the unread counts.
  useRecordEvents((event) => {
    if (event === 'thread.created' || event === 'post.created') void refetch().catch(() => undefined);
  });

  const workspaces = data?.workspaces.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.workspaces.pageInfo;

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendWorkspacesPage });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Page
      title={t('workspaces.title')}
      description={t('workspaces.intro')}
      actions={
        can.createWorkspace && (
          <Button leftSection={<PlusIcon size={18} />} onClick={() => setCreating(true)}>
            {t('workspaces.new')}
          </Button>
        )
      }
    >
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <LoadingState />
      ) : workspaces.length === 0 ? (
        <EmptyState title={t('workspaces.empty')} />
      ) : (
        <Stack gap="md">
          <Text c="dimmed" size="sm" aria-live="polite">
            {t('common.showingOf', {
              shown: format.number(workspaces.length),
              total: format.number(data?.workspaces.totalCount ?? workspaces.length),
            })}
          </Text>
          <SimpleGrid component="ul" className="plain-list" cols={{ base: 1, md: 2 }} spacing="md">
            {workspaces.map((workspace) => (
              <li key={workspace.id}>
                <WorkspaceCard workspace={workspace} />
              </li>
            ))}
          </SimpleGrid>
          {pageInfo?.hasNextPage && (
            <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
              {t('common.loadMore')}
            </Button>
          )}
        </Stack>
      )}
      {creating && <CreateWorkspaceDialog onClose={() => setCreating(false)} />}
    </Page>
  );
}

function WorkspaceCard({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = `workspace-${workspace.id}`;
  return (
    <Card withBorder radius="md" p="lg" h="100%" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={2} size="h4" id={headingId} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/workspaces/${workspace.id}`} inherit>
              {workspaceName(workspace)}
            </Anchor>
          </Title>
          {workspace.unreadThreadCount > 0 && (
            <ToneBadge tone="danger">
              {t('workspaces.unreadThreads', { number: format.number(workspace.unreadThreadCount) })}
            </ToneBadge>
          )}
        </Group>
        <Group gap={6}>
          <VisibilityBadge visibility={workspace.visibility} />
          <WorkspaceRoleBadge role={workspace.viewerRole ?? null} />
          {workspace.workingGroup && <ToneBadge tone="info">{workspace.workingGroup.key}</ToneBadge>}
          {workspace.kind !== 'WORKING_GROUP' && (
            <ToneBadge tone="neutral">{t(`enums.workspaceKind.${workspace.kind}`)}</ToneBadge>
          )}
        </Group>
        {workspace.description && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {workspace.description}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
