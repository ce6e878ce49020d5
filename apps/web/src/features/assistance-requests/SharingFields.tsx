import { MultiSelect, Radio, Stack } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SHARING_SCOPES, type SharingScope } from '@ctcp/shared';
import { organizationLabel } from '../../components/OrganizationSelect';

interface SharingFieldsProps {
  /** The form's `getInputProps` of the sharing scope (a `SharingScope`). */
  scope: GetInputPropsReturnType;
  /** The form's `getInputProps` of the named entities' ids (a `string[]`). */
  entityIds: GetInputPropsReturnType;
  /** The Compact entities a State may name. */
  entities: readonly { id: string; acronym: string | null; name: string }[];
  /** The State chooses before submitting; afterwards the choice is shown, not changed. */
  editable: boolean;
  /** The scopes that would share with fewer entities than the request's now (once submitted, it only widens). */
  narrower?: readonly SharingScope[];
}

/** Who, besides the coordinators, reads the request once it is open for offers; named entities when chosen. */
export function SharingFields({ scope, entityIds, entities, editable, narrower = [] }: SharingFieldsProps) {
  const { t } = useTranslation();
  const chosenScope: SharingScope = scope.value;
  const chosenIds: string[] = entityIds.value;
  return (
    <>
      <Radio.Group
        label={t('requests.form.shareWith')}
        description={editable ? t('requests.form.sharingHelp') : t('requests.form.sharingFixed')}
        {...scope}
      >
        <Stack gap="xs" mt="xs">
          {SHARING_SCOPES.map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`enums.sharingScope.${value}`)}
              description={t(`requests.form.sharingScopeHelp.${value}`)}
              disabled={!editable || narrower.includes(value)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {chosenScope === 'NAMED_ENTITIES' && (
        <MultiSelect
          label={t('requests.sharedEntities')}
          placeholder={chosenIds.length === 0 ? t('requests.form.entitiesPlaceholder') : undefined}
          required
          data={entities.map((entity) => ({ value: entity.id, label: organizationLabel(entity) }))}
          {...entityIds}
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
