import { type FormEvent, useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MILESTONE_STATUSES, type MilestoneStatus, THREAD_TITLE_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';
import { isolate } from '../../i18n/bidi';
import type { Milestone } from './MilestonesSection';
import { DeleteProjectMilestoneDocument, ProjectDetailDocument, SetProjectMilestoneDocument } from './operations';

const isStatus = (value: unknown): value is MilestoneStatus =>
  typeof value === 'string' && (MILESTONE_STATUSES as readonly string[]).includes(value);

interface MilestoneDialogProps {
  projectId: string;
  /** The milestone to change; null adds one. */
  milestone: Milestone | null;
  onClose: () => void;
}

export function MilestoneDialog({ projectId, milestone, onClose }: MilestoneDialogProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const [title, setTitle] = useState(milestone?.title ?? '');
  const [dueDate, setDueDate] = useState(milestone?.dueDate ?? '');
  const [status, setStatus] = useState<MilestoneStatus>(milestone?.status ?? 'PENDING');
  const [attempted, setAttempted] = useState(false);
  const [save, { loading, error }] = useMutation(SetProjectMilestoneDocument, {
    refetchQueries: [ProjectDetailDocument],
  });

  const titleProblem = title.trim() ? null : t('projects.milestones.titleRequired');
  const dateProblem = dueDate ? null : t('projects.milestones.dueRequired');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (titleProblem || dateProblem) return;
    try {
      await save({ variables: { input: { projectId, id: milestone?.id, title: title.trim(), dueDate, status } } });
      onClose();
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={milestone ? t('projects.milestones.editTitle') : t('projects.milestones.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('projects.milestones.titleLabel')}
            required
            maxLength={THREAD_TITLE_MAX_LENGTH}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={attempted && titleProblem}
            dir="auto"
            data-autofocus
          />
          <TextInput
            type="date"
            label={t('projects.milestones.dueDate')}
            required
            value={dueDate}
            onChange={(event) => setDueDate(event.currentTarget.value)}
            error={attempted && dateProblem}
          />
          <Select
            label={t('projects.milestones.status')}
            data={MILESTONE_STATUSES.map((value) => ({ value, label: t(`enums.milestoneStatus.${value}`) }))}
            value={status}
            onChange={(value) => isStatus(value) && setStatus(value)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          {error && (
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

export function DeleteMilestoneDialog({ milestone, onClose }: { milestone: Milestone; onClose: () => void }) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const [remove, { loading, error }] = useMutation(DeleteProjectMilestoneDocument, {
    refetchQueries: [ProjectDetailDocument],
  });

  const confirm = async () => {
    try {
      await remove({ variables: { id: milestone.id } });
      onClose();
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('projects.milestones.deleteTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('projects.milestones.deleteExplanation', { title: isolate(milestone.title) })}</Text>
        {error && (
          <Alert color="red" role="alert" title={errorTitle(error)}>
            {errorDetail(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            {t('projects.milestones.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
