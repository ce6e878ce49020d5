import { Alert, Button, Checkbox, Group, Modal, Radio, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { type Classification, MARKING_REASON_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { DayField } from '../../components/DateFields';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import type { ThreadMarkingFieldsFragment } from '../../gql/graphql';
import { useSignedInUser } from '../../session';
import {
  firstDeclassificationDay,
  isBelowFloor,
  isDeclassificationDay,
  lowerMarkings,
  MARKING_RANK,
  markingTargets,
  raisedFloor,
} from './marking';
import { ChangeThreadClassificationDocument } from './operations';
import { ParticipantsPicker } from './ParticipantsPicker';

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

/** The thread, and the lowest marking its workspace's threads may carry (a marked project's). */
type MarkedThread = ThreadMarkingFieldsFragment & { workspace: { id: string; minimumClassification: Classification } };

/** What the thread may drop to from `marking`: lower, but not below its workspace's floor. */
const dropTargets = (thread: MarkedThread, marking: Classification) =>
  lowerMarkings(marking, thread.workspace.minimumClassification);

/** A declassification day goes with a marking that has a lower one it may drop to, set by those who may lower it. */
const mayDeclassify = (thread: MarkedThread, marking: Classification) =>
  thread.viewerCanLowerClassification && dropTargets(thread, marking).length > 0;

interface ChangeMarkingDialogProps {
  thread: MarkedThread;
  onClose: () => void;
}

/**
 * Raises or lowers a thread's marking, as far as the api lets the viewer (`viewerCanRaiseClassification`,
 * `viewerCanLowerClassification`), always with a reason (audited): to STRICTLY_CONFIDENTIAL with the people
 * named on it, and, for those who may lower it, with a day when the marking drops. A marked project's
 * workspace keeps its threads at least at the project's marking: the markings below are shown, not offered.
 */
export function ChangeMarkingDialog({ thread, onClose }: ChangeMarkingDialogProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const viewer = useSignedInUser();
  const current = thread.classification;
  const floor = thread.workspace.minimumClassification;
  const raised = raisedFloor(floor);
  const targets = markingTargets(current, {
    mayRaise: thread.viewerCanRaiseClassification,
    mayLower: thread.viewerCanLowerClassification,
  });
  const offered = targets.filter((marking) => !isBelowFloor(marking, floor));
  const firstTarget =
    offered.find((marking) => MARKING_RANK[marking] > MARKING_RANK[current]) ??
    [...offered].reverse().find((marking) => marking !== current) ??
    current;
  const form = useForm<MarkingValues>({
    mode: 'controlled',
    initialValues: {
      classification: firstTarget,
      reason: '',
      participantIds: [],
      declassify: false,
      declassifyOn: '',
      declassifyTo: dropTargets(thread, firstTarget)[0] ?? '',
    },
    validate: {
      reason: (value) => (value.trim() ? null : t('discussions.marking.reasonRequired')),
      declassifyOn: (value, values) =>
        values.declassify && mayDeclassify(thread, values.classification) && !isDeclassificationDay(value)
          ? t('discussions.marking.declassifyOnInvalid')
          : null,
      declassifyTo: (value, values) =>
        values.declassify &&
        mayDeclassify(thread, values.classification) &&
        !dropTargets(thread, values.classification).includes(value as Classification)
          ? t('discussions.marking.declassifyToRequired')
          : null,
    },
    onValuesChange: (values, previous) => {
      // A new marking: what it drops to must stay below it.
      if (values.classification !== previous.classification) {
        const lower = dropTargets(thread, values.classification);
        if (!lower.includes(values.declassifyTo as Classification)) form.setFieldValue('declassifyTo', lower[0] ?? '');
      }
    },
  });
  const fieldErrors = useFieldErrors(form);
  const [change, { loading, error }] = useMutation(ChangeThreadClassificationDocument);
  const target = form.values.classification;
  const namesParticipants = target === 'STRICTLY_CONFIDENTIAL' && current !== 'STRICTLY_CONFIDENTIAL';
  const declassifying = form.values.declassify && mayDeclassify(thread, target);

  const submit = async (values: MarkingValues) => {
    try {
      await change({
        variables: {
          input: {
            threadId: thread.id,
            classification: values.classification,
            reason: values.reason.trim(),
            participantIds: namesParticipants ? values.participantIds : null,
            declassifyOn: declassifying ? values.declassifyOn : null,
            declassifyTo: declassifying ? (values.declassifyTo as Classification) : null,
          },
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
            </Text>
          </Text>
          <Radio.Group label={t('discussions.marking.target')} required {...form.getInputProps('classification')}>
            <Stack gap="xs" mt="xs">
              {targets.map((marking) => (
                <Radio
                  key={marking}
                  value={marking}
                  label={
                    marking === current
                      ? t('discussions.marking.keep', { marking: t(`enums.classification.${marking}`) })
                      : t(`enums.classification.${marking}`)
                  }
                  disabled={isBelowFloor(marking, floor)}
                  description={
                    raised && isBelowFloor(marking, floor)
                      ? t(`discussions.marking.floor.${raised}`)
                      : t(`discussions.marking.readers.${marking}`)
                  }
                />
              ))}
            </Stack>
          </Radio.Group>
          {namesParticipants && (
            <ParticipantsPicker
              workspaceId={thread.workspace.id}
              label={t('discussions.marking.participants')}
              description={t('discussions.marking.participantsChangeHelp')}
              excludeIds={[viewer.id, ...(thread.author.person ? [thread.author.person.id] : [])]}
              {...form.getInputProps('participantIds')}
              value={form.values.participantIds}
            />
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
            data-autofocus
          />
          {mayDeclassify(thread, target) && (
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
                    data={dropTargets(thread, target).map((marking) => ({
                      value: marking,
                      label: t(`enums.classification.${marking}`),
                    }))}
                    allowDeselect={false}
                    comboboxProps={{ withinPortal: true }}
                    {...form.getInputProps('declassifyTo')}
                  />
                </SimpleGrid>
              )}
            </Stack>
          )}
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
              {t('discussions.marking.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
