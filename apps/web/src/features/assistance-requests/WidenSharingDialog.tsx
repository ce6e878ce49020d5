import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { SharingScope } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { apiErrorField, useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { RequestFormOptionsDocument, WidenAssistanceRequestSharingDocument } from './operations';
import { SharingFields } from './SharingFields';

/** The scopes that reach fewer entities than each (adding named entities is checked by the api). */
const NARROWER: Record<SharingScope, readonly SharingScope[]> = {
  COORDINATORS_ONLY: [],
  NAMED_ENTITIES: ['COORDINATORS_ONLY'],
  ALL_ENTITIES: ['COORDINATORS_ONLY', 'NAMED_ENTITIES'],
};

interface WidenSharingDialogProps {
  request: { id: string; sharingScope: SharingScope; sharedEntities: readonly { id: string }[] };
  onClose: () => void;
}

/**
 * The State shares its submitted request with more Compact entities, never fewer: the entities that have seen
 * it keep it (the api refuses a narrower sharing, shown next to the field).
 */
export function WidenSharingDialog({ request, onClose }: WidenSharingDialogProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const { language } = useFormatters();
  const { data: options } = useQuery(RequestFormOptionsDocument, { variables: { language } });
  const [widen, { loading, error, reset }] = useMutation(WidenAssistanceRequestSharingDocument);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      sharingScope: request.sharingScope,
      sharedEntityIds: request.sharedEntities.map((entity) => entity.id),
    },
    onValuesChange: () => {
      if (error) reset();
    },
  });
  const fieldErrors = useFieldErrors(form);

  const submit = async ({
    sharingScope,
    sharedEntityIds,
  }: {
    sharingScope: SharingScope;
    sharedEntityIds: string[];
  }) => {
    if (loading) return;
    const input = {
      id: request.id,
      sharingScope,
      sharedEntityIds: sharingScope === 'NAMED_ENTITIES' ? sharedEntityIds : [],
    };
    try {
      await widen({ variables: { input, language } });
      onClose();
    } catch (caught) {
      fieldErrors.showApiError(caught, ['sharingScope', 'sharedEntityIds']);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('requests.widen.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('requests.widen.explanation')}</Text>
          <SharingFields
            scope={form.getInputProps('sharingScope')}
            entityIds={form.getInputProps('sharedEntityIds')}
            entities={options?.organizations.edges.map((edge) => edge.node) ?? []}
            editable
            narrower={NARROWER[request.sharingScope]}
          />
          {error && !apiErrorField(error, ['sharingScope', 'sharedEntityIds']) && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('requests.widen.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
