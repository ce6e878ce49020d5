import { Group, Select, SimpleGrid, Switch, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PILLARS, type Pillar, REGIONAL_GROUPS, type RegionalGroup } from '@ctcp/shared';
import { useFormatters } from '../../i18n/format';
import { type OrganizationOption, OrganizationSelect } from '../../components/OrganizationSelect';
import { RequestFormOptionsDocument } from './operations';

export interface BoardFilterValues {
  regionalGroup: RegionalGroup | null;
  state: OrganizationOption | null;
  workingGroupId: string | null;
  pillar: Pillar | null;
  entity: OrganizationOption | null;
  overdueOnly: boolean;
  showEnded: boolean;
}

export const NO_BOARD_FILTERS: BoardFilterValues = {
  regionalGroup: null,
  state: null,
  workingGroupId: null,
  pillar: null,
  entity: null,
  overdueOnly: false,
  showEnded: false,
};

const isRegionalGroup = (value: unknown): value is RegionalGroup =>
  typeof value === 'string' && (REGIONAL_GROUPS as readonly string[]).includes(value);
const isPillar = (value: unknown): value is Pillar =>
  typeof value === 'string' && (PILLARS as readonly string[]).includes(value);

interface BoardFiltersProps {
  values: BoardFilterValues;
  onChange: (values: BoardFilterValues) => void;
}

export function BoardFilters({ values, onChange }: BoardFiltersProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const { data } = useQuery(RequestFormOptionsDocument, { variables: { language } });
  const set = <K extends keyof BoardFilterValues>(field: K, value: BoardFilterValues[K]) =>
    onChange({ ...values, [field]: value });
  const selectProps = {
    clearable: true,
    clearButtonProps: { 'aria-label': t('common.clear') },
    comboboxProps: { withinPortal: true },
  };

  return (
    <Stack gap="sm" component="section" aria-label={t('requests.board.filters')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="md">
        <Select
          {...selectProps}
          label={t('requests.board.region')}
          placeholder={t('requests.board.any')}
          data={REGIONAL_GROUPS.map((value) => ({ value, label: t(`enums.regionalGroup.${value}`) }))}
          value={values.regionalGroup}
          onChange={(value) => set('regionalGroup', isRegionalGroup(value) ? value : null)}
        />
        <OrganizationSelect
          label={t('requests.state')}
          placeholder={t('requests.board.any')}
          kind="MEMBER_STATE"
          value={values.state}
          onChange={(state) => set('state', state)}
          clearable
        />
        <Select
          {...selectProps}
          label={t('requests.workingGroup')}
          placeholder={t('requests.board.any')}
          data={(data?.workingGroups ?? []).map((group) => ({ value: group.id, label: group.name }))}
          value={values.workingGroupId}
          onChange={(value) => set('workingGroupId', value)}
          searchable
          nothingFoundMessage={t('requests.form.nothingFound')}
        />
        <Select
          {...selectProps}
          label={t('requests.board.pillar')}
          placeholder={t('requests.board.any')}
          data={PILLARS.map((value) => ({ value, label: t(`enums.pillar.${value}`) }))}
          value={values.pillar}
          onChange={(value) => set('pillar', isPillar(value) ? value : null)}
        />
        <OrganizationSelect
          label={t('requests.board.entity')}
          placeholder={t('requests.board.any')}
          kind="COMPACT_ENTITY"
          value={values.entity}
          onChange={(entity) => set('entity', entity)}
          clearable
        />
      </SimpleGrid>
      <Group gap="lg">
        <Switch
          label={t('requests.board.overdueOnly')}
          checked={values.overdueOnly}
          onChange={(event) => set('overdueOnly', event.currentTarget.checked)}
        />
        <Switch
          label={t('requests.board.showEnded')}
          checked={values.showEnded}
          onChange={(event) => set('showEnded', event.currentTarget.checked)}
        />
      </Group>
    </Stack>
  );
}
