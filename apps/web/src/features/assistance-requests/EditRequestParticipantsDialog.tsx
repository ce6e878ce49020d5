import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MARKING_REASON_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import type { RequestMarkingFieldsFragment } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { useSignedInUser } from '../../session';
import { type ParticipantOption, participantOption } from '../discussions';
import { ChangeAssistanceRequestClassificationDocument } from './operations';
import { RequestParticipantsPicker } from './RequestParticipantsPicker';

interface ParticipantsValues {
  participantIds: string[];
  reason: string;
}

const API_FIELDS: readonly (keyof ParticipantsValues)[] = ['participantIds', 'reason'];

interface EditRequestParticipantsDialogProps {
  request: RequestMarkingFieldsFragment;
  onClose: () => void;
}

/**
 * Names exactly who reads a STRICTLY_CONFIDENTIAL request (`changeAssistanceRequestClassification`, keeping the
 * marking, with the people and a reason); its author and the viewer stay named.
 */
export function EditRequestParticipantsDialog({ request, onClose }: EditRequestParticipantsDialogProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const errorTitle = useErrorTitle();
  const viewer = useSignedInUser();
  const authorId = request.createdBy.id;
  // The api names the author and whoever saves the list anyway: not for the viewer to take off.
  const alwaysNamed = [authorId, viewer.id];
  const named = request.participants
    .map(participantOption)
    .filter((option): option is ParticipantOption => option !== null && !alwaysNamed.includes(option.id));
  // People named whom the viewer may not see have no id here: the list saved no longer names them.
  const hidden = request.participants.filter((participant) => !participant.person).length;
  const form = useForm<ParticipantsValues>({
    mode: 'controlled',
    initialValues: { participantIds: named.map((option) => option.id), reason: '' },
    validate: {
      reason: (value) => (value.trim() ? null : t('discussions.marking.reasonRequired')),
    },
  });
  const fieldErrors = useFieldErrors(form);
  const [save, { loading, error }] = useMutation(ChangeAssistanceRequestClassificationDocument);

  const submit = async (values: ParticipantsValues) => {
    try {
      await save({
        variables: {
          input: {
            requestId: request.id,
            classification: 'STRICTLY_CONFIDENTIAL',
            reason: values.reason.trim(),
            participantIds: values.participantIds,
          },
          language,
        },
      });
      onClose();
    } catch (caught) {
      fieldErrors.showApiError(caught, API_FIELDS);
    }
  };

  const fieldError = API_FIELDS.some((field) => form.errors[field]);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('requests.marking.editParticipantsTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {viewer.id === authorId
              ? t('requests.marking.editParticipantsHelpAuthor')
              : t('requests.marking.editParticipantsHelp', { author: isolate(request.createdBy.name) })}
          </Text>
          <RequestParticipantsPicker
            requestId={request.id}
            label={t('discussions.marking.participants')}
            known={named}
            excludeIds={alwaysNamed}
            {...form.getInputProps('participantIds')}
            value={form.values.participantIds}
          />
          {hidden > 0 && (
            <Alert color="orange" role="status">
              {t('requests.marking.hiddenParticipants')}
            </Alert>
          )}
          <Textarea
            label={t('discussions.marking.reason')}
            description={t('discussions.marking.reasonHelp')}
            required
            autosize
            minRows={2}
            maxRows={6}
            maxLength={MARKING_REASON_MAX_LENGTH}
            {...form.getInputProps('reason')}
            dir="auto"
          />
          {error && !fieldError && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
