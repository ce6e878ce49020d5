import { useMemo, useState } from 'react';
import { MultiSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANTS_MAX } from '@ctcp/shared';
import { ParticipantCandidatesDocument } from './operations';

/** A person the picker offers or shows as chosen. */
export interface ParticipantOption {
  id: string;
  name: string;
  /** The acronym of their organization (else its name). */
  organization: string;
  email?: string;
}

/** A person as the api names them (`Author`), with the person when the viewer may see them. */
export interface NamedAuthor {
  name: string;
  organization: { acronym?: string | null; name: string };
  person?: { id: string; email?: string } | null;
}

/** People the api names (`Author` with the person the viewer may see) as options of the picker. */
export function participantOption(author: NamedAuthor): ParticipantOption | null {
  if (!author.person) return null;
  return {
    id: author.person.id,
    name: author.name,
    organization: author.organization.acronym ?? author.organization.name,
    email: author.person.email,
  };
}

const optionLabel = (option: ParticipantOption) => `${option.name} · ${option.organization}`;

/** What the picker of the people named on a record is given, whatever the record. */
export interface ChoosingProps {
  label: string;
  description?: string;
  /** The chosen people's ids. */
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string | null;
  /** People already chosen, so that their names show before any search (e.g. those named on the record). */
  known?: readonly ParticipantOption[];
  /** People not to offer: the viewer, the author, whom the api names anyway. */
  excludeIds?: readonly string[];
  required?: boolean;
}

/** What the viewer types in the picker, and the search the api is asked for once they pause. */
export function useCandidateSearch() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  return { search, setSearch, query: debounced || null };
}

interface ParticipantsPickerProps extends ChoosingProps {
  workspaceId: string;
}

/**
 * Chooses the people named on a STRICTLY_CONFIDENTIAL thread: those the api offers for the workspace
 * (`Workspace.participantCandidates`: who reads its confidential records), searched by name or email.
 */
export function ParticipantsPicker({ workspaceId, ...field }: ParticipantsPickerProps) {
  const { t } = useTranslation();
  const { search, setSearch, query } = useCandidateSearch();
  const { data, loading } = useQuery(ParticipantCandidatesDocument, {
    variables: { workspaceId, query, first: 20 },
  });
  return (
    <ParticipantsField
      {...field}
      search={search}
      onSearchChange={setSearch}
      candidates={data?.workspace.participantCandidates}
      loading={loading}
      nothingFound={t('discussions.marking.noCandidates')}
    />
  );
}

interface ParticipantsFieldProps extends ChoosingProps {
  search: string;
  onSearchChange: (search: string) => void;
  /** Whom the api offers for the search (`participantCandidates` of the record); undefined before it answers. */
  candidates: readonly NamedAuthor[] | undefined;
  loading: boolean;
  /** Said when the api finds nobody. */
  nothingFound: string;
}

/**
 * The picker itself, whatever record names the people (a thread, an assistance request): the people the
 * api offers for the search, the chosen ones kept by name across searches.
 */
export function ParticipantsField({
  label,
  description,
  value,
  onChange,
  error,
  known = [],
  excludeIds = [],
  required,
  search,
  onSearchChange,
  candidates,
  loading,
  nothingFound,
}: ParticipantsFieldProps) {
  const { t } = useTranslation();

  const found = useMemo(
    () =>
      (candidates ?? [])
        .map((candidate) => participantOption(candidate))
        .filter((option): option is ParticipantOption => option !== null && !excludeIds.includes(option.id)),
    [candidates, excludeIds],
  );
  // The chosen people keep their names while other searches answer without them.
  const [seen, setSeen] = useState<ReadonlyMap<string, ParticipantOption>>(
    () => new Map(known.map((option) => [option.id, option])),
  );
  const unseen = found.filter((option) => !seen.has(option.id));
  if (unseen.length > 0) setSeen(new Map([...seen, ...unseen.map((option) => [option.id, option] as const)]));

  const chosen = value.flatMap((id) => {
    const option = seen.get(id) ?? found.find((candidate) => candidate.id === id);
    return option ? [option] : [];
  });
  const options = [...chosen, ...found.filter((option) => !value.includes(option.id))];

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? t('discussions.marking.participantsPlaceholder') : undefined}
      required={required}
      error={error}
      searchable
      searchValue={search}
      onSearchChange={onSearchChange}
      // The api has searched already; the list shows what it answered.
      filter={({ options: all }) => all}
      data={options.map((option) => ({ value: option.id, label: optionLabel(option) }))}
      value={value}
      onChange={onChange}
      maxValues={PARTICIPANTS_MAX}
      hidePickedOptions
      renderOption={({ option }) => {
        const person = seen.get(option.value) ?? found.find((candidate) => candidate.id === option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {person?.email && (
              <Text size="xs" c="dimmed">
                {person.email}
              </Text>
            )}
          </Stack>
        );
      }}
      nothingFoundMessage={loading ? t('common.loading') : nothingFound}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
    />
  );
}
