import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { EmptyState } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { useViewerCan } from '../../session';
import { ActivityForm, activityFormValues } from './ActivityForm';
import { ActivityDetailDocument } from './operations';

export function NewActivityPage() {
  const { t } = useTranslation();
  const can = useViewerCan();
  return (
    <Page
      title={t('activities.newTitle')}
      description={t('activities.newIntro')}
      breadcrumb={<BackLink to="/activities" label={t('activities.title')} />}
    >
      {can.recordActivities ? <ActivityForm /> : <EmptyState title={t('activities.cannotRecord')} />}
    </Page>
  );
}

export function EditActivityPage() {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ActivityDetailDocument, {
    variables: { id, language },
    fetchPolicy: 'network-only',
  });
  const activity = data?.activity;
  if (!activity) {
    return <LoadingOrErrorPage title={t('activities.editTitle')} loading={loading} error={error} onRetry={refetch} />;
  }
  return (
    <Page
      title={t('activities.editTitle')}
      breadcrumb={<BackLink to={`/activities/${activity.id}`} label={activity.title} />}
    >
      {activity.viewerCanEdit ? (
        <ActivityForm initial={activityFormValues(activity)} activityId={activity.id} />
      ) : (
        <EmptyState title={t('activities.cannotEdit')} />
      )}
    </Page>
  );
}
