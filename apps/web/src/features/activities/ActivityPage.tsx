import { useState } from 'react';
import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { type Detail, DetailList } from '../../components/DetailList';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { ToneBadge } from '../../components/ToneBadge';
import type { ActivityFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { ClassificationBadge as MarkingBadge } from '../workspaces';
import { ActivityTypeBadge } from './ActivityTypeBadge';
import { useDayRange } from './dates';
import { ActivitiesDocument, ActivityDetailDocument, DeleteActivityDocument } from './operations';
import { activityPlace } from './place';

export function ActivityPage() {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const { id = '' } = useParams();
  const [deleting, setDeleting] = useState(false);
  const { data, loading, error, refetch } = useQuery(ActivityDetailDocument, {
    variables: { id, language },
    fetchPolicy: 'cache-and-network',
  });
  const activity = data?.activity;
  if (!activity) {
    return <LoadingOrErrorPage title={t('activities.detailTitle')} loading={loading} error={error} onRetry={refetch} />;
  }

  return (
    <Page
      title={activity.title}
      isolateTitle
      breadcrumb={<BackLink to="/activities" label={t('activities.title')} />}
      description={
        <Group gap="xs" component="span">
          {/* A marked project's activity carries its marking. */}
          {activity.project && <MarkingBadge classification={activity.project.classification} />}
          <ActivityTypeBadge type={activity.type} />
          {activity.featured && <ToneBadge tone="info">{t('activities.featured')}</ToneBadge>}
        </Group>
      }
      actions={
        activity.viewerCanEdit && (
          <Group gap="xs">
            <Button variant="default" color="red" onClick={() => setDeleting(true)}>
              {t('activities.delete')}
            </Button>
            <Button component={Link} to={`/activities/${activity.id}/edit`}>
              {t('activities.edit')}
            </Button>
          </Group>
        )
      }
    >
      <Card withBorder radius="md" p="lg">
        <Stack gap="lg">
          {activity.description && (
            <Text className="preserved-text" dir="auto">
              {activity.description}
            </Text>
          )}
          <ActivityDetails activity={activity} />
        </Stack>
      </Card>
      {deleting && <DeleteActivityDialog activity={activity} onClose={() => setDeleting(false)} />}
    </Page>
  );
}

function ActivityDetails({ activity }: { activity: ActivityFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dayRange = useDayRange();
  const optional = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : format.number(value);
  const items: Detail[] = [
    { label: t('activities.dates'), value: dayRange(activity.startDate, activity.endDate) },
    { label: t('activities.place'), value: activityPlace(activity, format.language, t) },
    {
      label: t('activities.organizers'),
      value: (
        <Group gap="xs" component="span">
          {activity.organizers.map((organizer) => (
            <Anchor key={organizer.id} component={Link} to={`/organizations/${organizer.id}`} inherit>
              <bdi>{organizer.acronym ?? organizer.name}</bdi>
            </Anchor>
          ))}
        </Group>
      ),
    },
    {
      label: t('activities.project'),
      value: activity.project ? (
        <Anchor component={Link} to={`/projects/${activity.project.id}`} inherit>
          <bdi>{activity.project.title}</bdi>
        </Anchor>
      ) : (
        '—'
      ),
    },
    { label: t('activities.workingGroup'), value: activity.workingGroup?.name ?? '—' },
    {
      label: t('activities.pillars'),
      value: activity.pillars.length
        ? activity.pillars.map((pillar) => t('projects.pillarShort', { pillar })).join(', ')
        : '—',
    },
    { label: t('activities.participants'), value: optional(activity.participants) },
    { label: t('activities.participantsWomen'), value: optional(activity.participantsWomen) },
    { label: t('activities.individualsTrained'), value: format.number(activity.individualsTrained) },
  ];
  return <DetailList items={items} />;
}

function DeleteActivityDialog({ activity, onClose }: { activity: { id: string; title: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [remove, { loading, error }] = useMutation(DeleteActivityDocument, { refetchQueries: [ActivitiesDocument] });

  const confirm = async () => {
    try {
      await remove({ variables: { id: activity.id } });
      navigate('/activities');
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <ConfirmDialog
      title={t('activities.deleteTitle')}
      explanation={t('activities.deleteExplanation')}
      confirmLabel={t('activities.delete')}
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
