import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { errorCode } from '../../components/errors';
import { WorkspacesIcon } from '../../components/icons';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import { useFormatters } from '../../i18n/format';
import { useViewerCan } from '../../session';
import { ActivityTable } from '../activities';
import { WorkspaceFiles } from '../attachments';
import { MarkingBanner } from '../discussions';
import { ContributionTable, DonorFundingChart } from '../funding';
import { ProjectStatusBadge } from './badges';
import { LinkedRequests } from './LinkedRequests';
import { MilestonesSection } from './MilestonesSection';
import {
  ProjectActivitiesPageDocument,
  ProjectContributionsPageDocument,
  ProjectDetailDocument,
  ProjectRequestsPageDocument,
} from './operations';
import { ProjectBreakGlassPage } from './ProjectBreakGlassPage';
import { ProjectDetails } from './ProjectDetails';
import { ProjectMarkingActions } from './ProjectMarkingActions';
import { ProjectMarkingDetails } from './ProjectMarkingDetails';
import { ShowMore } from './ShowMore';
import classes from './ProjectPage.module.css';

export function ProjectPage() {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const can = useViewerCan();
  const { id = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(ProjectDetailDocument, {
    variables: { id, language },
    fetchPolicy: 'cache-and-network',
  });
  const project = data?.project;

  if (!project || project.id !== id) {
    // A STRICTLY_CONFIDENTIAL project the viewer is not named on is "not found"; platform admins may break glass.
    if (!loading && can.breakGlass && errorCode(error) === 'NOT_FOUND') {
      return <ProjectBreakGlassPage projectId={id} error={error} onGranted={refetch} />;
    }
    return <LoadingOrErrorPage title={t('projects.detailTitle')} loading={loading} error={error} onRetry={refetch} />;
  }

  const activities = project.activities.edges.map((edge) => edge.node);
  const contributions = project.contributions.edges.map((edge) => edge.node);
  // A project's lists show their first 100; the next pages come from the lists' own queries, appended here.
  const page = (after: string | null | undefined) => ({ projectId: project.id, language, after: after ?? null });
  const moreActivities = () =>
    fetchMore({
      query: ProjectActivitiesPageDocument,
      variables: page(project.activities.pageInfo.endCursor),
      updateQuery: (previous, { fetchMoreResult: { activities: next } }) => ({
        ...previous,
        project: {
          ...previous.project,
          activities: { ...next, edges: [...previous.project.activities.edges, ...next.edges] },
        },
      }),
    });
  const moreContributions = () =>
    fetchMore({
      query: ProjectContributionsPageDocument,
      variables: page(project.contributions.pageInfo.endCursor),
      updateQuery: (previous, { fetchMoreResult: { contributions: next } }) => ({
        ...previous,
        project: {
          ...previous.project,
          contributions: { ...next, edges: [...previous.project.contributions.edges, ...next.edges] },
        },
      }),
    });
  const moreRequests = () =>
    fetchMore({
      query: ProjectRequestsPageDocument,
      variables: page(project.assistanceRequests.pageInfo.endCursor),
      updateQuery: (previous, { fetchMoreResult: { assistanceRequests: next } }) => ({
        ...previous,
        project: {
          ...previous.project,
          assistanceRequests: { ...next, edges: [...previous.project.assistanceRequests.edges, ...next.edges] },
        },
      }),
    });
  // A break-glass read is a read only: nothing to edit, mark, link or add.
  const readOnly = project.viewerReadsByBreakGlass;
  const editable = project.viewerCanEdit && !readOnly;

  // The marking at the top and at the bottom of the project, as on paper.
  return (
    <Stack gap="lg">
      {(project.classification !== 'UNCLASSIFIED' || readOnly) && (
        <Stack gap="xs">
          <MarkingBanner classification={project.classification} position="top" record="project" />
          <ProjectMarkingDetails project={project} />
        </Stack>
      )}
      <Page
        title={project.title}
        isolateTitle
        breadcrumb={<BackLink to="/projects" label={t('projects.title')} />}
        description={<ProjectStatusBadge status={project.status} />}
        actions={
          <Group gap="xs">
            {project.workspace && (
              <Button
                component={Link}
                to={`/workspaces/${project.workspace.id}`}
                variant="default"
                leftSection={<WorkspacesIcon size={18} />}
              >
                {t('projects.workspace')}
              </Button>
            )}
            {editable && (
              <Button component={Link} to={`/projects/${project.id}/edit`}>
                {t('projects.edit')}
              </Button>
            )}
            {!readOnly && <ProjectMarkingActions project={project} />}
          </Group>
        }
      >
        <div className={classes.detailLayout}>
          <Stack gap="lg" className={classes.detailLayoutMain}>
            {project.summary && (
              <Card withBorder radius="md" p="lg" component="section" aria-label={t('projects.summary')}>
                <Text className="preserved-text" dir="auto">
                  {project.summary}
                </Text>
              </Card>
            )}
            <MilestonesSection projectId={project.id} milestones={project.milestones} editable={editable} />
            <Section title={t('projects.activities')}>
              {activities.length === 0 ? (
                <Text c="dimmed">{t('projects.noActivities')}</Text>
              ) : (
                <Stack gap="sm">
                  <ActivityTable label={t('projects.activities')} activities={activities} compact />
                  <ShowMore
                    label={t('projects.activities')}
                    shown={activities.length}
                    total={project.activities.totalCount}
                    hasMore={project.activities.pageInfo.hasNextPage}
                    onMore={moreActivities}
                  />
                </Stack>
              )}
            </Section>
            <Section title={t('projects.funding')}>
              {project.funding.length === 0 ? (
                <Text c="dimmed">{t('projects.noFunding')}</Text>
              ) : (
                <Stack gap="md">
                  <DonorFundingChart title={t('projects.fundingChart')} funding={project.funding} />
                  <ContributionTable
                    label={t('projects.contributions')}
                    contributions={contributions}
                    withProject={false}
                  />
                  <ShowMore
                    label={t('projects.contributions')}
                    shown={contributions.length}
                    total={project.contributions.totalCount}
                    hasMore={project.contributions.pageInfo.hasNextPage}
                    onMore={moreContributions}
                  />
                </Stack>
              )}
            </Section>
            <LinkedRequests
              projectId={project.id}
              requests={project.assistanceRequests.edges.map((edge) => edge.node)}
              more={
                <ShowMore
                  label={t('projects.requests.title')}
                  shown={project.assistanceRequests.edges.length}
                  total={project.assistanceRequests.totalCount}
                  hasMore={project.assistanceRequests.pageInfo.hasNextPage}
                  onMore={moreRequests}
                />
              }
              readOnly={readOnly}
            />
            {project.workspace && (
              <Section title={t('attachments.title')}>
                <WorkspaceFiles
                  workspaceId={project.workspace.id}
                  label={t('attachments.tableLabel')}
                  readOnly={readOnly}
                />
              </Section>
            )}
          </Stack>
          <Card
            withBorder
            radius="md"
            p="lg"
            className={classes.detailLayoutSide}
            component="aside"
            aria-label={t('projects.details')}
          >
            <ProjectDetails project={project} />
          </Card>
        </div>
      </Page>
      <MarkingBanner classification={project.classification} position="bottom" record="project" />
    </Stack>
  );
}
