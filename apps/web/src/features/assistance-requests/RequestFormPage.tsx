import { Alert } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { useFormatters } from '../../i18n/format';
import { useViewerCan } from '../../session';
import { AssistanceRequestDocument } from './operations';
import { RequestForm } from './RequestForm';

export function NewRequestPage() {
  const { t } = useTranslation();
  const can = useViewerCan();
  return (
    <Page
      title={t('requests.newTitle')}
      description={t('requests.newIntro')}
      breadcrumb={<BackLink to="/requests" label={t('requests.ourTitle')} />}
    >
      {can.requestAssistance ? (
        <RequestForm />
      ) : (
        <Alert color="red" role="alert" title={t('errors.FORBIDDEN')}>
          {t('requests.cannotRequest')}
        </Alert>
      )}
    </Page>
  );
}

export function EditRequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { language } = useFormatters();
  const { data, loading, error, refetch } = useQuery(AssistanceRequestDocument, {
    variables: { id, language },
    fetchPolicy: 'network-only',
  });

  const request = data?.assistanceRequest;
  if (!request || request.id !== id) {
    return <LoadingOrErrorPage title={t('requests.editTitle')} loading={loading} error={error} onRetry={refetch} />;
  }
  return (
    <Page
      title={t('requests.editTitle')}
      breadcrumb={<BackLink to={`/requests/${request.id}`} label={request.reference} />}
    >
      {request.viewerCanEdit ? (
        <RequestForm
          request={request}
          initial={{
            title: request.title,
            description: request.description,
            workingGroupId: request.workingGroup?.id ?? null,
            pillars: request.pillars,
            priority: request.priority,
            desiredTimeframe: request.desiredTimeframe,
            beneficiaryInstitutions: request.beneficiaryInstitutions,
            sharingScope: request.sharingScope,
            sharedEntityIds: request.sharedEntities.map((entity) => entity.id),
            classification: request.classification,
          }}
        />
      ) : (
        <Alert color="red" role="alert" title={t('errors.FORBIDDEN')}>
          {t('requests.cannotEdit')}
        </Alert>
      )}
    </Page>
  );
}
