import { useState } from 'react';
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { ScrollTable } from '../../components/ScrollTable';
import { SearchInput } from '../../components/SearchInput';
import { ToneBadge } from '../../components/ToneBadge';
import { useFormatters } from '../../i18n/format';
import { AsOfInput, useAsOf } from './as-of';
import { CompactEntitiesDocument } from './operations';
import { useLoadAllPages } from '../../components/useLoadAllPages';
import { appendOrganizationsPage } from './pages';

export function EntitiesPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const { asOf, setAsOf, queryAsOf } = useAsOf();
  const variables = { language: format.language, search: debouncedSearch || null, asOf: queryAsOf };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(CompactEntitiesDocument, { variables });
  const shown = data ?? previousData;
  const more = useLoadAllPages(JSON.stringify(variables), data?.organizations.pageInfo, (after) =>
    fetchMore({ variables: { after }, updateQuery: appendOrganizationsPage }),
  );

  const entities = shown?.organizations.edges.map((edge) => edge.node) ?? [];

  return (
    <Page title={t('entities.title')} description={t('entities.intro')}>
      <Group gap="md" align="flex-end" wrap="wrap">
        <SearchInput
          label={t('entities.search')}
          placeholder={t('entities.searchPlaceholder')}
          value={search}
          onChange={setSearch}
        />
        <AsOfInput value={asOf} onChange={setAsOf} />
      </Group>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shown && loading ? (
        <LoadingState />
      ) : entities.length === 0 ? (
        <EmptyState title={t('entities.empty')}>{debouncedSearch ? t('common.tryOtherSearch') : undefined}</EmptyState>
      ) : (
        <Stack gap="sm">
          <Text c="dimmed" size="sm" aria-live="polite">
            {t('common.showingOf', {
              shown: format.number(entities.length),
              total: format.number(shown?.organizations.totalCount ?? entities.length),
            })}
          </Text>
          <ScrollTable label={t('entities.tableLabel')} minWidth={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organizations.acronym')}</Table.Th>
                <Table.Th scope="col">{t('organizations.name')}</Table.Th>
                <Table.Th scope="col">{t('organizations.entityType')}</Table.Th>
                <Table.Th scope="col">{t('organizations.compactStatus')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entities.map((entity) => (
                <Table.Tr key={entity.id}>
                  <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component={Link} to={`/organizations/${entity.id}`} inherit>
                      <bdi>{entity.acronym ?? entity.name}</bdi>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="wrap">
                      <bdi>{entity.name}</bdi>
                      {!entity.confirmed && <ToneBadge tone="warning">{t('organizations.unconfirmed')}</ToneBadge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{entity.entityType ? t(`enums.entityType.${entity.entityType}`) : '—'}</Table.Td>
                  <Table.Td>
                    <ToneBadge tone={entity.status === 'MEMBER' ? 'success' : 'neutral'}>
                      {t(`enums.compactStatus.${entity.status}`)}
                    </ToneBadge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
          {more.loadingMore && <LoadingState label={t('common.loadingMore')} />}
          {more.error !== null && <ErrorState error={more.error} />}
          <Text size="sm" c="dimmed">
            {t('organizations.unconfirmedNote')}
          </Text>
        </Stack>
      )}
    </Page>
  );
}
