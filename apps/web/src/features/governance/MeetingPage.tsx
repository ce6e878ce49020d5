import { useState } from 'react';
import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailList } from '../../components/DetailList';
import { CalendarIcon } from '../../components/icons';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { organizationLabel } from '../../components/OrganizationSelect';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import type { MeetingDetailQuery } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { formatFileSize } from '../attachments';
import { MeetingFormDialog } from './MeetingFormDialog';
import { MeetingPlace, MeetingStatusBadge, MeetingTimes, useMeetingOrdinal } from './MeetingParts';
import { MeetingDetailDocument, UpdateMeetingDocument } from './operations';
import { RecordOutcomeDialog } from './RecordOutcomeDialog';
import classes from './MemberColumns.module.css';

export type Meeting = MeetingDetailQuery['meeting'];

/** A meeting of a governance body: when and where, its agenda and documents, and its outcome once recorded. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { language } = useFormatters();
  const ordinal = useMeetingOrdinal();
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [recording, setRecording] = useState(false);
  const { data, loading, error, refetch } = useQuery(MeetingDetailDocument, {
    variables: { id, language },
    fetchPolicy: 'cache-and-network',
  });
  const [cancel, cancellation] = useMutation(UpdateMeetingDocument);

  if (!data) {
    return (
      <LoadingOrErrorPage title={t('governance.meetingTitle')} loading={loading} error={error} onRetry={refetch} />
    );
  }
  const meeting = data.meeting;
  const scheduled = meeting.status === 'SCHEDULED';
  // An outcome is recorded once the meeting has begun; documents may still be added after it.
  const started = Date.parse(meeting.startsAt) <= Date.now();

  const confirmCancel = async () => {
    try {
      await cancel({ variables: { input: { id: meeting.id, cancelled: true } } });
      setCancelling(false);
      await refetch();
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <Page
      title={t('governance.meetingHeading', { body: meeting.body.name, ordinal: ordinal(meeting.number) })}
      breadcrumb={<BackLink to={`/governance/${meeting.body.id}`} label={meeting.body.name} />}
      actions={
        meeting.viewerMayManage && (
          <Group gap="xs">
            {meeting.status !== 'CANCELLED' && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('governance.edit')}
              </Button>
            )}
            {meeting.status !== 'CANCELLED' && started && (
              <Button onClick={() => setRecording(true)}>
                {meeting.outcome ? t('governance.editOutcome') : t('governance.recordOutcome')}
              </Button>
            )}
            {scheduled && (
              <Button variant="default" color="red" onClick={() => setCancelling(true)}>
                {t('governance.cancelMeeting')}
              </Button>
            )}
          </Group>
        )
      }
    >
      <Group gap="sm" wrap="wrap">
        <MeetingStatusBadge status={meeting.status} />
        <Anchor component={Link} to={`/governance/${meeting.body.id}`} size="sm">
          <bdi>{meeting.body.name}</bdi>
        </Anchor>
        {meeting.status !== 'CANCELLED' && (
          <Button
            component="a"
            href={meeting.calendarUrl}
            download
            variant="light"
            size="xs"
            leftSection={<CalendarIcon size={16} />}
          >
            {t('governance.addToCalendar')}
          </Button>
        )}
      </Group>
      {meeting.status === 'CANCELLED' && (
        <Alert color="gray" variant="light">
          {t('governance.cancelledNotice')}
        </Alert>
      )}
      <Section title={t('governance.details')}>
        <DetailList
          items={[
            { label: t('governance.when'), value: <MeetingTimes meeting={meeting} /> },
            { label: t('governance.where'), value: <MeetingPlace meeting={meeting} /> },
          ]}
        />
      </Section>
      <Section title={t('governance.agenda')}>
        {meeting.agenda.length === 0 ? (
          <Text c="dimmed">{t('governance.noAgenda')}</Text>
        ) : (
          <List type="ordered" spacing="xs">
            {meeting.agenda.map((item, index) => (
              <List.Item key={index}>
                <bdi>{item}</bdi>
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Documents meeting={meeting} />
      <Outcome meeting={meeting} />
      {editing && (
        <MeetingFormDialog
          bodyId={meeting.body.id}
          workspaceId={meeting.body.workspace?.id ?? null}
          meeting={meeting}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void refetch();
          }}
        />
      )}
      {cancelling && (
        <ConfirmDialog
          title={t('governance.cancelTitle', { meeting: isolate(ordinal(meeting.number)) })}
          explanation={t('governance.cancelExplanation')}
          confirmLabel={t('governance.cancelMeeting')}
          loading={cancellation.loading}
          error={cancellation.error}
          onConfirm={() => void confirmCancel()}
          onClose={() => setCancelling(false)}
        />
      )}
      {recording && (
        <RecordOutcomeDialog
          meeting={meeting}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            void refetch();
          }}
        />
      )}
    </Page>
  );
}

function Documents({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  return (
    <Section title={t('governance.documents')}>
      {meeting.documents.length === 0 ? (
        <Text c="dimmed">{t('governance.noDocuments')}</Text>
      ) : (
        <Stack component="ul" className="plain-list" gap={6}>
          {meeting.documents.map((document) => (
            <li key={document.id}>
              <Anchor href={document.url} download>
                <bdi>{document.fileName}</bdi>
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                ({formatFileSize(document.size, language)})
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function Outcome({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Section title={t('governance.outcome')}>
      {meeting.outcomeHtml ? (
        <Stack gap="md">
          {meeting.outcomeRecordedAt && (
            <Text size="sm" c="dimmed">
              {t('governance.outcomeRecordedAt')}{' '}
              <time dateTime={meeting.outcomeRecordedAt}>{format.dateTime(meeting.outcomeRecordedAt)}</time>
            </Text>
          )}
          {/* Rendered and sanitized by the api as posts are (an allow-list of tags, links checked): safe to insert.
              Its direction follows its own text. */}
          <div className="post-body" dir="auto" dangerouslySetInnerHTML={{ __html: meeting.outcomeHtml }} />
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('governance.attendees')}
            </Text>
            {meeting.attendees.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('governance.noAttendees')}
              </Text>
            ) : (
              <Stack
                component="ul"
                className={meeting.attendees.length > 6 ? `plain-list ${classes.memberColumns}` : 'plain-list'}
                gap={2}
              >
                {meeting.attendees.map((organization) => (
                  <li key={organization.id}>
                    <Anchor component={Link} to={`/organizations/${organization.id}`} size="sm">
                      <bdi>{organizationLabel(organization)}</bdi>
                    </Anchor>
                  </li>
                ))}
              </Stack>
            )}
          </Stack>
        </Stack>
      ) : (
        <Text c="dimmed">
          {meeting.status === 'CANCELLED' ? t('governance.noOutcomeCancelled') : t('governance.noOutcome')}
        </Text>
      )}
    </Section>
  );
}
