import { type ReactNode, useState } from 'react';
import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type Classification, MARKING_REASON_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import {
  MARKING_RANK,
  type MarkedRecord,
  type MarkingChange,
  type RecordMarking,
  recordMarkingTargets,
} from './marking';
import type { ChoosingProps } from './ParticipantsPicker';

interface MarkingValues {
  classification: Classification;
  reason: string;
  participantIds: string[];
}

type ShownError = keyof MarkingValues;
const API_FIELDS: readonly ShownError[] = ['classification', 'reason', 'participantIds'];

/** What the dialog says for each kind of record. */
const TEXTS = {
  request: {
    readers: 'requests.marking.readers',
    raiseOnly: 'requests.marking.raiseOnlyHelp',
    participants: 'requests.marking.participantsChangeHelp',
  },
  project: {
    readers: 'projects.marking.readers',
    raiseOnly: 'projects.marking.raiseOnlyHelp',
    participants: 'projects.marking.participantsChangeHelp',
  },
} as const;

interface ChangeRecordMarkingDialogProps {
  /** What is marked: an assistance request or a joint project. */
  record: MarkedRecord;
  marking: RecordMarking;
  /** People the api names anyway (the author, the viewer): not offered. */
  alwaysNamedIds: readonly string[];
  /** The record's own picker of the people it may name, given the field. */
  picker: (field: ChoosingProps) => ReactNode;
  /** Asks the api for the new marking; rejects with its refusal. */
  onChange: (change: MarkingChange) => Promise<unknown>;
  onClose: () => void;
}

/**
 * Raises or lowers the marking of a request or a project, as far as the api lets the viewer
 * (`viewerCanRaiseClassification`, `viewerCanLowerClassification`), always with a reason (audited); to
 * STRICTLY_CONFIDENTIAL with the people named on it.
 */
export function ChangeRecordMarkingDialog({
  record,
  marking,
  alwaysNamedIds,
  picker,
  onChange,
  onClose,
}: ChangeRecordMarkingDialogProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const texts = TEXTS[record];
  const current = marking.classification;
  const targets = recordMarkingTargets(marking);
  // Raising by default, else lowering to the next marking down.
  const firstTarget =
    targets.find((target) => MARKING_RANK[target] > MARKING_RANK[current]) ?? targets.at(-1) ?? current;
  const form = useForm<MarkingValues>({
    mode: 'controlled',
    initialValues: { classification: firstTarget, reason: '', participantIds: [] },
    validate: {
      reason: (value) => (value.trim() ? null : t('discussions.marking.reasonRequired')),
    },
  });
  const fieldErrors = useFieldErrors(form);
  // An api error about none of the fields: shown above the buttons.
  const [refusal, setRefusal] = useState<unknown>(null);
  const namesParticipants = form.values.classification === 'STRICTLY_CONFIDENTIAL';

  const submit = async (values: MarkingValues) => {
    setRefusal(null);
    try {
      await onChange({
        classification: values.classification,
        reason: values.reason.trim(),
        // Absent otherwise: nobody is named on a record marked lower.
        ...(namesParticipants ? { participantIds: values.participantIds } : {}),
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
      title={t('discussions.marking.changeTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('discussions.marking.current', { marking: t(`enums.classification.${current}`) })}{' '}
            <Text span c="dimmed" size="sm">
              {t('discussions.marking.changeHelp')}
              {!marking.viewerCanLowerClassification && <> {t(texts.raiseOnly)}</>}
            </Text>
          </Text>
          <Radio.Group label={t('discussions.marking.target')} required {...form.getInputProps('classification')}>
            <Stack gap="xs" mt="xs">
              {targets.map((target) => (
                <Radio
                  key={target}
                  value={target}
                  label={t(`enums.classification.${target}`)}
                  description={t(`${texts.readers}.${target}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {namesParticipants &&
            picker({
              label: t('discussions.marking.participants'),
              description: t(texts.participants),
              excludeIds: alwaysNamedIds,
              ...form.getInputProps('participantIds'),
              value: form.values.participantIds,
            })}
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
            data-autofocus
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
              {t('discussions.marking.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
