import { useMemo } from 'react';
import { MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../i18n/countries';
import { useFormatters } from '../i18n/format';

function useCountryOptions() {
  const { language } = useFormatters();
  return useMemo(() => countryOptions(language), [language]);
}

interface CountrySelectProps {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  placeholder?: string;
  error?: string;
  required?: boolean;
}

/** One country by its name in the UI language; the value is its ISO alpha-2 code. */
export function CountrySelect({ label, value, onChange, placeholder, error, required }: CountrySelectProps) {
  const { t } = useTranslation();
  const options = useCountryOptions();
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={options}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      nothingFoundMessage={t('organizations.noMatch')}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
    />
  );
}

interface CountryMultiSelectProps {
  label: string;
  value: string[];
  onChange: (codes: string[]) => void;
  description?: string;
  error?: string;
}

export function CountryMultiSelect({ label, value, onChange, description, error }: CountryMultiSelectProps) {
  const { t } = useTranslation();
  const options = useCountryOptions();
  return (
    <MultiSelect
      label={label}
      description={description}
      data={options}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      nothingFoundMessage={t('organizations.noMatch')}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
    />
  );
}
