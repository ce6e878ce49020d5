import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { EmptyState, useErrorTitle } from '../../components/QueryStates';
import { ToneBadge } from '../../components/ToneBadge';
import type { OrganizationDetailQuery } from '../../gql/graphql';
import { ACRONYM_MAX_LENGTH, emptyNames, type Names, NamesFields, namesInput } from './NamesFields';
import {
  CreateOrganizationUnitDocument,
  OrganizationDetailDocument,
  UpdateOrganizationUnitDocument,
} from './operations';
import { unitAndDescendants, type UnitNode, unitTree } from './units';

export type Unit = OrganizationDetailQuery['organization']['units'][number];

interface UnitsSectionProps {
  organizationId: string;
  units: readonly Unit[];
  /** Whether the viewer may add and change units (platform admins, the organization's admins). */
  canManage: boolean;
}

/** The organization's units as a tree of nested lists; those allowed add and change them. */
export function UnitsSection({ organizationId, units, canManage }: UnitsSectionProps) {
  const { t } = useTranslation();
  // undefined: no dialog; null: adding a unit; a unit: changing it.
  const [editing, setEditing] = useState<Unit | null | undefined>(undefined);
  const tree = unitTree(units);

  return (
    <Stack gap="sm" component="section" aria-labelledby="units-heading">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h4" id="units-heading">
          {t('organizations.units.title')}
        </Title>
        {canManage && (
          <Button size="xs" variant="light" onClick={() => setEditing(null)}>
            {t('organizations.units.add')}
          </Button>
        )}
      </Group>
      {tree.length === 0 ? (
        <EmptyState title={t('organizations.units.empty')} />
      ) : (
        <UnitList nodes={tree} onEdit={canManage ? setEditing : undefined} />
      )}
      {editing !== undefined && (
        <UnitDialog
          organizationId={organizationId}
          units={units}
          unit={editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Stack>
  );
}

function UnitList({ nodes, onEdit }: { nodes: UnitNode<Unit>[]; onEdit?: (unit: Unit) => void }) {
  const { t } = useTranslation();
  return (
    <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
      {nodes.map(({ unit, children }) => (
        <li key={unit.id}>
          <Group gap="xs" wrap="wrap" py={2}>
            {unit.acronym && (
              <Text fw={600} span>
                <bdi>{unit.acronym}</bdi>
              </Text>
            )}
            <Text span>
              <bdi>{unit.name}</bdi>
            </Text>
            {!unit.confirmed && <ToneBadge tone="warning">{t('organizations.unconfirmed')}</ToneBadge>}
            {onEdit && (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => onEdit(unit)}
                aria-label={t('organizations.units.editLabel', { name: unit.acronym ?? unit.name })}
              >
                {t('organizations.units.edit')}
              </Button>
            )}
          </Group>
          {children.length > 0 && <UnitList nodes={children} onEdit={onEdit} />}
        </li>
      ))}
    </ul>
  );
}

interface UnitValues {
  acronym: string;
  names: Names;
  parentId: string | null;
  confirmed: boolean;
}

interface UnitDialogProps {
  organizationId: string;
  units: readonly Unit[];
  /** The unit to change; null adds one. */
  unit: Unit | null;
  onClose: () => void;
}

export function UnitDialog({ organizationId, units, unit, onClose }: UnitDialogProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const form = useForm<UnitValues>({
    mode: 'controlled',
    initialValues: {
      acronym: unit?.acronym ?? '',
      names: unit
        ? {
            en: unit.en ?? '',
            fr: unit.fr ?? '',
            es: unit.es ?? '',
            ru: unit.ru ?? '',
            zh: unit.zh ?? '',
            ar: unit.ar ?? '',
          }
        : emptyNames(),
      parentId: unit?.parentId ?? null,
      confirmed: unit?.confirmed ?? true,
    },
    validate: {
      names: { en: (value) => (value.trim() ? null : t('organizations.nameRequired')) },
    },
  });
  const fieldErrors = useFieldErrors(form);
  const refetchQueries = [OrganizationDetailDocument];
  const [create, created] = useMutation(CreateOrganizationUnitDocument, { refetchQueries });
  const [update, updated] = useMutation(UpdateOrganizationUnitDocument, { refetchQueries });
  const { loading, error } = unit ? updated : created;
  // A unit cannot be placed under itself nor under one of its own units.
  const excluded = unit ? unitAndDescendants(units, unit.id) : new Set<string>();
  const parents = units
    .filter((candidate) => !excluded.has(candidate.id))
    .map((candidate) => ({
      value: candidate.id,
      label: candidate.acronym ? `${candidate.acronym} – ${candidate.name}` : candidate.name,
    }));

  const submit = async ({ acronym, names, parentId, confirmed }: UnitValues) => {
    const fields = { acronym: acronym.trim() || null, names: namesInput(names), parentId, confirmed };
    try {
      if (unit) await update({ variables: { input: { id: unit.id, ...fields } } });
      else await create({ variables: { input: { organizationId, ...fields } } });
      onClose();
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={unit ? t('organizations.units.editTitle') : t('organizations.units.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('organizations.acronym')}
            maxLength={ACRONYM_MAX_LENGTH}
            {...form.getInputProps('acronym')}
            dir="auto"
            data-autofocus
          />
          <NamesFields form={form} />
          <Select
            label={t('organizations.units.parent')}
            placeholder={t('organizations.units.noParent')}
            data={parents}
            clearable
            searchable
            {...form.getInputProps('parentId')}
            comboboxProps={{ withinPortal: true }}
          />
          <Checkbox
            label={t('organizations.confirmedLabel')}
            {...form.getInputProps('confirmed', { type: 'checkbox' })}
          />
          {error && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
