import { type FormEvent, useState } from 'react';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_TYPES, type AgreementType, DESCRIPTION_MAX_LENGTH, NAME_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail, errorField } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';
import type { AgreementFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { OrganizationListField } from '../organizations/OrganizationListField';
import type { OrganizationOption } from '../organizations/OrganizationSelect';
import { AgreementsDocument, RecordAgreementDocument, UpdateAgreementDocument } from './operations';
import { ProjectSelect } from './ProjectSelect';

const isType = (value: unknown): value is AgreementType =>
  typeof value === 'string' && (AGREEMENT_TYPES as readonly string[]).includes(value);

/** The fields of the dialog: an api error about one of them is shown next to it. */
const FIELDS = new Set(['type', 'subject', 'dateSigned', 'place', 'partyIds', 'projectId']);

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
  const [type, setType] = useState<AgreementType>(agreement?.type ?? 'MOU');
  const [subject, setSubject] = useState(agreement?.subject ?? '');
  const [dateSigned, setDateSigned] = useState(agreement?.dateSigned ?? '');
  const [place, setPlace] = useState(agreement?.place ?? '');
  const [parties, setParties] = useState<OrganizationOption[]>(agreement?.parties ?? []);
  const [projectId, setProjectId] = useState<string | null>(agreement?.project?.id ?? null);
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [record] = useMutation(RecordAgreementDocument, { refetchQueries: [AgreementsDocument] });
  const [update] = useMutation(UpdateAgreementDocument, { refetchQueries: [AgreementsDocument] });

  const problems: Record<string, string | undefined> = {
    subject: subject.trim() ? undefined : t('funding.form.subjectRequired'),
    dateSigned: dateSigned ? undefined : t('funding.form.dateRequired'),
    partyIds: parties.length >= 2 ? undefined : t('funding.form.partiesRequired'),
  };
  const serverField = errorField(error);
  const fieldError = (field: string) =>
    (attempted && problems[field]) || (serverField === field ? errorDetail(error) : undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    setError(null);
    if (Object.values(problems).some(Boolean) || saving) return;
    setSaving(true);
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
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={agreement ? t('funding.form.editAgreement') : t('funding.recordAgreement')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('funding.agreementType')}
              required
              data={AGREEMENT_TYPES.map((value) => ({ value, label: t(`enums.agreementType.${value}`) }))}
              value={type}
              onChange={(value) => isType(value) && setType(value)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data-autofocus
            />
            <TextInput
              type="date"
              label={t('funding.dateSigned')}
              required
              value={dateSigned}
              onChange={(event) => setDateSigned(event.currentTarget.value)}
              error={fieldError('dateSigned')}
            />
          </SimpleGrid>
          <Textarea
            label={t('funding.subject')}
            required
            autosize
            minRows={2}
            maxRows={6}
            maxLength={DESCRIPTION_MAX_LENGTH}
            value={subject}
            onChange={(event) => setSubject(event.currentTarget.value)}
            error={fieldError('subject')}
            dir="auto"
          />
          <TextInput
            label={t('funding.place')}
            placeholder={t('funding.form.placePlaceholder')}
            maxLength={NAME_MAX_LENGTH}
            value={place}
            onChange={(event) => setPlace(event.currentTarget.value)}
            error={fieldError('place')}
            dir="auto"
          />
          <OrganizationListField
            label={t('funding.parties')}
            description={t('funding.form.partiesHelp')}
            value={parties}
            onChange={setParties}
            error={fieldError('partyIds') || undefined}
          />
          <ProjectSelect
            label={t('funding.project')}
            value={projectId}
            onChange={setProjectId}
            error={fieldError('projectId')}
          />
          {error !== null && !(serverField && FIELDS.has(serverField)) && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
