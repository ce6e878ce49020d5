import { useState } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CONTRIBUTION_KINDS, type ContributionKind } from '@ctcp/shared';
import { isolate } from '../../i18n/bidi';
import { PlusIcon } from '../../components/icons';
import { DayField } from '../../components/DateFields';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import type { ContributionFieldsFragment, ContributionsQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useViewerCan } from '../../session';
import { type OrganizationOption, OrganizationSelect } from '../../components/OrganizationSelect';
import { ContributionDialog } from './ContributionDialog';
import { ContributionTable } from './ContributionTable';
import { ContributionsDocument } from './operations';

const isKind = (value: unknown): value is ContributionKind =>
  typeof value === 'string' && (CONTRIBUTION_KINDS as readonly string[]).includes(value);

type Dialog = { contribution: ContributionFieldsFragment | null } | null;

function appendContributionsPage(
  previous: ContributionsQuery,
  { fetchMoreResult }: { fetchMoreResult: ContributionsQuery },
): ContributionsQuery {
  return {
    ...fetchMoreResult,
    contributions: {
      ...fetchMoreResult.contributions,
      edges: [...previous.contributions.edges, ...fetchMoreResult.contributions.edges],
    },
  };
}

export function ContributionsPanel() {
  const { t } = useTranslation();
  const format = useFormatters();
  const can = useViewerCan();
  const [donor, setDonor] = useState<OrganizationOption | null>(null);
  const [kind, setKind] = useState<ContributionKind | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ContributionsDocument, {
    variables: {
      language: format.language,
      filter: { donorId: donor?.id ?? null, kind, from: from || null, to: to || null },
    },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const contributions = shown?.contributions.edges.map((edge) => edge.node) ?? [];
  const recorder = can.recordFunding;
  const pageInfo = data?.contributions.pageInfo;

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendContributionsPage });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="md">
        <SimpleGrid
          component="section"
          aria-label={t('funding.filters')}
          cols={{ base: 1, xs: 2, md: 4 }}
          spacing="md"
          style={{ flex: 1 }}
        >
          <OrganizationSelect
            label={t('funding.donor')}
            placeholder={t('projects.filters.any')}
            value={donor}
            onChange={setDonor}
            clearable
          />
          <Select
            label={t('funding.kind')}
            placeholder={t('projects.filters.any')}
            data={CONTRIBUTION_KINDS.map((value) => ({ value, label: t(`enums.contributionKind.${value}`) }))}
            value={kind}
            onChange={(value) => setKind(isKind(value) ? value : null)}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            comboboxProps={{ withinPortal: true }}
          />
          <DayField label={t('activities.from')} value={from} maxDate={to || undefined} onChange={setFrom} />
          <DayField label={t('activities.to')} value={to} minDate={from || undefined} onChange={setTo} />
        </SimpleGrid>
        {recorder && (
          <Button leftSection={<PlusIcon size={18} />} onClick={() => setDialog({ contribution: null })}>
            {t('funding.recordContribution')}
          </Button>
        )}
      </Group>
      {error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shown && loading ? (
        <LoadingState />
      ) : contributions.length === 0 ? (
        <EmptyState title={t('funding.noContributions')} />
      ) : (
        <Stack gap="sm">
          <Text c="dimmed" size="sm" aria-live="polite">
            {t('common.showingOf', {
              shown: format.number(contributions.length),
              total: format.number(shown?.contributions.totalCount ?? contributions.length),
            })}
          </Text>
          <ContributionTable
            label={t('funding.contributions')}
            contributions={contributions}
            action={
              recorder
                ? (contribution) => (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setDialog({ contribution })}
                      aria-label={t('funding.editContributionOf', {
                        donor: isolate(contribution.donor.name),
                        date: format.date(contribution.date),
                      })}
                    >
                      {t('funding.edit')}
                    </Button>
                  )
                : undefined
            }
          />
          {pageInfo?.hasNextPage && (
            <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
              {t('common.loadMore')}
            </Button>
          )}
        </Stack>
      )}
      {dialog && <ContributionDialog contribution={dialog.contribution} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
