import { type ReactNode, useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MARKING_REASON_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import type { MarkedRecord, MarkingChange } from './marking';
import { type ChoosingProps, type NamedAuthor, type ParticipantOption, participantOption } from './ParticipantsPicker';

interface ParticipantsValues {
  participantIds: string[];
  reason: string;
}

const API_FIELDS: readonly (keyof ParticipantsValues)[] = ['participantIds', 'reason'];

/** What the dialog says for each kind of record. */
const TEXTS = {
  request: { title: 'requests.marking.editParticipantsTitle', hidden: 'requests.marking.hiddenParticipants' },
  project: { title: 'projects.marking.editParticipantsTitle', hidden: 'projects.marking.hiddenParticipants' },
} as const;

interface EditRecordParticipantsDialogProps {
  /** What the people are named on: a STRICTLY_CONFIDENTIAL assistance request or joint project. */
  record: MarkedRecord;
  /** The people named on it now, as the api names them. */
  participants: readonly NamedAuthor[];
  /** People the api names anyway (the author, the viewer): not for the viewer to take off. */
  alwaysNamedIds: readonly string[];
  /** Who stays named whatever the list says, above it. */
  help: string;
  /** The record's own picker of the people it may name, given the field. */
  picker: (field: ChoosingProps) => ReactNode;
  /** Asks the api for the marking kept with these people; rejects with its refusal. */
  onChange: (change: MarkingChange) => Promise<unknown>;
  onClose: () => void;
}

/**
 * Names exactly who reads a STRICTLY_CONFIDENTIAL request or project (its marking kept, with the people and a
 * reason); those the api names anyway stay named, and the day its marking drops, if one is set, stays set
 * (the api keeps it when only the people change).
 */
export function EditRecordParticipantsDialog({
  record,
  participants,
  alwaysNamedIds,
  help,
  picker,
  onChange,
  onClose,
}: EditRecordParticipantsDialogProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const texts = TEXTS[record];
  const named = participants
    .map(participantOption)
    .filter((option): option is ParticipantOption => option !== null && !alwaysNamedIds.includes(option.id));
  // People named whom the viewer may not see have no id here: the list saved no longer names them.
  const hidden = participants.filter((participant) => !participant.person).length;
  const form = useForm<ParticipantsValues>({
    mode: 'controlled',
    initialValues: { participantIds: named.map((option) => option.id), reason: '' },
    validate: {
      reason: (value) => (value.trim() ? null : t('discussions.marking.reasonRequired')),
    },
  });
  const fieldErrors = useFieldErrors(form);
  // An api error about none of the fields: shown above the buttons.
  const [refusal, setRefusal] = useState<unknown>(null);

  const submit = async (values: ParticipantsValues) => {
    setRefusal(null);
    try {
      await onChange({
        classification: 'STRICTLY_CONFIDENTIAL',
        reason: values.reason.trim(),
        participantIds: values.participantIds,
      });
      onClose();
    } catch (caught) {
      if (!fieldErrors.showApiError(caught, API_FIELDS)) setRefusal(caught);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(texts.title)}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Text size="sm">{help}</Text>
          {picker({
            label: t('discussions.marking.participants'),
            known: named,
            excludeIds: alwaysNamedIds,
            ...form.getInputProps('participantIds'),
            value: form.values.participantIds,
          })}
          {hidden > 0 && (
            <Alert color="orange" role="status">
              {t(texts.hidden)}
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
          {refusal !== null && (
            <Alert color="red" role="alert" title={errorTitle(refusal)}>
              {errorDetail(refusal)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
