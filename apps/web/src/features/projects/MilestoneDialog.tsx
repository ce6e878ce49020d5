import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MILESTONE_STATUSES, type MilestoneStatus, THREAD_TITLE_MAX_LENGTH } from '@ctcp/shared';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DayField } from '../../components/DateFields';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import { isolate } from '../../i18n/bidi';
import type { Milestone } from './MilestonesSection';
import { DeleteProjectMilestoneDocument, ProjectDetailDocument, SetProjectMilestoneDocument } from './operations';

interface MilestoneValues {
  title: string;
  dueDate: string;
  status: MilestoneStatus;
}

interface MilestoneDialogProps {
  projectId: string;
  /** The milestone to change; null adds one. */
  milestone: Milestone | null;
  onClose: () => void;
}

export function MilestoneDialog({ projectId, milestone, onClose }: MilestoneDialogProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const form = useForm<MilestoneValues>({
    mode: 'controlled',
    initialValues: {
      title: milestone?.title ?? '',
      dueDate: milestone?.dueDate ?? '',
      status: milestone?.status ?? 'PENDING',
    },
    validate: {
      title: (value) => (value.trim() ? null : t('projects.milestones.titleRequired')),
      dueDate: (value) => (value ? null : t('projects.milestones.dueRequired')),
    },
  });
  const fieldErrors = useFieldErrors(form);
  const [save, { loading, error }] = useMutation(SetProjectMilestoneDocument, {
    refetchQueries: [ProjectDetailDocument],
  });

  const submit = async ({ title, dueDate, status }: MilestoneValues) => {
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
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('projects.milestones.titleLabel')}
            required
            maxLength={THREAD_TITLE_MAX_LENGTH}
            {...form.getInputProps('title')}
            dir="auto"
            data-autofocus
          />
          <DayField label={t('projects.milestones.dueDate')} required {...form.getInputProps('dueDate')} />
          <Select
            label={t('projects.milestones.status')}
            data={MILESTONE_STATUSES.map((value) => ({ value, label: t(`enums.milestoneStatus.${value}`) }))}
            {...form.getInputProps('status')}
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
    <ConfirmDialog
      title={t('projects.milestones.deleteTitle')}
      explanation={t('projects.milestones.deleteExplanation', { title: isolate(milestone.title) })}
      confirmLabel={t('projects.milestones.delete')}
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
