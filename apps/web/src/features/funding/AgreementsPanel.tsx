import { useState } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_TYPES, type AgreementType } from '@ctcp/shared';
import { PlusIcon } from '../../components/icons';
import { DayField } from '../../components/DateFields';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { ScrollTable } from '../../components/ScrollTable';
import { ToneBadge } from '../../components/ToneBadge';
import type { AgreementFieldsFragment, AgreementsQuery } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { useViewerCan } from '../../session';
import { AgreementDialog } from './AgreementDialog';
import { AgreementsDocument } from './operations';

const isType = (value: unknown): value is AgreementType =>
  typeof value === 'string' && (AGREEMENT_TYPES as readonly string[]).includes(value);

type Dialog = { agreement: AgreementFieldsFragment | null } | null;

function appendAgreementsPage(
  previous: AgreementsQuery,
  { fetchMoreResult }: { fetchMoreResult: AgreementsQuery },
): AgreementsQuery {
  return {
    ...fetchMoreResult,
    agreements: {
      ...fetchMoreResult.agreements,
      edges: [...previous.agreements.edges, ...fetchMoreResult.agreements.edges],
    },
  };
}

export function AgreementsPanel() {
  const { t } = useTranslation();
  const format = useFormatters();
  const can = useViewerCan();
  const [type, setType] = useState<AgreementType | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AgreementsDocument, {
    variables: { language: format.language, filter: { type, from: from || null, to: to || null } },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const agreements = shown?.agreements.edges.map((edge) => edge.node) ?? [];
  const recorder = can.recordFunding;
  const pageInfo = data?.agreements.pageInfo;

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendAgreementsPage });
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
          cols={{ base: 1, xs: 3 }}
          spacing="md"
          style={{ flex: 1 }}
          maw={720}
        >
          <Select
            label={t('funding.agreementType')}
            placeholder={t('projects.filters.any')}
            data={AGREEMENT_TYPES.map((value) => ({ value, label: t(`enums.agreementType.${value}`) }))}
            value={type}
            onChange={(value) => setType(isType(value) ? value : null)}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            comboboxProps={{ withinPortal: true }}
          />
          <DayField label={t('activities.from')} value={from} maxDate={to || undefined} onChange={setFrom} />
          <DayField label={t('activities.to')} value={to} minDate={from || undefined} onChange={setTo} />
        </SimpleGrid>
        {recorder && (
          <Button leftSection={<PlusIcon size={18} />} onClick={() => setDialog({ agreement: null })}>
            {t('funding.recordAgreement')}
          </Button>
        )}
      </Group>
      {error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shown && loading ? (
        <LoadingState />
      ) : agreements.length === 0 ? (
        <EmptyState title={t('funding.noAgreements')} />
      ) : (
        <Stack gap="sm">
          <Text c="dimmed" size="sm" aria-live="polite">
            {t('common.showingOf', {
              shown: format.number(agreements.length),
              total: format.number(shown?.agreements.totalCount ?? agreements.length),
            })}
          </Text>
          <ScrollTable label={t('funding.agreements')} minWidth={860}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('funding.dateSigned')}</Table.Th>
                <Table.Th scope="col">{t('funding.agreementType')}</Table.Th>
                <Table.Th scope="col">{t('funding.subject')}</Table.Th>
                <Table.Th scope="col">{t('funding.parties')}</Table.Th>
                <Table.Th scope="col">{t('funding.place')}</Table.Th>
                {recorder && (
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agreements.map((agreement) => (
                <Table.Tr key={agreement.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(agreement.dateSigned)}</Table.Td>
                  <Table.Td>
                    <ToneBadge tone="info">{t(`enums.agreementType.${agreement.type}`)}</ToneBadge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={3}>
                      <bdi>{agreement.subject}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{agreement.parties.map((party) => party.acronym ?? party.name).join(', ')}</bdi>
                  </Table.Td>
                  <Table.Td>{agreement.place ?? '—'}</Table.Td>
                  {recorder && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => setDialog({ agreement })}
                        aria-label={t('funding.editAgreementOf', { subject: isolate(agreement.subject.slice(0, 80)) })}
                      >
                        {t('funding.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
          {pageInfo?.hasNextPage && (
            <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
              {t('common.loadMore')}
            </Button>
          )}
        </Stack>
      )}
      {dialog && <AgreementDialog agreement={dialog.agreement} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
