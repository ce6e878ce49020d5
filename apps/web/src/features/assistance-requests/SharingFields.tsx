import { MultiSelect, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SHARING_SCOPES, type SharingScope } from '@ctcp/shared';
import { organizationLabel } from '../organizations/OrganizationSelect';

const isSharingScope = (value: string): value is SharingScope => (SHARING_SCOPES as readonly string[]).includes(value);

interface SharingFieldsProps {
  scope: SharingScope;
  entityIds: string[];
  onScopeChange: (scope: SharingScope) => void;
  onEntitiesChange: (ids: string[]) => void;
  /** The Compact entities a State may name. */
  entities: readonly { id: string; acronym: string | null; name: string }[];
  /** The State chooses before submitting; afterwards the choice is shown, not changed. */
  editable: boolean;
  errors: { scope?: string | false; entities?: string | false };
}

/** Who, besides the coordinators, reads the request once it is open for offers; named entities when chosen. */
export function SharingFields({
  scope,
  entityIds,
  onScopeChange,
  onEntitiesChange,
  entities,
  editable,
  errors,
}: SharingFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Radio.Group
        label={t('requests.form.shareWith')}
        description={editable ? t('requests.form.sharingHelp') : t('requests.form.sharingFixed')}
        value={scope}
        onChange={(value) => isSharingScope(value) && onScopeChange(value)}
        error={errors.scope}
      >
        <Stack gap="xs" mt="xs">
          {SHARING_SCOPES.map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`enums.sharingScope.${value}`)}
              description={t(`requests.form.sharingScopeHelp.${value}`)}
              disabled={!editable}
            />
          ))}
        </Stack>
      </Radio.Group>
      {scope === 'NAMED_ENTITIES' && (
        <MultiSelect
          label={t('requests.sharedEntities')}
          placeholder={entityIds.length === 0 ? t('requests.form.entitiesPlaceholder') : undefined}
          required
          data={entities.map((entity) => ({ value: entity.id, label: organizationLabel(entity) }))}
          value={entityIds}
          onChange={onEntitiesChange}
          error={errors.entities}
          disabled={!editable}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          comboboxProps={{ withinPortal: true }}
          nothingFoundMessage={t('requests.form.nothingFound')}
          maxDropdownHeight={280}
        />
      )}
    </>
  );
}
