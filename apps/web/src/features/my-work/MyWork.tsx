import type { ReactNode } from 'react';
import { Anchor, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { NEXT_REQUEST_STEPS } from '@ctcp/shared';
import { ErrorState } from '../../components/QueryStates';
import { ToneBadge } from '../../components/ToneBadge';
import type { MyWorkQuery, MyWorkSide, WorkProjectsFragment, WorkRequestsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useNotificationEvents, useRecordEvents } from '../../realtime';
import { OverdueBadge, StatusBadge } from '../assistance-requests';
import { ProjectStatusBadge } from '../projects';
import { QuarterGlance } from '../reports';
import { workspaceName } from '../workspaces';
import { MyWorkDocument } from './operations';
import { WorkBlock } from './WorkBlock';

type Work = MyWorkQuery['myWork'];
type RequestBlock =
  | 'requestsToTriage'
  | 'overdueRequests'
  | 'offersToReview'
  | 'stalledMatches'
  | 'stateRequests'
  | 'offersReceived'
  | 'openForOffer'
  | 'assignedRequests';
type Block =
  RequestBlock | 'projectsAtRisk' | 'entityProjects' | 'milestonesDue' | 'plannedActivities' | 'unreadThreads';

/** Each side's blocks, most pressing first. */
const LAYOUTS: Record<MyWorkSide | 'NONE', Block[]> = {
  COORDINATION: [
    'requestsToTriage',
    'overdueRequests',
    'offersToReview',
    'stalledMatches',
    'milestonesDue',
    'projectsAtRisk',
    'unreadThreads',
  ],
  STATE: ['stateRequests', 'offersReceived', 'overdueRequests', 'unreadThreads', 'plannedActivities'],
  ENTITY: ['openForOffer', 'assignedRequests', 'overdueRequests', 'entityProjects', 'milestonesDue', 'unreadThreads'],
  NONE: ['unreadThreads'],
};

/** Where "see all" leads for each block (the overdue requests: the side's own list). */
const FULL_LISTS: Record<Exclude<Block, 'overdueRequests'>, string> = {
  requestsToTriage: '/requests/triage',
  offersToReview: '/requests/triage',
  stalledMatches: '/requests/triage',
  stateRequests: '/requests',
  offersReceived: '/requests',
  openForOffer: '/requests/open',
  assignedRequests: '/requests/assigned',
  projectsAtRisk: '/projects',
  entityProjects: '/projects',
  milestonesDue: '/projects',
  plannedActivities: '/activities',
  unreadThreads: '/workspaces',
};
const OVERDUE_LISTS: Record<MyWorkSide | 'NONE', string> = {
  COORDINATION: '/requests/triage',
  STATE: '/requests',
  ENTITY: '/requests/assigned',
  NONE: '/requests',
};

/**
 * The signed-in person's work, in the blocks of their side of the Compact; refreshed live. `children`, what
 * the page shows below, is drawn once the blocks are: were it drawn under their placeholder, the blocks
 * would push it down as they appear (a layout shift, which moves what the reader is looking at).
 */
export function MyWork({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, loading, error, refetch } = useQuery(MyWorkDocument, {
    variables: { language: format.language },
    fetchPolicy: 'cache-and-network',
  });
  // A burst of events (a match notifies and updates at once) refreshes once.
  const refresh = useDebouncedCallback(() => void refetch().catch(() => undefined), 500);
  useRecordEvents(refresh);
  useNotificationEvents(refresh);

  if (!data && loading) {
    return (
      <section aria-label={t('myWork.title')} aria-busy>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {[0, 1, 2, 3].map((key) => (
            <Skeleton key={key} height={180} radius="md" />
          ))}
        </SimpleGrid>
      </section>
    );
  }
  const side = data?.myWork.side ?? 'NONE';
  return (
    <>
      <section aria-label={t('myWork.title')}>
        {data ? (
          <Stack gap="md">
            {side === 'COORDINATION' && <QuarterGlance />}
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {LAYOUTS[side].map((block) => (
                <BlockOf
                  key={block}
                  block={block}
                  work={data.myWork}
                  to={block === 'overdueRequests' ? OVERDUE_LISTS[side] : FULL_LISTS[block]}
                />
              ))}
            </SimpleGrid>
          </Stack>
        ) : (
          error && <ErrorState error={error} onRetry={() => void refetch()} />
        )}
      </section>
      {children}
    </>
  );
}

function BlockOf({ block, work, to }: { block: Block; work: Work; to: string }) {
  const { t } = useTranslation();
  const title = t(`myWork.blocks.${block}.title`);
  const empty = t(`myWork.blocks.${block}.empty`);
  switch (block) {
    case 'projectsAtRisk':
    case 'entityProjects':
      return work[block] && <ProjectsBlock title={title} empty={empty} to={to} projects={work[block]} />;
    case 'milestonesDue':
      return (
        work.milestonesDue && (
          <WorkBlock title={title} empty={empty} to={to} connection={work.milestonesDue}>
            {work.milestonesDue.edges.map(({ node }) => (
              <MilestoneItem key={node.id} milestone={node} />
            ))}
          </WorkBlock>
        )
      );
    case 'plannedActivities':
      return (
        work.plannedActivities && (
          <WorkBlock title={title} empty={empty} to={to} connection={work.plannedActivities}>
            {work.plannedActivities.edges.map(({ node }) => (
              <ActivityItem key={node.id} activity={node} />
            ))}
          </WorkBlock>
        )
      );
    case 'unreadThreads':
      return (
        <WorkBlock title={title} empty={empty} to={to} connection={work.unreadThreads}>
          {work.unreadThreads.edges.map(({ node }) => (
            <ThreadItem key={node.id} thread={node} />
          ))}
        </WorkBlock>
      );
    default:
      return (
        work[block] && (
          <RequestsBlock title={title} empty={empty} to={to} requests={work[block]} forState={work.side === 'STATE'} />
        )
      );
  }
}

interface BlockProps {
  title: string;
  empty: string;
  to: string;
}

function RequestsBlock({
  requests,
  forState,
  ...block
}: BlockProps & { requests: WorkRequestsFragment; forState: boolean }) {
  return (
    <WorkBlock {...block} connection={requests}>
      {requests.edges.map(({ node }) => (
        <RequestItem key={node.id} request={node} forState={forState} />
      ))}
    </WorkBlock>
  );
}

type WorkRequest = WorkRequestsFragment['edges'][number]['node'];

function RequestItem({ request, forState }: { request: WorkRequest; forState: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const next = NEXT_REQUEST_STEPS[request.status];
  const taker =
    next?.by === 'LEAD_ENTITY'
      ? (request.leadEntity?.acronym ?? request.leadEntity?.name ?? t('myWork.takers.LEAD_ENTITY'))
      : next && t(`myWork.takers.${next.by}`);
  return (
    <li>
      <Stack gap={4}>
        <Anchor component={Link} to={`/requests/${request.id}`} fw={600} lineClamp={2}>
          <bdi>{request.title}</bdi>
        </Anchor>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {forState ? request.reference : <bdi>{request.requestingState.name}</bdi>}
          </Text>
          <StatusBadge status={request.status} />
          <OverdueBadge overdue={request.overdue} />
          {request.slaDueAt && !request.overdue && (
            <Text size="sm" c="dimmed">
              {t('myWork.dueOn', { date: format.date(request.slaDueAt) })}
            </Text>
          )}
        </Group>
        {forState && next && (
          <Text size="sm">{t('myWork.nextStep', { step: t(`enums.requestStatus.${next.to}`), taker })}</Text>
        )}
      </Stack>
    </li>
  );
}

function ProjectsBlock({ projects, ...block }: BlockProps & { projects: WorkProjectsFragment }) {
  return (
    <WorkBlock {...block} connection={projects}>
      {projects.edges.map(({ node }) => (
        <li key={node.id}>
          <Stack gap={4}>
            <Anchor component={Link} to={`/projects/${node.id}`} fw={600} lineClamp={2}>
              <bdi>{node.title}</bdi>
            </Anchor>
            <Group gap="xs">
              <ProjectStatusBadge status={node.status} />
              <Text size="sm" c="dimmed">
                <bdi>{node.leadEntity.acronym ?? node.leadEntity.name}</bdi>
              </Text>
            </Group>
          </Stack>
        </li>
      ))}
    </WorkBlock>
  );
}

type Milestone = NonNullable<Work['milestonesDue']>['edges'][number]['node'];

function MilestoneItem({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const late = milestone.dueDate < new Date().toISOString().slice(0, 10);
  return (
    <li>
      <Stack gap={4}>
        <Text fw={600}>
          <bdi>{milestone.title}</bdi>
        </Text>
        <Group gap="xs">
          {late ? (
            <ToneBadge tone="danger">{t('myWork.lateSince', { date: format.date(milestone.dueDate) })}</ToneBadge>
          ) : (
            <Text size="sm">{t('myWork.dueOn', { date: format.date(milestone.dueDate) })}</Text>
          )}
          {milestone.project && (
            <Anchor component={Link} to={`/projects/${milestone.project.id}`} size="sm">
              <bdi>{milestone.project.title}</bdi>
            </Anchor>
          )}
        </Group>
      </Stack>
    </li>
  );
}

type Activity = NonNullable<Work['plannedActivities']>['edges'][number]['node'];

function ActivityItem({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <li>
      <Stack gap={4}>
        <Anchor component={Link} to={`/activities/${activity.id}`} fw={600} lineClamp={2}>
          <bdi>{activity.title}</bdi>
        </Anchor>
        <Text size="sm" c="dimmed">
          {[t(`enums.activityType.${activity.type}`), format.date(activity.startDate), activity.city]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
    </li>
  );
}

type UnreadThread = Work['unreadThreads']['edges'][number]['node'];

function ThreadItem({ thread }: { thread: UnreadThread }) {
  const format = useFormatters();
  return (
    <li>
      <Stack gap={4}>
        <Anchor component={Link} to={`/threads/${thread.id}`} fw={600} lineClamp={2}>
          <bdi>{thread.title}</bdi>
        </Anchor>
        <Text size="sm" c="dimmed">
          <bdi>{workspaceName(thread.workspace)}</bdi> · {format.relative(thread.lastActivityAt)}
        </Text>
      </Stack>
    </li>
  );
}
