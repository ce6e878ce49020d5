import { useState } from 'react';
import { Anchor, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { ScrollTable } from '../../components/ScrollTable';
import { SearchInput } from '../../components/SearchInput';
import { ToneBadge } from '../../components/ToneBadge';
import type { PeopleQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { type OrganizationOption, OrganizationSelect } from '../../components/OrganizationSelect';
import { PeopleDocument } from './operations';
import { PersonActions } from './PersonActions';
import { isPlatformRole, PLATFORM_ROLES, type PlatformRole } from './roles';

/** `updateQuery` for "Load more": the next page's people after the ones shown. */
function appendPeoplePage(previous: PeopleQuery, { fetchMoreResult }: { fetchMoreResult: PeopleQuery }): PeopleQuery {
  return {
    ...fetchMoreResult,
    users: { ...fetchMoreResult.users, edges: [...previous.users.edges, ...fetchMoreResult.users.edges] },
  };
}

export function PeoplePage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [organization, setOrganization] = useState<OrganizationOption | null>(null);
  const [role, setRole] = useState<PlatformRole | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(PeopleDocument, {
    variables: {
      language: format.language,
      search: debouncedSearch || null,
      organizationId: organization?.id ?? null,
      role,
    },
  });
  const shown = data ?? previousData;
  const people = shown?.users.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.users.pageInfo;
  const showActions = people.some((person) => person.viewerCanChangeRole || person.viewerCanDisable);

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendPeoplePage });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Page title={t('people.title')} description={t('people.intro')}>
      <Group align="flex-end" gap="md" wrap="wrap">
        <SearchInput
          label={t('people.search')}
          placeholder={t('people.searchPlaceholder')}
          value={search}
          onChange={setSearch}
        />
        <Stack gap={0} w={{ base: '100%', sm: 300 }}>
          <OrganizationSelect
            label={t('people.organizationFilter')}
            placeholder={t('people.anyOrganization')}
            value={organization}
            onChange={setOrganization}
            clearable
          />
        </Stack>
        <Select
          label={t('people.roleFilter')}
          placeholder={t('people.anyRole')}
          data={PLATFORM_ROLES.map((value) => ({ value, label: t(`enums.role.${value}`) }))}
          value={role}
          onChange={(value) => setRole(isPlatformRole(value) ? value : null)}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          w={{ base: '100%', sm: 200 }}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>

      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shown && loading ? (
        <LoadingState />
      ) : people.length === 0 ? (
        <EmptyState title={t('people.empty')}>{t('common.tryOtherSearch')}</EmptyState>
      ) : (
        <Stack gap="sm">
          <Text c="dimmed" size="sm" aria-live="polite">
            {t('common.showingOf', {
              shown: format.number(people.length),
              total: format.number(shown?.users.totalCount ?? people.length),
            })}
          </Text>
          <ScrollTable label={t('people.tableLabel')} minWidth={showActions ? 960 : 760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('users.name')}</Table.Th>
                <Table.Th scope="col">{t('users.email')}</Table.Th>
                <Table.Th scope="col">{t('users.organization')}</Table.Th>
                <Table.Th scope="col">{t('users.role')}</Table.Th>
                <Table.Th scope="col">{t('users.status')}</Table.Th>
                {showActions && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Td fw={500} style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component={Link} to={`/people/${person.id}`} inherit>
                      <bdi>{person.name}</bdi>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Anchor href={`mailto:${person.email}`} inherit>
                      <bdi>{person.email}</bdi>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/organizations/${person.organization.id}`} inherit>
                      <bdi>{person.organization.acronym ?? person.organization.name}</bdi>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <span>{t(`enums.role.${person.role}`)}</span>
                      {person.isOrganizationAdmin && <ToneBadge tone="info">{t('users.organizationAdmin')}</ToneBadge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {person.disabled ? (
                      <ToneBadge tone="danger">{t('users.disabled')}</ToneBadge>
                    ) : (
                      <ToneBadge tone="success">{t('users.active')}</ToneBadge>
                    )}
                  </Table.Td>
                  {showActions && (
                    <Table.Td>
                      <PersonActions
                        person={person}
                        canChangeRole={person.viewerCanChangeRole}
                        canDisable={person.viewerCanDisable}
                      />
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
    </Page>
  );
}
