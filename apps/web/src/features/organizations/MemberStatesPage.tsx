import { useState } from 'react';
import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { SearchInput } from '../../components/SearchInput';
import { ToneBadge } from '../../components/ToneBadge';
import { useFormatters } from '../../i18n/format';
import { AsOfInput, useAsOf } from './as-of';
import { MemberStatesDocument } from './operations';
import { useLoadAllPages } from '../../components/useLoadAllPages';
import { appendOrganizationsPage } from './pages';
import { groupByRegionalGroup } from './regional-groups';

export function MemberStatesPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const { asOf, setAsOf, queryAsOf } = useAsOf();
  const variables = { language: format.language, search: debouncedSearch || null, asOf: queryAsOf };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(MemberStatesDocument, { variables });
  const shown = data ?? previousData;
  const more = useLoadAllPages(JSON.stringify(variables), data?.organizations.pageInfo, (after) =>
    fetchMore({ variables: { after }, updateQuery: appendOrganizationsPage }),
  );

  const states = shown?.organizations.edges.map((edge) => edge.node) ?? [];
  // Grouping needs every State: show the groups once the last page is in.
  const complete = !more.loadingMore;
  const sections = groupByRegionalGroup(states);

  return (
    <Page title={t('states.title')} description={t('states.intro')}>
      <Group gap="md" align="flex-end" wrap="wrap">
        <SearchInput
          label={t('states.search')}
          placeholder={t('states.searchPlaceholder')}
          value={search}
          onChange={setSearch}
        />
        <AsOfInput value={asOf} onChange={setAsOf} />
      </Group>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (!shown && loading) || !complete ? (
        more.error !== null ? (
          <ErrorState error={more.error} />
        ) : (
          <LoadingState />
        )
      ) : states.length === 0 ? (
        <EmptyState title={t('states.empty')}>{debouncedSearch ? t('common.tryOtherSearch') : undefined}</EmptyState>
      ) : (
        <Stack gap="xl">
          <Text c="dimmed" size="sm" aria-live="polite">
            {t('common.showingOf', {
              shown: format.number(states.length),
              total: format.number(shown?.organizations.totalCount ?? states.length),
            })}
          </Text>
          {sections.map((section) => {
            const headingId = `group-${section.group ?? 'none'}`;
            return (
              <section key={headingId} aria-labelledby={headingId}>
                <Group gap="sm" mb="sm" align="baseline">
                  <Title order={2} size="h3" id={headingId}>
                    {section.group ? t(`enums.regionalGroup.${section.group}`) : t('states.noRegionalGroup')}
                  </Title>
                  <Text c="dimmed" size="sm">
                    {t('states.groupCount', { number: format.number(section.states.length) })}
                  </Text>
                </Group>
                <SimpleGrid component="ul" className="plain-list" cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="xs">
                  {section.states.map((state) => (
                    <li key={state.id}>
                      <Paper withBorder radius="sm" px="sm" py={8} h="100%">
                        <Group gap="xs" justify="space-between" align="center" wrap="nowrap">
                          <Anchor component={Link} to={`/organizations/${state.id}`} fw={500}>
                            <bdi>{state.name}</bdi>
                          </Anchor>
                          <Group gap={6} wrap="nowrap">
                            {!state.confirmed && <ToneBadge tone="warning">{t('organizations.unconfirmed')}</ToneBadge>}
                            {state.countryCode && (
                              <Text component="abbr" size="xs" c="dimmed" ff="monospace" title={state.name}>
                                {state.countryCode}
                              </Text>
                            )}
                          </Group>
                        </Group>
                      </Paper>
                    </li>
                  ))}
                </SimpleGrid>
              </section>
            );
          })}
        </Stack>
      )}
    </Page>
  );
}
