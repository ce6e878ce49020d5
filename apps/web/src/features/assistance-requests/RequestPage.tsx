import { Card, Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { errorCode } from '../../components/errors';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import { useFormatters } from '../../i18n/format';
import { useSignedInUser, useViewerCan } from '../../session';
import { WorkspaceFiles } from '../attachments';
import { MarkingBanner, PostBody } from '../discussions';
import { OverdueBadge, PriorityBadge, StatusBadge } from './badges';
import { FeedbackSection } from './FeedbackSection';
import { useRefetchOnRequestUpdate } from './live';
import { OffersSection } from './OffersSection';
import { AssistanceRequestDocument } from './operations';
import { RequestActions } from './RequestActions';
import { RequestBreakGlassPage } from './RequestBreakGlassPage';
import { RequestDetails } from './RequestDetails';
import { RequestDiscussion } from './RequestDiscussion';
import { RequestMarkingDetails } from './RequestMarkingDetails';
import { TimeInStatus, Timeline } from './RequestTimeline';
import classes from './RequestPage.module.css';

export function RequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormatters();
  const user = useSignedInUser();
  const can = useViewerCan();
  const { data, loading, error, refetch } = useQuery(AssistanceRequestDocument, {
    variables: { id, language: format.language },
    fetchPolicy: 'cache-and-network',
  });
  useRefetchOnRequestUpdate(refetch, id);

  const request = data?.assistanceRequest;
  if (!request || request.id !== id) {
    // A STRICTLY_CONFIDENTIAL request the viewer is not named on is "not found"; platform admins may break glass.
    if (!loading && can.breakGlass && errorCode(error) === 'NOT_FOUND') {
      return <RequestBreakGlassPage requestId={id} error={error} onGranted={refetch} />;
    }
    return <LoadingOrErrorPage title={t('requests.detailTitle')} loading={loading} error={error} onRetry={refetch} />;
  }
  const ownState = request.requestingState.id === user.organization.id;
  // A break-glass read is a read only: nothing to move, match, edit, mark, offer, post or add.
  const readOnly = request.viewerReadsByBreakGlass;

  // The marking at the top and at the bottom of the request, as on paper.
  return (
    <Stack gap="lg">
      {(request.classification !== 'UNCLASSIFIED' || readOnly) && (
        <Stack gap="xs">
          <MarkingBanner classification={request.classification} position="top" record="request" />
          <RequestMarkingDetails request={request} />
        </Stack>
      )}
      <Page
        title={request.title}
        isolateTitle
        breadcrumb={
          <BackLink to="/requests" label={can.requestAssistance ? t('requests.ourTitle') : t('requests.title')} />
        }
        actions={readOnly ? undefined : <RequestActions request={request} />}
      >
        <Group gap={8} mt={-8}>
          <bdi className="request-reference">{request.reference}</bdi>
          <StatusBadge status={request.status} />
          <PriorityBadge priority={request.priority} />
          <OverdueBadge overdue={request.overdue} />
        </Group>
        <div className={classes.requestLayout}>
          <Stack gap="lg" className={classes.requestLayoutMain}>
            <Card
              withBorder
              radius="md"
              p={{ base: 'md', sm: 'lg' }}
              component="section"
              aria-labelledby="description-heading"
            >
              <Stack gap="sm">
                <Title order={2} size="h4" id="description-heading">
                  {t('requests.description')}
                </Title>
                <PostBody html={request.descriptionHtml} />
              </Stack>
            </Card>
            <OffersSection request={request} seesAllOffers={can.triageAssistanceRequests || ownState} />
            <FeedbackSection request={request} />
            {request.discussion && (
              <Section title={t('attachments.title')}>
                <WorkspaceFiles
                  workspaceId={request.discussion.workspace.id}
                  label={t('attachments.tableLabel')}
                  readOnly={readOnly}
                />
              </Section>
            )}
          </Stack>
          <Stack gap="lg" className={classes.requestLayoutSide}>
            <RequestDetails request={request} seesAllAcknowledgements={can.triageAssistanceRequests || ownState} />
            <TimeInStatus request={request} />
            <Timeline request={request} />
          </Stack>
          {request.discussion && (
            <div className={classes.requestLayoutDiscussion}>
              <RequestDiscussion threadId={request.discussion.id} readOnly={readOnly} />
            </div>
          )}
        </div>
      </Page>
      <MarkingBanner classification={request.classification} position="bottom" record="request" />
    </Stack>
  );
}
