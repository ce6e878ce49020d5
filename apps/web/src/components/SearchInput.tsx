import { TextInput } from '@mantine/core';
import { SEARCH_MAX_LENGTH } from '@ctcp/shared';
import { SearchIcon } from './icons';

interface SearchInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}

export function SearchInput({ label, value, onChange, placeholder }: SearchInputProps) {
  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={value}
      maxLength={SEARCH_MAX_LENGTH}
      onChange={(event) => onChange(event.currentTarget.value)}
      leftSection={<SearchIcon size={16} />}
      w={{ base: '100%', sm: 320 }}
    />
  );
}
