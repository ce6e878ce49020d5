import { useMemo, useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { UserOptionsDocument } from './operations';

export interface UserOption {
  id: string;
  name: string;
  email: string;
  organization: { id: string; acronym: string | null };
}

export function userLabel(user: UserOption): string {
  const acronym = user.organization.acronym ? ` · ${user.organization.acronym}` : '';
  return `${user.name} (${user.email})${acronym}`;
}

interface UserSelectProps {
  label: string;
  value: UserOption | null;
  onChange: (user: UserOption | null) => void;
  description?: string;
  placeholder?: string;
  required?: boolean;
}

/** Picks one person by typing part of their name or email address; the api searches (and filters by need-to-know). */
export function UserSelect({ label, value, onChange, description, placeholder, required }: UserSelectProps) {
  const { t } = useTranslation();
  const [searchValue, setSearchValue] = useState(value ? userLabel(value) : '');
  const search = value && searchValue === userLabel(value) ? '' : searchValue.trim();
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const { data, loading } = useQuery(UserOptionsDocument, {
    variables: { search: debouncedSearch || null, first: 20 },
  });

  const options = useMemo(() => {
    const found: UserOption[] = data?.users.edges.map((edge) => edge.node).filter((user) => !user.disabled) ?? [];
    return value && !found.some((option) => option.id === value.id) ? [value, ...found] : found;
  }, [data, value]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      required={required}
      searchable
      clearable
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      data={options.map((option) => ({ value: option.id, label: userLabel(option) }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((option) => option.id === id) ?? null)}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('common.loading') : t('people.empty')}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
      clearButtonProps={{ 'aria-label': t('common.clear') }}
    />
  );
}
