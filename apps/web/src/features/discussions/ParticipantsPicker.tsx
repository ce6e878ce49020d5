import { useMemo, useState } from 'react';
import { MultiSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { THREAD_PARTICIPANTS_MAX } from '@ctcp/shared';
import type { ParticipantCandidatesQuery } from '../../gql/graphql';
import { ParticipantCandidatesDocument } from './operations';

/** A person the picker offers or shows as chosen. */
export interface ParticipantOption {
  id: string;
  name: string;
  /** The acronym of their organization (else its name). */
  organization: string;
  email?: string;
}

type Candidate = ParticipantCandidatesQuery['workspace']['participantCandidates'][number];

/** People the api names (`Author` with the person the viewer may see) as options of the picker. */
export function participantOption(author: {
  name: string;
  organization: { acronym?: string | null; name: string };
  person?: { id: string; email?: string } | null;
}): ParticipantOption | null {
  if (!author.person) return null;
  return {
    id: author.person.id,
    name: author.name,
    organization: author.organization.acronym ?? author.organization.name,
    email: author.person.email,
  };
}

const optionLabel = (option: ParticipantOption) => `${option.name} · ${option.organization}`;

interface ParticipantsPickerProps {
  workspaceId: string;
  label: string;
  description?: string;
  /** The chosen people's ids. */
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string | null;
  /** People already chosen, so that their names show before any search (e.g. those named on the thread). */
  known?: readonly ParticipantOption[];
  /** People not to offer: the viewer, the author, whom the api names anyway. */
  excludeIds?: readonly string[];
  required?: boolean;
}

/**
 * Chooses the people named on a STRICTLY_CONFIDENTIAL thread: those the api offers for the workspace
 * (`Workspace.participantCandidates`: who reads its confidential records), searched by name or email.
 */
export function ParticipantsPicker({
  workspaceId,
  label,
  description,
  value,
  onChange,
  error,
  known = [],
  excludeIds = [],
  required,
}: ParticipantsPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(ParticipantCandidatesDocument, {
    variables: { workspaceId, query: debouncedSearch || null, first: 20 },
  });

  const found = useMemo(
    () =>
      (data?.workspace.participantCandidates ?? [])
        .map((candidate: Candidate) => participantOption(candidate))
        .filter((option): option is ParticipantOption => option !== null && !excludeIds.includes(option.id)),
    [data, excludeIds],
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
      onSearchChange={setSearch}
      // The api has searched already; the list shows what it answered.
      filter={({ options: all }) => all}
      data={options.map((option) => ({ value: option.id, label: optionLabel(option) }))}
      value={value}
      onChange={onChange}
      maxValues={THREAD_PARTICIPANTS_MAX}
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
      nothingFoundMessage={loading ? t('common.loading') : t('discussions.marking.noCandidates')}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
    />
  );
}
