import { useMemo, useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '@ctcp/shared';
import { useFormatters } from '../i18n/format';
import { OrganizationOptionsDocument } from './operations';

export interface OrganizationOption {
  id: string;
  acronym: string | null;
  name: string;
  kind: OrganizationKind;
}

interface OrganizationSelectProps {
  label: string;
  value: OrganizationOption | null;
  onChange: (organization: OrganizationOption | null) => void;
  description?: string;
  placeholder?: string;
  required?: boolean;
  clearable?: boolean;
  /** Only organizations of this kind (e.g. Member States). */
  kind?: OrganizationKind;
  error?: string;
}

export function organizationLabel(organization: { acronym: string | null; name: string }): string {
  return organization.acronym && organization.acronym !== organization.name
    ? `${organization.acronym} – ${organization.name}`
    : organization.name;
}

/**
 * Picks one organization out of some 250 by typing: the api searches acronyms, ISO codes and names in
 * every language, so the list is filtered there, not here.
 */
export function OrganizationSelect({
  label,
  value,
  onChange,
  description,
  placeholder,
  required,
  clearable,
  kind,
  error,
}: OrganizationSelectProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const [searchValue, setSearchValue] = useState(value ? organizationLabel(value) : '');
  // Once an option is chosen the box shows its label: that is no search.
  const search = value && searchValue === organizationLabel(value) ? '' : searchValue.trim();
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const { data, loading } = useQuery(OrganizationOptionsDocument, {
    variables: { language, search: debouncedSearch || null, kind: kind ?? null },
  });

  const options = useMemo(() => {
    const found: OrganizationOption[] = data?.organizations.edges.map((edge) => edge.node) ?? [];
    // The chosen organization stays an option while other searches run.
    const withValue = value && !found.some((option) => option.id === value.id) ? [value, ...found] : found;
    return withValue;
  }, [data, value]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      required={required}
      error={error}
      clearable={clearable}
      searchable
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      data={options.map((option) => ({ value: option.id, label: organizationLabel(option) }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((option) => option.id === id) ?? null)}
      // The api already filtered by the search text.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('common.loading') : t('organizations.noMatch')}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
      clearButtonProps={{ 'aria-label': t('common.clear') }}
    />
  );
}
