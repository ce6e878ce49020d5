import { type FocusEventHandler, type ReactNode, useMemo, useState } from 'react';
import { Select } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ProjectOptionsDocument, ProjectOptionTitleDocument } from './operations';
import { PICKER_PAGE_SIZE, useMatchCount, useTypedSearch } from './search-select';

export interface ProjectOption {
  id: string;
  title: string;
}

interface ProjectSelectProps {
  label: string;
  description?: ReactNode;
  placeholder?: string;
  value: string | null;
  onChange: (projectId: string | null) => void;
  error?: ReactNode;
  /** The chosen project as the caller already knows it, so that its title needs no look-up. */
  selected?: ProjectOption | null;
  onFocus?: FocusEventHandler<HTMLInputElement>;
  onBlur?: FocusEventHandler<HTMLInputElement>;
}

/**
 * One of the projects the viewer reads, by typing part of its title: the api searches them (there may be
 * thousands) and sends a few; the chosen one is always shown, found or not.
 */
export function ProjectSelect({
  label,
  description,
  placeholder,
  value,
  onChange,
  error,
  selected,
  onFocus,
  onBlur,
}: ProjectSelectProps) {
  const { t } = useTranslation();
  const withCount = useMatchCount();
  // Titles of the projects seen, so that the chosen one keeps its title while other searches run.
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(
    () => new Map(selected ? [[selected.id, selected.title]] : []),
  );
  const knownTitle = value ? (titles.get(value) ?? (selected?.id === value ? selected.title : undefined)) : undefined;
  const lookup = useQuery(ProjectOptionTitleDocument, {
    variables: { id: value ?? '' },
    skip: !value || knownTitle !== undefined,
  });
  const chosenTitle =
    knownTitle ??
    (lookup.data?.project.id === value ? lookup.data.project.title : undefined) ??
    (value && lookup.error ? t('projects.select.unavailable') : undefined);
  const { searchValue, setSearchValue, search } = useTypedSearch(chosenTitle ?? null);
  const { data, loading } = useQuery(ProjectOptionsDocument, {
    variables: { search: search || null, first: PICKER_PAGE_SIZE },
  });

  const found = useMemo(() => data?.projects.edges.map((edge) => edge.node) ?? [], [data]);
  const items = found.map((project) => ({ value: project.id, label: project.title }));
  if (value && chosenTitle !== undefined && !found.some((project) => project.id === value)) {
    items.unshift({ value, label: chosenTitle });
  }

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      error={error}
      searchable
      clearable
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      data={withCount(items, found.length, data?.projects.totalCount)}
      value={value}
      onChange={(id) => {
        const project = found.find((option) => option.id === id);
        if (project && titles.get(project.id) !== project.title) {
          setTitles(new Map([...titles, [project.id, project.title]]));
        }
        onChange(id);
      }}
      onFocus={onFocus}
      onBlur={onBlur}
      // The api already searched the titles.
      filter={({ options }) => options}
      nothingFoundMessage={loading ? t('common.loading') : t('projects.select.noMatch')}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
      clearButtonProps={{ 'aria-label': t('common.clear') }}
    />
  );
}
