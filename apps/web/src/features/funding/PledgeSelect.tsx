import { MultiSelect } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useUsd } from '../../i18n/money';
import { DonorPledgesDocument } from './operations';

interface PledgeSelectProps {
  label: string;
  description?: string;
  donorId: string;
  /** Money or in kind: a receipt fulfils pledges of its own nature. */
  inKind: boolean;
  value: string[];
  onChange: (pledgeIds: string[]) => void;
  error?: string;
}

/** The donor's pledges with something still outstanding (and those already chosen), oldest first. */
export function PledgeSelect({ label, description, donorId, inKind, value, onChange, error }: PledgeSelectProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const usd = useUsd();
  const { data } = useQuery(DonorPledgesDocument, { variables: { donorId } });
  const pledges = (data?.contributions.edges ?? [])
    .map((edge) => edge.node)
    .filter((pledge) => pledge.inKind === inKind && ((pledge.outstandingUsd ?? 0) > 0 || value.includes(pledge.id)))
    .sort((a, b) => a.date.localeCompare(b.date));
  return (
    <MultiSelect
      label={label}
      description={description}
      data={pledges.map((pledge) => ({
        value: pledge.id,
        label: t('funding.form.pledgeOption', {
          date: format.date(pledge.date),
          amount: usd.full(pledge.amountUsd),
          outstanding: usd.full(pledge.outstandingUsd ?? 0),
        }),
      }))}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      comboboxProps={{ withinPortal: true }}
      nothingFoundMessage={t('funding.form.noOpenPledges')}
    />
  );
}
