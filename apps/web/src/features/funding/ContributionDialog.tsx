import { useId, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CONTRIBUTION_KINDS, type ContributionKind, DESCRIPTION_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import type { ContributionFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { type OrganizationOption, OrganizationSelect } from '../../components/OrganizationSelect';
import { ContributionsDocument, RecordContributionDocument, UpdateContributionDocument } from './operations';
import { ProjectSelect } from './ProjectSelect';

interface ContributionValues {
  donor: OrganizationOption | null;
  kind: ContributionKind;
  amountUsd: number | null;
  inKind: boolean;
  date: string;
  projectId: string | null;
  purpose: string;
}

/** The fields of the dialog shown with an error next to them: an api error about one of them is shown there. */
const FIELDS = [
  'donor',
  'amountUsd',
  'inKind',
  'date',
  'projectId',
  'purpose',
] as const satisfies readonly (keyof ContributionValues)[];

/** The api's names of fields that the dialog shows under another name. */
const FIELD_OF_INPUT = { donorId: 'donor' } as const;

interface ContributionDialogProps {
  /** The contribution to change; null records a new one. */
  contribution: ContributionFieldsFragment | null;
  onClose: () => void;
}

/** A pledge or a receipt from a donor (a State, the EU, another organization). */
export function ContributionDialog({ contribution, onClose }: ContributionDialogProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const errorTitle = useErrorTitle();
  const kindLabelId = useId();
  const form = useForm<ContributionValues>({
    mode: 'controlled',
    initialValues: {
      donor: contribution?.donor ?? null,
      kind: contribution?.kind ?? 'PLEDGE',
      amountUsd: contribution?.amountUsd ?? null,
      inKind: contribution?.inKind ?? false,
      date: contribution?.date ?? '',
      projectId: contribution?.project?.id ?? null,
      purpose: contribution?.purpose ?? '',
    },
    validate: {
      donor: (value) => (value ? null : t('funding.form.donorRequired')),
      amountUsd: (value) => (value !== null && value > 0 ? null : t('funding.form.amountRequired')),
      date: (value) => (value ? null : t('funding.form.dateRequired')),
    },
  });
  const fieldErrors = useFieldErrors(form);
  // An api error about none of the fields: shown above the buttons.
  const [error, setError] = useState<unknown>(null);
  const [record] = useMutation(RecordContributionDocument, { refetchQueries: [ContributionsDocument] });
  const [update] = useMutation(UpdateContributionDocument, { refetchQueries: [ContributionsDocument] });

  const submit = async ({ donor, kind, amountUsd, inKind, date, projectId, purpose }: ContributionValues) => {
    if (!donor || amountUsd === null) return;
    const input = { donorId: donor.id, kind, amountUsd, inKind, date, projectId, purpose: purpose.trim() };
    try {
      if (contribution) await update({ variables: { language, input: { id: contribution.id, ...input } } });
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
      title={contribution ? t('funding.form.editContribution') : t('funding.recordContribution')}
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
          <OrganizationSelect
            label={t('funding.donor')}
            description={t('funding.form.donorHelp')}
            placeholder={t('invitations.organizationPlaceholder')}
            required
            {...form.getInputProps('donor')}
            value={form.values.donor}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id={kindLabelId}>
              {t('funding.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby={kindLabelId}
              {...form.getInputProps('kind', { withError: false })}
              data={CONTRIBUTION_KINDS.map((value) => ({ value, label: t(`enums.contributionKind.${value}`) }))}
              w="fit-content"
            />
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NumberInput
              label={t('funding.amountUsd')}
              required
              min={0}
              allowNegative={false}
              decimalScale={2}
              thousandSeparator=","
              {...form.getInputProps('amountUsd')}
              value={form.values.amountUsd ?? ''}
              onChange={(value) => form.setFieldValue('amountUsd', typeof value === 'number' ? value : null)}
              data-autofocus
            />
            <TextInput type="date" label={t('funding.date')} required {...form.getInputProps('date')} />
          </SimpleGrid>
          <Checkbox
            label={t('funding.form.inKind')}
            description={t('funding.form.inKindHelp')}
            {...form.getInputProps('inKind', { type: 'checkbox' })}
          />
          <ProjectSelect
            label={t('funding.project')}
            description={t('funding.form.projectHelp')}
            {...form.getInputProps('projectId')}
            value={form.values.projectId}
          />
          <Textarea
            label={t('funding.purpose')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={DESCRIPTION_MAX_LENGTH}
            {...form.getInputProps('purpose')}
            dir="auto"
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
