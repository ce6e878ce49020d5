import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DECISION_TEXT_MAX_LENGTH, SILENCE_MAX_DAYS, THREAD_TITLE_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { DateTimeField } from '../../components/DateFields';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import { DecisionsDocument, ProposeDecisionDocument } from './operations';

interface ProposalValues {
  title: string;
  text: string;
  /** YYYY-MM-DDTHH:mm, as a `datetime-local` input would give it: the reader's own time zone, no offset. */
  silenceUntil: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The default silence period, a common one for inter-agency procedures. */
const DEFAULT_SILENCE_DAYS = 7;

/** `date` as a `datetime-local` value (YYYY-MM-DDTHH:mm) in the reader's time zone. */
export function toLocalInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(
    date.getMinutes(),
  )}`;
}

/** Whether a `datetime-local` value is a deadline the api takes: in the future, at most SILENCE_MAX_DAYS ahead. */
export function isValidDeadline(value: string, now = Date.now()): boolean {
  const time = new Date(value).getTime();
  return !Number.isNaN(time) && time > now && time <= now + SILENCE_MAX_DAYS * DAY_MS;
}

export function ProposeDecisionDialog({
  workspaceId,
  onClose,
  onProposed,
}: {
  workspaceId: string;
  onClose: () => void;
  onProposed: (id: string) => void;
}) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const form = useForm<ProposalValues>({
    mode: 'controlled',
    initialValues: {
      title: '',
      text: '',
      silenceUntil: toLocalInputValue(new Date(Date.now() + DEFAULT_SILENCE_DAYS * DAY_MS)),
    },
    validate: {
      title: (value) => (value.trim() ? null : t('decisions.titleRequired')),
      text: (value) => (value.trim() ? null : t('decisions.textRequired')),
      silenceUntil: (value) =>
        isValidDeadline(value) ? null : t('decisions.silenceUntilInvalid', { days: SILENCE_MAX_DAYS }),
    },
    validateInputOnBlur: ['title', 'text'],
  });
  const fieldErrors = useFieldErrors(form);
  // The days the calendar offers: from now to the longest silence period (the rule above still decides).
  const [deadlineBounds] = useState(() => ({
    min: toLocalInputValue(new Date()),
    max: toLocalInputValue(new Date(Date.now() + SILENCE_MAX_DAYS * DAY_MS)),
  }));
  const [propose, { loading, error }] = useMutation(ProposeDecisionDocument, { refetchQueries: [DecisionsDocument] });

  const submit = async (values: ProposalValues) => {
    try {
      const { data } = await propose({
        variables: {
          input: {
            workspaceId,
            title: values.title.trim(),
            text: values.text.trim(),
            silenceUntil: new Date(values.silenceUntil).toISOString(),
          },
        },
      });
      if (data) onProposed(data.proposeDecision.id);
    } catch (caught) {
      fieldErrors.showApiError(caught, ['title', 'text', 'silenceUntil']);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('decisions.proposeTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('decisions.proposeHelp')}
          </Text>
          <TextInput
            label={t('decisions.titleLabel')}
            required
            maxLength={THREAD_TITLE_MAX_LENGTH}
            {...form.getInputProps('title')}
            data-autofocus
          />
          <Textarea
            label={t('decisions.textLabel')}
            description={t('decisions.textHelp')}
            required
            maxLength={DECISION_TEXT_MAX_LENGTH}
            autosize
            minRows={5}
            maxRows={14}
            {...form.getInputProps('text')}
          />
          <DateTimeField
            label={t('decisions.silenceUntil')}
            description={t('decisions.silenceUntilHelp', { days: SILENCE_MAX_DAYS })}
            required
            minDate={deadlineBounds.min}
            maxDate={deadlineBounds.max}
            {...form.getInputProps('silenceUntil')}
          />
          {error && !form.errors.title && !form.errors.text && !form.errors.silenceUntil && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('decisions.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
