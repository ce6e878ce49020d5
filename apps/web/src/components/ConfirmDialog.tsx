import type { ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ErrorLike } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { errorDetail } from './errors';
import { useErrorTitle } from './QueryStates';

interface ConfirmDialogProps {
  title: ReactNode;
  explanation: ReactNode;
  confirmLabel: string;
  /** The confirmed action is running. */
  loading: boolean;
  /** Why it failed, shown above the buttons; the dialog stays open. */
  error?: ErrorLike;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before something that cannot be undone (removing, revoking, deleting), and says why it failed. */
export function ConfirmDialog({
  title,
  explanation,
  confirmLabel,
  loading,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Text>{explanation}</Text>
        {error && (
          <Alert color="red" role="alert" title={errorTitle(error)}>
            {errorDetail(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
