import { Alert, Button, Group, Modal, MultiSelect, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEETING_OUTCOME_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { organizationLabel } from '../../components/OrganizationSelect';
import { useErrorTitle } from '../../components/QueryStates';
import type { MeetingDetailQuery } from '../../gql/graphql';
import { RecordMeetingOutcomeDocument } from './operations';

type Meeting = MeetingDetailQuery['meeting'];

interface OutcomeValues {
  outcome: string;
  attendeeOrganizationIds: string[];
}

/** The outcome of a meeting, in markdown, and the organizations that attended (the body's members at first). */
export function RecordOutcomeDialog({
  meeting,
  onClose,
  onDone,
}: {
  meeting: Meeting;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const members = meeting.body.members.map((member) => member.organization);
  const choices = [...members, ...meeting.attendees.filter((other) => !members.some((m) => m.id === other.id))];
  const form = useForm<OutcomeValues>({
    mode: 'controlled',
    initialValues: {
      outcome: meeting.outcome ?? '',
      attendeeOrganizationIds: (meeting.attendees.length > 0 ? meeting.attendees : members).map(
        (organization) => organization.id,
      ),
    },
    validate: {
      outcome: (value) => (value.trim() ? null : t('governance.outcomeRequired')),
    },
  });
  const fieldErrors = useFieldErrors(form);
  const [record, { loading, error }] = useMutation(RecordMeetingOutcomeDocument);

  const submit = async (values: OutcomeValues) => {
    try {
      await record({
        variables: {
          input: {
            meetingId: meeting.id,
            outcome: values.outcome.trim(),
            attendeeOrganizationIds: values.attendeeOrganizationIds,
          },
        },
      });
      onDone();
    } catch (caught) {
      fieldErrors.showApiError(caught, ['outcome', 'attendeeOrganizationIds']);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={meeting.outcome ? t('governance.editOutcome') : t('governance.recordOutcome')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Textarea
            label={t('governance.outcome')}
            description={t('governance.outcomeHelp')}
            required
            autosize
            minRows={6}
            maxRows={16}
            maxLength={MEETING_OUTCOME_MAX_LENGTH}
            {...form.getInputProps('outcome')}
            data-autofocus
          />
          <MultiSelect
            label={t('governance.attendees')}
            description={t('governance.attendeesHelp')}
            data={choices.map((organization) => ({ value: organization.id, label: organizationLabel(organization) }))}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            comboboxProps={{ withinPortal: true }}
            maxDropdownHeight={260}
            {...form.getInputProps('attendeeOrganizationIds')}
          />
          {error && !form.errors.outcome && !form.errors.attendeeOrganizationIds && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('governance.saveOutcome')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
