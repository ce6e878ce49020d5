import { type ReactNode, useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, Radio, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type Classification, MARKING_REASON_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { DayField } from '../../components/DateFields';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import {
  firstDeclassificationDay,
  isDeclassificationDay,
  lowerMarkings,
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
  declassify: boolean;
  declassifyOn: string;
  declassifyTo: Classification | '';
}

type ShownError = 'classification' | 'reason' | 'participantIds' | 'declassifyOn' | 'declassifyTo';
const API_FIELDS: readonly ShownError[] = [
  'classification',
  'reason',
  'participantIds',
  'declassifyOn',
  'declassifyTo',
];

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

/** A declassification day goes with a marking that has a lower one, set by those who may lower it. */
const mayDeclassify = (marking: RecordMarking, target: Classification) =>
  marking.viewerCanLowerClassification && target !== 'UNCLASSIFIED';

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
 * (`viewerCanRaiseClassification`, `viewerCanLowerClassification`), always with a reason (audited): to
 * STRICTLY_CONFIDENTIAL with the people named on it, and, for those who may lower it, with a day when the
 * marking drops, as a thread's.
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
  // Raising by default, else lowering to the next marking down, else keeping it (to set the day it drops).
  const firstTarget =
    targets.find((target) => MARKING_RANK[target] > MARKING_RANK[current]) ??
    [...targets].reverse().find((target) => target !== current) ??
    current;
  const form = useForm<MarkingValues>({
    mode: 'controlled',
    initialValues: {
      classification: firstTarget,
      reason: '',
      participantIds: [],
      declassify: false,
      declassifyOn: '',
      declassifyTo: lowerMarkings(firstTarget)[0] ?? '',
    },
    validate: {
      reason: (value) => (value.trim() ? null : t('discussions.marking.reasonRequired')),
      declassifyOn: (value, values) =>
        values.declassify && mayDeclassify(marking, values.classification) && !isDeclassificationDay(value)
          ? t('discussions.marking.declassifyOnInvalid')
          : null,
      declassifyTo: (value, values) =>
        values.declassify &&
        mayDeclassify(marking, values.classification) &&
        !lowerMarkings(values.classification).includes(value as Classification)
          ? t('discussions.marking.declassifyToRequired')
          : null,
    },
    onValuesChange: (values, previous) => {
      // A new marking: what it drops to must stay below it.
      if (values.classification !== previous.classification) {
        const lower = lowerMarkings(values.classification);
        if (!lower.includes(values.declassifyTo as Classification)) form.setFieldValue('declassifyTo', lower[0] ?? '');
      }
    },
  });
  const fieldErrors = useFieldErrors(form);
  // An api error about none of the fields: shown above the buttons.
  const [refusal, setRefusal] = useState<unknown>(null);
  const target = form.values.classification;
  // Keeping a STRICTLY_CONFIDENTIAL marking keeps those named: naming others is EditRecordParticipantsDialog's.
  const namesParticipants = target === 'STRICTLY_CONFIDENTIAL' && current !== 'STRICTLY_CONFIDENTIAL';
  const declassifying = form.values.declassify && mayDeclassify(marking, target);

  const submit = async (values: MarkingValues) => {
    setRefusal(null);
    try {
      await onChange({
        classification: values.classification,
        reason: values.reason.trim(),
        // Absent otherwise: nobody is named on a record marked lower, and those named on it stay.
        ...(namesParticipants ? { participantIds: values.participantIds } : {}),
        // Absent otherwise: the marking drops on no set day.
        ...(declassifying
          ? { declassifyOn: values.declassifyOn, declassifyTo: values.declassifyTo as Classification }
          : {}),
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
              {targets.map((option) => (
                <Radio
                  key={option}
                  value={option}
                  label={
                    option === current
                      ? t('discussions.marking.keep', { marking: t(`enums.classification.${option}`) })
                      : t(`enums.classification.${option}`)
                  }
                  description={t(`${texts.readers}.${option}`)}
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
          {mayDeclassify(marking, target) && (
            <Stack gap="xs">
              <Checkbox
                label={t('discussions.marking.declassify')}
                description={t('discussions.marking.declassifyHelp')}
                {...form.getInputProps('declassify', { type: 'checkbox' })}
              />
              {form.values.declassify && (
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  <DayField
                    label={t('discussions.marking.declassifyOn')}
                    required
                    minDate={firstDeclassificationDay()}
                    {...form.getInputProps('declassifyOn')}
                  />
                  <Select
                    label={t('discussions.marking.declassifyTo')}
                    required
                    data={lowerMarkings(target).map((lower) => ({
                      value: lower,
                      label: t(`enums.classification.${lower}`),
                    }))}
                    allowDeselect={false}
                    comboboxProps={{ withinPortal: true }}
                    {...form.getInputProps('declassifyTo')}
                  />
                </SimpleGrid>
              )}
            </Stack>
          )}
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
