import { useState } from 'react';
import { Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import '@mantine/spotlight/styles.css';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { SEARCH_QUERY_MAX_LENGTH } from '@ctcp/shared';
import { SearchIcon } from '../../components/icons';
import { useErrorTitle } from '../../components/QueryStates';
import { groupByKind, SEARCH_MIN_LENGTH, searchPagePath } from './hits';
import { SearchDocument } from './operations';
import { searchPaletteStore } from './search-palette-store';
import { ClassificationBadge } from '../workspaces';
import { SearchSnippet } from './SearchSnippet';

/** Enough to pick from at a glance; the results page has the rest. */
const PALETTE_HIT_COUNT = 12;

/**
 * The command palette (Ctrl+K or Cmd+K): hits as one types, grouped by kind, and a way to all results.
 * Loaded on first use by <SearchPaletteOnDemand>, which owns the shortcut.
 */
export function SearchPalette() {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 250);
  const ready = debouncedQuery.length >= SEARCH_MIN_LENGTH;
  const { data, previousData, loading, error } = useQuery(SearchDocument, {
    variables: { query: debouncedQuery, first: PALETTE_HIT_COUNT },
    skip: !ready,
  });
  const shown = ready ? (data ?? previousData) : undefined;
  const groups = groupByKind(shown?.search.edges.map((edge) => edge.node) ?? []);
  const trimmed = query.trim();

  const status = !ready
    ? t('search.typeMore', { number: SEARCH_MIN_LENGTH })
    : error
      ? errorTitle(error)
      : !shown && loading
        ? t('search.searching')
        : groups.length === 0
          ? t('search.noResultsFor', { query: debouncedQuery })
          : null;

  return (
    <Spotlight.Root
      store={searchPaletteStore}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      scrollable
      maxHeight={480}
      // The palette has no visible title: its dialog is named for screen readers here.
      attributes={{ content: { 'aria-label': t('search.title') } }}
    >
      <Spotlight.Search
        placeholder={t('search.placeholder')}
        aria-label={t('search.queryLabel')}
        maxLength={SEARCH_QUERY_MAX_LENGTH}
        leftSection={<SearchIcon size={18} />}
      />
      <Spotlight.ActionsList aria-label={t('search.resultsLabel')}>
        {status && (
          <Text c="dimmed" size="sm" ta="center" py="md" role="status">
            {status}
          </Text>
        )}
        {groups.map((group) => (
          <Spotlight.ActionsGroup key={group.kind} label={t(`search.kinds.${group.kind}`)}>
            {group.hits.map((hit) => (
              <Spotlight.Action key={`${hit.kind}:${hit.id}`} onClick={() => void navigate(hit.url)}>
                <Stack gap={2} align="flex-start" ta="start" w="100%">
                  <Group gap="xs" wrap="nowrap">
                    <Text fw={500} size="sm" component="span">
                      <bdi>{hit.title}</bdi>
                    </Text>
                    <ClassificationBadge classification={hit.classification} />
                  </Group>
                  <SearchSnippet html={hit.snippet} />
                </Stack>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {trimmed.length >= SEARCH_MIN_LENGTH && (
          <Spotlight.Action
            label={t('search.seeAll')}
            description={t('search.seeAllFor', { query: trimmed })}
            leftSection={<SearchIcon size={18} />}
            onClick={() => void navigate(searchPagePath(trimmed))}
          />
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
