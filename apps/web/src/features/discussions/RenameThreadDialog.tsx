import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { THREAD_TITLE_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { apiErrorField, useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import { RenameThreadDocument } from './operations';

/** A new title for the thread, by its author or a moderator (the api decides; the page offers it to them). */
export function RenameThreadDialog({
  thread,
  onClose,
}: {
  thread: { id: string; title: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const [rename, { loading, error, reset }] = useMutation(RenameThreadDocument);
  const form = useForm({
    mode: 'controlled',
    initialValues: { title: thread.title },
    validate: { title: (value) => (value.trim() ? null : t('discussions.titleRequired')) },
    onValuesChange: () => {
      if (error) reset();
    },
  });
  const fieldErrors = useFieldErrors(form);

  const submit = async ({ title }: { title: string }) => {
    if (loading) return;
    try {
      await rename({ variables: { input: { threadId: thread.id, title: title.trim() } } });
      onClose();
    } catch (caught) {
      fieldErrors.showApiError(caught, ['title']);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('discussions.rename.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('discussions.titleLabel')}
            required
            maxLength={THREAD_TITLE_MAX_LENGTH}
            {...form.getInputProps('title')}
            dir="auto"
            data-autofocus
          />
          {error && !apiErrorField(error, ['title']) && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('discussions.rename.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
