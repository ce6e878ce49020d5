import { useId, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CONTRIBUTION_KINDS, type ContributionKind, DESCRIPTION_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { DayField } from '../../components/DateFields';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import type { ContributionFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useUsd } from '../../i18n/money';
import { type OrganizationOption, OrganizationSelect } from '../../components/OrganizationSelect';
import { ContributionsDocument, RecordContributionDocument, UpdateContributionDocument } from './operations';
import { CURRENCIES, usdValue } from './currencies';
import { PledgeSelect } from './PledgeSelect';
import { ProjectSelect } from '../../components/ProjectSelect';

interface ContributionValues {
  donor: OrganizationOption | null;
  kind: ContributionKind;
  currency: string;
  /** In the currency: US dollars for USD. */
  amount: number | null;
  /** USD per unit of a currency other than USD; as typed until it is a number (e.g. "1.0"). */
  usdRate: number | string | null;
  /** The day of the rate; the contribution's date when empty. */
  rateDate: string;
  inKind: boolean;
  date: string;
  projectId: string | null;
  purpose: string;
  /** On a receipt: the pledges of the same donor it fulfils. */
  fulfilsPledgeIds: string[];
}

/** The fields of the dialog shown with an error next to them: an api error about one of them is shown there. */
const FIELDS = [
  'donor',
  'currency',
  'amount',
  'usdRate',
  'rateDate',
  'inKind',
  'date',
  'projectId',
  'purpose',
  'fulfilsPledgeIds',
] as const satisfies readonly (keyof ContributionValues)[];

/** The api's names of fields that the dialog shows under another name. */
const FIELD_OF_INPUT = { donorId: 'donor', amountUsd: 'amount' } as const;

/** A rate above zero, or null while there is none. */
function rateOf(value: number | string | null): number | null {
  const rate = typeof value === 'number' ? value : Number(value ?? '');
  return value !== null && value !== '' && Number.isFinite(rate) && rate > 0 ? rate : null;
}

interface ContributionDialogProps {
  /** The contribution to change; null records a new one. */
  contribution: ContributionFieldsFragment | null;
  onClose: () => void;
}

/** A pledge or a receipt from a donor (a State, the EU, another organization). */
export function ContributionDialog({ contribution, onClose }: ContributionDialogProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const usd = useUsd();
  const errorTitle = useErrorTitle();
  const kindLabelId = useId();
  const form = useForm<ContributionValues>({
    mode: 'controlled',
    initialValues: {
      donor: contribution?.donor ?? null,
      kind: contribution?.kind ?? 'PLEDGE',
      currency: contribution?.currency ?? 'USD',
      amount: contribution?.amount ?? null,
      usdRate: contribution && contribution.currency !== 'USD' ? contribution.usdRate : null,
      rateDate: contribution && contribution.rateDate !== contribution.date ? contribution.rateDate : '',
      inKind: contribution?.inKind ?? false,
      date: contribution?.date ?? '',
      projectId: contribution?.project?.id ?? null,
      purpose: contribution?.purpose ?? '',
      fulfilsPledgeIds: contribution?.fulfils.map((row) => row.pledge.id) ?? [],
    },
    validate: {
      donor: (value) => (value ? null : t('funding.form.donorRequired')),
      amount: (value) => (value !== null && value > 0 ? null : t('funding.form.amountRequired')),
      usdRate: (value, values) =>
        values.currency === 'USD' || rateOf(value) !== null ? null : t('funding.form.rateRequired'),
      date: (value) => (value ? null : t('funding.form.dateRequired')),
    },
  });
  const fieldErrors = useFieldErrors(form);
  const rate = rateOf(form.values.usdRate);
  // An api error about none of the fields: shown above the buttons.
  const [error, setError] = useState<unknown>(null);
  const [record] = useMutation(RecordContributionDocument, { refetchQueries: [ContributionsDocument] });
  const [update] = useMutation(UpdateContributionDocument, { refetchQueries: [ContributionsDocument] });

  const submit = async (values: ContributionValues) => {
    const { donor, kind, currency, amount, usdRate, rateDate, inKind, date, projectId, purpose } = values;
    if (!donor || amount === null) return;
    // US dollars as before; another currency with its amount, rate and the day of the rate.
    const money =
      currency === 'USD'
        ? { amountUsd: amount }
        : { currency, amount, usdRate: rateOf(usdRate), rateDate: rateDate || null };
    const input = {
      donorId: donor.id,
      kind,
      ...money,
      inKind,
      date,
      projectId,
      purpose: purpose.trim(),
      fulfilsPledgeIds: kind === 'RECEIPT' ? values.fulfilsPledgeIds : [],
    };
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
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Select
              label={t('funding.form.currency')}
              data={[...CURRENCIES]}
              allowDeselect={false}
              searchable
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('currency')}
            />
            <NumberInput
              label={
                form.values.currency === 'USD'
                  ? t('funding.amountUsd')
                  : t('funding.form.amountIn', { currency: form.values.currency })
              }
              required
              min={0}
              allowNegative={false}
              decimalScale={2}
              thousandSeparator=","
              {...form.getInputProps('amount')}
              value={form.values.amount ?? ''}
              onChange={(value) => form.setFieldValue('amount', typeof value === 'number' ? value : null)}
              data-autofocus
            />
            <DayField label={t('funding.date')} required {...form.getInputProps('date')} />
          </SimpleGrid>
          {form.values.currency !== 'USD' && (
            <Stack gap={4}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <NumberInput
                  label={t('funding.form.usdRate', { currency: form.values.currency })}
                  required
                  min={0}
                  allowNegative={false}
                  decimalScale={8}
                  {...form.getInputProps('usdRate')}
                  value={form.values.usdRate ?? ''}
                  onChange={(value) => form.setFieldValue('usdRate', value === '' ? null : value)}
                />
                <DayField
                  label={t('funding.form.rateDate')}
                  description={t('funding.form.rateDateHelp')}
                  {...form.getInputProps('rateDate')}
                />
              </SimpleGrid>
              {form.values.amount !== null && rate !== null && (
                <Text size="sm" aria-live="polite">
                  {t('funding.form.usdValue', { amount: usd.full(usdValue(form.values.amount, rate)) })}
                </Text>
              )}
            </Stack>
          )}
          <Checkbox
            label={t('funding.form.inKind')}
            description={t('funding.form.inKindHelp')}
            {...form.getInputProps('inKind', { type: 'checkbox' })}
          />
          {form.values.kind === 'RECEIPT' && form.values.donor && (
            <PledgeSelect
              label={t('funding.form.fulfils')}
              description={t('funding.form.fulfilsHelp')}
              donorId={form.values.donor.id}
              inKind={form.values.inKind}
              {...form.getInputProps('fulfilsPledgeIds')}
              value={form.values.fulfilsPledgeIds}
            />
          )}
          <ProjectSelect
            label={t('funding.project')}
            description={t('funding.form.projectHelp')}
            {...form.getInputProps('projectId')}
            value={form.values.projectId}
            selected={contribution?.project}
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
