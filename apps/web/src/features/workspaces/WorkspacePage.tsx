import { useState } from 'react';
import { Anchor, Button, Grid, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { PlusIcon } from '../../components/icons';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { EmptyState } from '../../components/QueryStates';
import { ToneBadge } from '../../components/ToneBadge';
import type { WorkspaceDetailQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useRecordEvents } from '../../realtime';
import { WorkspaceFiles } from '../attachments';
import { WorkspaceDecisions } from '../decisions';
import { ClassificationBadge, VisibilityBadge, WorkspaceRoleBadge } from './badges';
import { MembersPanel } from './MembersPanel';
import { WorkspaceDetailDocument } from './operations';
import { workspaceName } from './roles';
import { ThreadList } from './ThreadList';
import { WatchLevelMenu } from './WatchLevelMenu';

function appendThreadsPage(
  previous: WorkspaceDetailQuery,
  { fetchMoreResult }: { fetchMoreResult: WorkspaceDetailQuery },
): WorkspaceDetailQuery {
  return {
    ...fetchMoreResult,
    workspace: {
      ...fetchMoreResult.workspace,
      threads: {
        ...fetchMoreResult.workspace.threads,
        edges: [...previous.workspace.threads.edges, ...fetchMoreResult.workspace.threads.edges],
      },
    },
  };
}

type WorkspaceTab = 'discussions' | 'decisions' | 'files';
const TABS: readonly WorkspaceTab[] = ['discussions', 'decisions', 'files'];

export function WorkspacePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormatters();
  const [loadingMore, setLoadingMore] = useState(false);
  // The tab lives in the address (?tab=files) so that it can be linked to and survives a reload.
  const [params, setParams] = useSearchParams();
  const tab: WorkspaceTab = TABS.find((value) => value === params.get('tab')) ?? 'discussions';
  const chooseTab = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value && value !== 'discussions') next.set('tab', value);
    else next.delete('tab');
    setParams(next, { replace: true });
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(WorkspaceDetailDocument, {
    variables: { id, language: format.language },
    fetchPolicy: 'cache-and-network',
  });

  // A new thread or post here: the list, its order and the unread markers change.
  useRecordEvents((event, payload) => {
    if (!('workspaceId' in payload) || payload.workspaceId !== id || event === 'post.updated') return;
    void refetch().catch(() => undefined);
  });

  if (!data) {
    return <LoadingOrErrorPage title={t('workspaces.detailTitle')} loading={loading} error={error} onRetry={refetch} />;
  }

  const workspace = data.workspace;
  const threads = workspace.threads.edges.map((edge) => edge.node);
  const pageInfo = workspace.threads.pageInfo;

  const loadMore = async () => {
    if (!pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendThreadsPage });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Page
      title={workspaceName(workspace)}
      breadcrumb={<BackLink to="/workspaces" label={t('nav.workspaces')} />}
      description={workspace.description || undefined}
      actions={
        workspace.viewerCanPost && (
          <Button component={Link} to={`/workspaces/${workspace.id}/threads/new`} leftSection={<PlusIcon size={18} />}>
            {t('discussions.newThread')}
          </Button>
        )
      }
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Group gap={6}>
          <ClassificationBadge classification={workspace.minimumClassification} />
          <VisibilityBadge visibility={workspace.visibility} />
          <WorkspaceRoleBadge role={workspace.viewerRole ?? null} />
          {workspace.workingGroup && (
            <Anchor component={Link} to={`/working-groups/${workspace.workingGroup.id}`} size="sm">
              {t('workspaces.workingGroupLink')}
            </Anchor>
          )}
          <Anchor component={Link} to={`/search?workspace=${workspace.id}`} size="sm">
            {t('workspaces.searchHere')}
          </Anchor>
        </Group>
        <WatchLevelMenu workspaceId={workspace.id} level={workspace.viewerWatchLevel} />
      </Group>
      {workspace.minimumClassification !== 'UNCLASSIFIED' && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('workspaces.markedProject', {
            marking: t(`enums.classification.${workspace.minimumClassification}`),
          })}
        </Text>
      )}
      <Tabs value={tab} onChange={chooseTab} keepMounted={false}>
        <Tabs.List aria-label={t('workspaces.tabs.label')} mb="md">
          <Tabs.Tab value="discussions">{t('workspaces.tabs.discussions')}</Tabs.Tab>
          <Tabs.Tab value="decisions">{t('workspaces.tabs.decisions')}</Tabs.Tab>
          <Tabs.Tab value="files">{t('workspaces.tabs.files')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="discussions">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="sm" component="section" aria-labelledby="threads-heading">
                <Group gap="sm" align="baseline">
                  <Title order={2} size="h4" id="threads-heading">
                    {t('discussions.threads')}
                  </Title>
                  <Text c="dimmed" size="sm">
                    {t('common.total', { number: format.number(workspace.threads.totalCount) })}
                  </Text>
                  {workspace.unreadThreadCount > 0 && (
                    <ToneBadge tone="danger">
                      {t('workspaces.unreadThreads', { number: format.number(workspace.unreadThreadCount) })}
                    </ToneBadge>
                  )}
                </Group>
                {threads.length === 0 ? (
                  <EmptyState title={t('discussions.noThreads')}>
                    {workspace.viewerCanPost ? t('discussions.startFirst') : undefined}
                  </EmptyState>
                ) : (
                  <ThreadList threads={threads} />
                )}
                {pageInfo.hasNextPage && (
                  <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
                    {t('common.loadMore')}
                  </Button>
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <MembersPanel workspaceId={workspace.id} />
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="decisions">
          <WorkspaceDecisions workspaceId={workspace.id} />
        </Tabs.Panel>
        <Tabs.Panel value="files">
          <WorkspaceFiles workspaceId={workspace.id} label={t('attachments.tableLabel')} />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
