import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import { ACRONYM_MAX_LENGTH, emptyNames, type Names, NamesFields, namesInput } from '../organizations';
import { CreateGovernanceBodyDocument } from './operations';

interface BodyValues {
  acronym: string;
  names: Names;
}

/** Platform admins add a body; it gets its own private workspace, and its page opens to seat its members. */
export function NewBodyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const navigate = useNavigate();
  const form = useForm<BodyValues>({
    mode: 'controlled',
    initialValues: { acronym: '', names: emptyNames() },
    validate: { names: { en: (value) => (value.trim() ? null : t('organizations.nameRequired')) } },
  });
  const fieldErrors = useFieldErrors(form);
  const [create, { loading, error }] = useMutation(CreateGovernanceBodyDocument, {
    refetchQueries: ['GovernanceBodies'],
  });

  const submit = async ({ acronym, names }: BodyValues) => {
    try {
      const { data } = await create({
        variables: { input: { acronym: acronym.trim() || null, names: namesInput(names) } },
      });
      if (data) navigate(`/governance/${data.createGovernanceBody.id}`);
    } catch (caught) {
      fieldErrors.showApiError(caught, ['acronym']);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('governance.newBody')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('organizations.acronym')}
            maxLength={ACRONYM_MAX_LENGTH}
            {...form.getInputProps('acronym')}
            dir="auto"
            data-autofocus
          />
          <NamesFields form={form} />
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
              {t('governance.createBody')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
