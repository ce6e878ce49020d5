import { MultiSelect } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLoadAllPages } from '../../components/useLoadAllPages';
import type { DonorPledgesQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useUsd } from '../../i18n/money';
import { DonorPledgesDocument } from './operations';

function appendPledgesPage(
  previous: DonorPledgesQuery,
  { fetchMoreResult }: { fetchMoreResult: DonorPledgesQuery },
): DonorPledgesQuery {
  return {
    ...fetchMoreResult,
    contributions: {
      ...fetchMoreResult.contributions,
      edges: [...previous.contributions.edges, ...fetchMoreResult.contributions.edges],
    },
  };
}

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

/**
 * The donor's pledges with something still outstanding (and those already chosen), oldest first. Every
 * page of the donor's pledges is read: an open pledge may be among the oldest of hundreds.
 */
export function PledgeSelect({ label, description, donorId, inKind, value, onChange, error }: PledgeSelectProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const usd = useUsd();
  const { data, fetchMore } = useQuery(DonorPledgesDocument, { variables: { donorId } });
  const more = useLoadAllPages(donorId, data?.contributions.pageInfo, (after) =>
    fetchMore({ variables: { after }, updateQuery: appendPledgesPage }),
  );
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
      nothingFoundMessage={more.loadingMore ? t('common.loadingMore') : t('funding.form.noOpenPledges')}
    />
  );
}
