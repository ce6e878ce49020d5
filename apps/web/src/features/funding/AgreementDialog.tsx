import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_TYPES, type AgreementType, DESCRIPTION_MAX_LENGTH, NAME_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { DayField } from '../../components/DateFields';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import type { AgreementFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { OrganizationListField } from '../../components/OrganizationListField';
import type { OrganizationOption } from '../../components/OrganizationSelect';
import { AgreementsDocument, RecordAgreementDocument, UpdateAgreementDocument } from './operations';
import { ProjectSelect } from '../../components/ProjectSelect';

interface AgreementValues {
  type: AgreementType;
  subject: string;
  dateSigned: string;
  place: string;
  parties: OrganizationOption[];
  projectId: string | null;
}

/** The fields of the dialog: an api error about one of them is shown next to it. */
const FIELDS = [
  'type',
  'subject',
  'dateSigned',
  'place',
  'parties',
  'projectId',
] as const satisfies readonly (keyof AgreementValues)[];

/** The api's names of fields that the dialog shows under another name. */
const FIELD_OF_INPUT = { partyIds: 'parties' } as const;

interface AgreementDialogProps {
  /** The agreement to change; null records a new one. */
  agreement: AgreementFieldsFragment | null;
  onClose: () => void;
}

/** An MOU, action plan or agreement between organizations. */
export function AgreementDialog({ agreement, onClose }: AgreementDialogProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const errorTitle = useErrorTitle();
  const form = useForm<AgreementValues>({
    mode: 'controlled',
    initialValues: {
      type: agreement?.type ?? 'MOU',
      subject: agreement?.subject ?? '',
      dateSigned: agreement?.dateSigned ?? '',
      place: agreement?.place ?? '',
      parties: agreement?.parties ?? [],
      projectId: agreement?.project?.id ?? null,
    },
    validate: {
      subject: (value) => (value.trim() ? null : t('funding.form.subjectRequired')),
      dateSigned: (value) => (value ? null : t('funding.form.dateRequired')),
      parties: (value) => (value.length >= 2 ? null : t('funding.form.partiesRequired')),
    },
  });
  const fieldErrors = useFieldErrors(form);
  // An api error about none of the fields: shown above the buttons.
  const [error, setError] = useState<unknown>(null);
  const [record] = useMutation(RecordAgreementDocument, { refetchQueries: [AgreementsDocument] });
  const [update] = useMutation(UpdateAgreementDocument, { refetchQueries: [AgreementsDocument] });

  const submit = async ({ type, subject, dateSigned, place, parties, projectId }: AgreementValues) => {
    const input = {
      type,
      subject: subject.trim(),
      dateSigned,
      place: place.trim() || null,
      partyIds: parties.map((party) => party.id),
      projectId,
    };
    try {
      if (agreement) await update({ variables: { language, input: { id: agreement.id, ...input } } });
      else await record({ variables: { language, input } });
      onClose();
    } catch (caught) {
      if (!fieldErrors.showApiError(caught, FIELDS, FIELD_OF_INPUT)) setError(caught);
    }
  };
  const submitForm = fieldErrors.onSubmit(submit);

  return (
    <Modal
      opened
      onClose={onClose}
      title={agreement ? t('funding.form.editAgreement') : t('funding.recordAgreement')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => {
          setError(null);
          submitForm(event);
        }}
        noValidate
      >
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('funding.agreementType')}
              required
              data={AGREEMENT_TYPES.map((value) => ({ value, label: t(`enums.agreementType.${value}`) }))}
              {...form.getInputProps('type')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data-autofocus
            />
            <DayField label={t('funding.dateSigned')} required {...form.getInputProps('dateSigned')} />
          </SimpleGrid>
          <Textarea
            label={t('funding.subject')}
            required
            autosize
            minRows={2}
            maxRows={6}
            maxLength={DESCRIPTION_MAX_LENGTH}
            {...form.getInputProps('subject')}
            dir="auto"
          />
          <TextInput
            label={t('funding.place')}
            placeholder={t('funding.form.placePlaceholder')}
            maxLength={NAME_MAX_LENGTH}
            {...form.getInputProps('place')}
            dir="auto"
          />
          <OrganizationListField
            label={t('funding.parties')}
            description={t('funding.form.partiesHelp')}
            {...form.getInputProps('parties')}
            value={form.values.parties}
          />
          <ProjectSelect
            label={t('funding.project')}
            {...form.getInputProps('projectId')}
            value={form.values.projectId}
            selected={agreement?.project}
          />
          {error !== null && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
