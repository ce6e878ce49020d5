import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { type AssistanceRequestStatus, REQUEST_NOTE_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { apiErrorField, useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import { isolate } from '../../i18n/bidi';
import { useRefetchShownRequests } from './live';
import { TransitionAssistanceRequestDocument } from './operations';
import { isBackward, moveNeedsNote } from './status';

/** What a button or menu item moving a request to `to` says: "Open for offers", "Move back to “Matched”". */
export function useMoveLabel(): (from: AssistanceRequestStatus, to: AssistanceRequestStatus) => string {
  const { t } = useTranslation();
  return (from, to) =>
    to === 'DRAFT' || isBackward(from, to)
      ? t('requests.actions.back', { status: t(`enums.requestStatus.${to}`) })
      : t(`requests.actions.${to}`);
}

const DANGEROUS: readonly AssistanceRequestStatus[] = ['DECLINED', 'WITHDRAWN'];

interface TransitionDialogProps {
  request: { id: string; reference: string; status: AssistanceRequestStatus };
  to: AssistanceRequestStatus;
  onClose: () => void;
  onMoved?: () => void;
}

/** Confirms a move with a note for the timeline: required when declining and for corrections. */
export function TransitionDialog({ request, to, onClose, onMoved }: TransitionDialogProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const moveLabel = useMoveLabel();
  const required = moveNeedsNote(request.status, to);
  const refetchShown = useRefetchShownRequests();
  const [transition, { loading, error, reset }] = useMutation(TransitionAssistanceRequestDocument);
  const form = useForm({
    mode: 'controlled',
    initialValues: { note: '' },
    validate: {
      note: (value) =>
        required && !value.trim()
          ? t(to === 'DECLINED' ? 'requests.move.reasonRequired' : 'requests.move.noteRequired')
          : null,
    },
    onValuesChange: () => {
      if (error) reset();
    },
  });
  const fieldErrors = useFieldErrors(form);

  const submit = async ({ note }: { note: string }) => {
    if (loading) return;
    try {
      await transition({ variables: { input: { id: request.id, to, note: note.trim() } } });
      await refetchShown();
      onMoved?.();
      onClose();
    } catch (caught) {
      // Shown next to the note, or else above the buttons.
      fieldErrors.showApiError(caught, ['note']);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={moveLabel(request.status, to)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('requests.move.explanation', {
              reference: isolate(request.reference),
              from: t(`enums.requestStatus.${request.status}`),
              to: t(`enums.requestStatus.${to}`),
            })}
          </Text>
          <Textarea
            label={to === 'DECLINED' ? t('requests.move.reason') : t('requests.move.note')}
            description={required ? t('requests.move.noteRequiredHelp') : t('requests.move.noteOptionalHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required={required}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={REQUEST_NOTE_MAX_LENGTH}
            {...form.getInputProps('note')}
            dir="auto"
            data-autofocus
          />
          {error && !apiErrorField(error, ['note']) && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} color={DANGEROUS.includes(to) ? 'red' : undefined}>
              {moveLabel(request.status, to)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
