import { type FormEvent, useState } from 'react';
import { Anchor, Badge, Button, Group, MultiSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { SEARCH_KINDS, SEARCH_QUERY_MAX_LENGTH, type SearchKind } from '@ctcp/shared';
import { SearchIcon } from '../../components/icons';
import { DayField } from '../../components/DateFields';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import type { SearchQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { SEARCH_MIN_LENGTH } from './hits';
import { SearchDocument } from './operations';
import { ClassificationBadge, WorkspaceSelect } from '../workspaces';
import { SearchSnippet } from './SearchSnippet';

const PAGE_SIZE = 20;

function isSearchKind(value: string): value is SearchKind {
  return (SEARCH_KINDS as readonly string[]).includes(value);
}

/** `updateQuery` for "Load more": the next page's hits after the ones shown. */
function appendSearchPage(previous: SearchQuery, { fetchMoreResult }: { fetchMoreResult: SearchQuery }): SearchQuery {
  return {
    ...fetchMoreResult,
    search: { ...fetchMoreResult.search, edges: [...previous.search.edges, ...fetchMoreResult.search.edges] },
  };
}

/**
 * All results, filtered by kind, workspace and dates. The filters live in the address
 * (/search?q=…&kind=POST&kind=THREAD&workspace=…&from=…&to=…) so that a search can be shared and reloaded.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const kinds = params.getAll('kind').filter(isSearchKind);
  const workspaceId = params.get('workspace');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';

  // The input follows the address when it changes from elsewhere (the palette's "See all results").
  const [text, setText] = useState(query);
  const [shownQuery, setShownQuery] = useState(query);
  if (shownQuery !== query) {
    setShownQuery(query);
    setText(query);
  }
  const [loadingMore, setLoadingMore] = useState(false);

  const ready = query.length >= SEARCH_MIN_LENGTH;
  const { data, loading, error, refetch, fetchMore } = useQuery(SearchDocument, {
    variables: {
      query,
      kinds: kinds.length > 0 ? kinds : null,
      workspaceId,
      from: from || null,
      to: to || null,
      first: PAGE_SIZE,
    },
    skip: !ready,
  });
  const hits = data?.search.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.search.pageInfo;

  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    setParams(next, { replace: true });
  };
  const setParam = (name: string, value: string) =>
    update((next) => (value ? next.set(name, value) : next.delete(name)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A new search is a new entry in the history; filter changes replace the current one.
    const next = new URLSearchParams(params);
    if (text.trim()) next.set('q', text.trim());
    else next.delete('q');
    setParams(next);
  };

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendSearchPage });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Page title={t('search.title')} description={t('search.intro')}>
      <Stack gap="sm">
        <form onSubmit={submit} role="search">
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              type="search"
              label={t('search.queryLabel')}
              placeholder={t('search.placeholder')}
              value={text}
              maxLength={SEARCH_QUERY_MAX_LENGTH}
              onChange={(event) => setText(event.currentTarget.value)}
              leftSection={<SearchIcon size={16} />}
              style={{ flex: 1 }}
              maw={640}
            />
            <Button type="submit">{t('search.submit')}</Button>
          </Group>
        </form>
        <Group align="flex-end" gap="md" wrap="wrap">
          <MultiSelect
            label={t('search.kindsLabel')}
            placeholder={kinds.length === 0 ? t('search.allKinds') : undefined}
            data={SEARCH_KINDS.map((value) => ({ value, label: t(`search.kinds.${value}`) }))}
            value={kinds}
            onChange={(values) =>
              update((next) => {
                next.delete('kind');
                for (const value of values) if (isSearchKind(value)) next.append('kind', value);
              })
            }
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            w={{ base: '100%', sm: 360 }}
            comboboxProps={{ withinPortal: true }}
          />
          <DayField
            label={t('search.from')}
            value={from}
            maxDate={to || undefined}
            onChange={(value) => setParam('from', value)}
          />
          <DayField
            label={t('search.to')}
            value={to}
            minDate={from || undefined}
            onChange={(value) => setParam('to', value)}
          />
          <WorkspaceSelect
            label={t('search.workspaceLabel')}
            placeholder={t('search.allWorkspaces')}
            value={workspaceId}
            onChange={(value) => setParam('workspace', value ?? '')}
            w={{ base: '100%', sm: 320 }}
          />
        </Group>
      </Stack>

      {!ready ? (
        <EmptyState title={t('search.emptyTitle')}>{t('search.emptyHint', { number: SEARCH_MIN_LENGTH })}</EmptyState>
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data && loading ? (
        <LoadingState label={t('search.searching')} />
      ) : hits.length === 0 ? (
        <EmptyState title={t('search.noResultsFor', { query })}>{t('common.tryOtherSearch')}</EmptyState>
      ) : (
        <Stack gap="sm">
          <Text c="dimmed" size="sm" aria-live="polite">
            {t('common.showingOf', {
              shown: format.number(hits.length),
              // "1,234+": a common word matched more than search takes into account.
              total: data ? format.count(data.search) : format.number(hits.length),
            })}
          </Text>
          <Stack
            component="ol"
            gap="sm"
            p={0}
            m={0}
            aria-label={t('search.resultsLabel')}
            style={{ listStyle: 'none' }}
          >
            {hits.map((hit) => (
              <Paper component="li" key={`${hit.kind}:${hit.id}`} withBorder p="md" radius="md">
                <Stack gap={4}>
                  <Group gap="xs" wrap="wrap" justify="space-between">
                    <Group gap="xs" wrap="nowrap" miw={0}>
                      <Badge variant="light" style={{ flexShrink: 0 }}>
                        {t(`search.kinds.${hit.kind}`)}
                      </Badge>
                      <ClassificationBadge classification={hit.classification} />
                      <Anchor component={Link} to={hit.url} fw={600}>
                        <bdi>{hit.title}</bdi>
                      </Anchor>
                    </Group>
                    <Text component="time" dateTime={hit.at} size="sm" c="dimmed">
                      {format.date(hit.at)}
                    </Text>
                  </Group>
                  <SearchSnippet html={hit.snippet} />
                </Stack>
              </Paper>
            ))}
          </Stack>
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
