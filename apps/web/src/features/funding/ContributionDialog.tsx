import { type FormEvent, useId, useState } from 'react';
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
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CONTRIBUTION_KINDS, type ContributionKind, DESCRIPTION_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail, errorField } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';
import type { ContributionFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { type OrganizationOption, OrganizationSelect } from '../organizations/OrganizationSelect';
import { ContributionsDocument, RecordContributionDocument, UpdateContributionDocument } from './operations';
import { ProjectSelect } from './ProjectSelect';

/** The fields of the dialog: an api error about one of them is shown next to it. */
const FIELDS = new Set(['donorId', 'kind', 'amountUsd', 'inKind', 'date', 'projectId', 'purpose']);

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
  const [donor, setDonor] = useState<OrganizationOption | null>(contribution?.donor ?? null);
  const [kind, setKind] = useState<ContributionKind>(contribution?.kind ?? 'PLEDGE');
  const [amount, setAmount] = useState<number | null>(contribution?.amountUsd ?? null);
  const [inKind, setInKind] = useState(contribution?.inKind ?? false);
  const [date, setDate] = useState(contribution?.date ?? '');
  const [projectId, setProjectId] = useState<string | null>(contribution?.project?.id ?? null);
  const [purpose, setPurpose] = useState(contribution?.purpose ?? '');
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [record] = useMutation(RecordContributionDocument, { refetchQueries: [ContributionsDocument] });
  const [update] = useMutation(UpdateContributionDocument, { refetchQueries: [ContributionsDocument] });

  const problems = {
    donorId: donor ? undefined : t('funding.form.donorRequired'),
    amountUsd: amount !== null && amount > 0 ? undefined : t('funding.form.amountRequired'),
    date: date ? undefined : t('funding.form.dateRequired'),
  };
  const serverField = errorField(error);
  const fieldError = (field: string) =>
    (attempted && problems[field as keyof typeof problems]) || (serverField === field ? errorDetail(error) : undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    setError(null);
    if (!donor || amount === null || Object.values(problems).some(Boolean) || saving) return;
    setSaving(true);
    const input = { donorId: donor.id, kind, amountUsd: amount, inKind, date, projectId, purpose: purpose.trim() };
    try {
      if (contribution) await update({ variables: { language, input: { id: contribution.id, ...input } } });
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
      title={contribution ? t('funding.form.editContribution') : t('funding.recordContribution')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <OrganizationSelect
            label={t('funding.donor')}
            description={t('funding.form.donorHelp')}
            placeholder={t('invitations.organizationPlaceholder')}
            required
            value={donor}
            onChange={setDonor}
            error={fieldError('donorId')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id={kindLabelId}>
              {t('funding.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby={kindLabelId}
              value={kind}
              onChange={(value) => setKind(value === 'RECEIPT' ? 'RECEIPT' : 'PLEDGE')}
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
              value={amount ?? ''}
              onChange={(value) => setAmount(typeof value === 'number' ? value : null)}
              error={fieldError('amountUsd')}
              data-autofocus
            />
            <TextInput
              type="date"
              label={t('funding.date')}
              required
              value={date}
              onChange={(event) => setDate(event.currentTarget.value)}
              error={fieldError('date')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('funding.form.inKind')}
            description={t('funding.form.inKindHelp')}
            checked={inKind}
            onChange={(event) => setInKind(event.currentTarget.checked)}
          />
          <ProjectSelect
            label={t('funding.project')}
            description={t('funding.form.projectHelp')}
            value={projectId}
            onChange={setProjectId}
            error={fieldError('projectId')}
          />
          <Textarea
            label={t('funding.purpose')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={DESCRIPTION_MAX_LENGTH}
            value={purpose}
            onChange={(event) => setPurpose(event.currentTarget.value)}
            error={fieldError('purpose')}
            dir="auto"
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
