import { type KeyboardEvent, useState } from 'react';
import { Autocomplete, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { type OrganizationOption, OrganizationSelect } from '../../components/OrganizationSelect';
import { DayField } from '../../components/DateFields';
import { type UserOption, UserSelect } from '../../components/UserSelect';
import { useFormatters } from '../../i18n/format';
import { AuditFilterOrganizationDocument, AuditFilterPersonDocument } from './operations';
import { type AuditFilterValues, COMMON_ACTIONS, hasFilters, NO_FILTERS } from './filters';

interface AuditFiltersProps {
  values: AuditFilterValues;
  onChange: (changes: Partial<AuditFilterValues>) => void;
  /** An organization admin reads their own organization's people only: shown, not chosen. */
  fixedOrganization: string | null;
}

/**
 * A text filter typed freely and applied when done (Enter, leaving the field, or picking a suggestion):
 * the api matches actions and ids exactly, so a half-typed one would only empty the list. The field
 * follows the address when that changes from elsewhere ("Clear filters", Back).
 */
function useCommittedText(value: string, commit: (value: string) => void) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const apply = (next = text) => {
    const trimmed = next.trim();
    if (trimmed !== value) commit(trimmed);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') apply(event.currentTarget.value);
  };
  return { text, setText, apply, onKeyDown };
}

/**
 * The option shown for an id of the address: the one just picked, else the record asked from the api
 * (after a reload or a shared link).
 */
function usePickedPerson(id: string) {
  const [picked, setPicked] = useState<UserOption | null>(null);
  const known = picked && picked.id === id ? picked : null;
  const { data } = useQuery(AuditFilterPersonDocument, { variables: { id }, skip: !id || known !== null });
  const loaded = data?.user.id === id ? data.user : null;
  return [id ? (known ?? loaded) : null, setPicked] as const;
}

function usePickedOrganization(id: string, skip: boolean) {
  const { language } = useFormatters();
  const [picked, setPicked] = useState<OrganizationOption | null>(null);
  const known = picked && picked.id === id ? picked : null;
  const { data } = useQuery(AuditFilterOrganizationDocument, {
    variables: { id, language },
    skip: skip || !id || known !== null,
  });
  const loaded = data?.organization.id === id ? data.organization : null;
  return [id ? (known ?? loaded) : null, setPicked] as const;
}

export function AuditFilters({ values, onChange, fixedOrganization }: AuditFiltersProps) {
  const { t } = useTranslation();
  const action = useCommittedText(values.action, (next) => onChange({ action: next }));
  const target = useCommittedText(values.targetId, (next) => onChange({ targetId: next }));
  const [person, setPerson] = usePickedPerson(values.personId);
  const [organization, setOrganization] = usePickedOrganization(values.organizationId, fixedOrganization !== null);

  return (
    <Stack gap="xs" component="section" aria-label={t('audit.filters.label')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        <Autocomplete
          label={t('audit.filters.action')}
          placeholder={t('audit.filters.actionPlaceholder')}
          description={t('audit.filters.actionHelp')}
          data={[...COMMON_ACTIONS]}
          value={action.text}
          onChange={action.setText}
          onOptionSubmit={(value) => action.apply(value)}
          onBlur={() => action.apply()}
          onKeyDown={action.onKeyDown}
          maxLength={100}
          limit={12}
          maxDropdownHeight={280}
          comboboxProps={{ withinPortal: true }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        {/* Remounted when its value changes so that the field shows the chosen person's name. */}
        <UserSelect
          key={`person:${person?.id ?? ''}`}
          label={t('audit.filters.person')}
          description={t('audit.filters.personHelp')}
          placeholder={t('audit.filters.anyone')}
          value={person}
          onChange={(chosen) => {
            setPerson(chosen);
            onChange({ personId: chosen?.id ?? '' });
          }}
        />
        {fixedOrganization === null ? (
          <OrganizationSelect
            key={`organization:${organization?.id ?? ''}`}
            label={t('audit.filters.organization')}
            description={t('audit.filters.organizationHelp')}
            placeholder={t('audit.filters.anyOrganization')}
            value={organization}
            onChange={(chosen) => {
              setOrganization(chosen);
              onChange({ organizationId: chosen?.id ?? '' });
            }}
            clearable
          />
        ) : (
          <TextInput
            label={t('audit.filters.organization')}
            description={t('audit.filters.ownOrganizationHelp')}
            value={fixedOrganization}
            readOnly
            variant="filled"
          />
        )}
        <TextInput
          label={t('audit.filters.target')}
          description={t('audit.filters.targetHelp')}
          value={target.text}
          onChange={(event) => target.setText(event.currentTarget.value)}
          onBlur={() => target.apply()}
          onKeyDown={target.onKeyDown}
          maxLength={100}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <DayField
          label={t('audit.filters.from')}
          description={t('audit.filters.fromHelp')}
          value={values.from}
          maxDate={values.to || undefined}
          onChange={(from) => onChange({ from })}
        />
        <DayField
          label={t('audit.filters.to')}
          description={t('audit.filters.toHelp')}
          value={values.to}
          minDate={values.from || undefined}
          onChange={(to) => onChange({ to })}
        />
      </SimpleGrid>
      {hasFilters(values) && (
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={() => onChange(NO_FILTERS)}>
            {t('audit.filters.clear')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
