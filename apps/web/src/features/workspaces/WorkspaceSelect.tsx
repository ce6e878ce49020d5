import { type ReactNode, useMemo } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PICKER_PAGE_SIZE, useMatchCount, useTypedSearch } from '../../components/search-select';
import { useFormatters } from '../../i18n/format';
import { WorkspaceOptionNameDocument, WorkspaceOptionsDocument } from './operations';
import { workspaceName } from './roles';

interface WorkspaceSelectProps {
  label: string;
  placeholder?: string;
  description?: ReactNode;
  value: string | null;
  onChange: (workspaceId: string | null) => void;
  w?: SelectProps['w'];
}

/**
 * One of the workspaces the viewer reads, by typing part of its name: the api searches them (there may be
 * thousands) and sends a few; the chosen one is always shown, found or not.
 */
export function WorkspaceSelect({ label, placeholder, description, value, onChange, w }: WorkspaceSelectProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const withCount = useMatchCount();
  // The chosen workspace's name: from the api, since the address may name one that no search found yet.
  const chosen = useQuery(WorkspaceOptionNameDocument, { variables: { id: value ?? '', language }, skip: !value });
  const chosenName =
    value && chosen.data?.workspace.id === value
      ? workspaceName(chosen.data.workspace)
      : value && chosen.error
        ? t('workspaces.select.unavailable')
        : null;
  const { searchValue, setSearchValue, search } = useTypedSearch(chosenName);
  const { data, loading } = useQuery(WorkspaceOptionsDocument, {
    variables: { search: search || null, first: PICKER_PAGE_SIZE, language },
  });

  const found = useMemo(() => data?.workspaces.edges.map((edge) => edge.node) ?? [], [data]);
  const items = found.map((workspace) => ({ value: workspace.id, label: workspaceName(workspace) }));
  if (value && chosenName !== null && !found.some((workspace) => workspace.id === value)) {
    items.unshift({ value, label: chosenName });
  }

  return (
    <Select
      label={label}
      placeholder={placeholder}
      description={description}
      searchable
      clearable
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      data={withCount(items, found.length, data?.workspaces.totalCount)}
      value={value}
      onChange={onChange}
      // The api already searched the names.
      filter={({ options }) => options}
      nothingFoundMessage={loading ? t('common.loading') : t('workspaces.select.noMatch')}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      w={w}
    />
  );
}
