import { Select, SimpleGrid } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PILLARS, type Pillar, PROJECT_STATUSES, type ProjectStatus } from '@ctcp/shared';
import { CountrySelect } from '../../components/CountrySelect';
import { useFormatters } from '../../i18n/format';
import { type OrganizationOption, OrganizationSelect } from '../../components/OrganizationSelect';
import { ProjectFormOptionsDocument } from './operations';

export interface ProjectFilterValues {
  status: ProjectStatus | null;
  pillar: Pillar | null;
  workingGroupId: string | null;
  lead: OrganizationOption | null;
  countryCode: string | null;
}

export const NO_PROJECT_FILTERS: ProjectFilterValues = {
  status: null,
  pillar: null,
  workingGroupId: null,
  lead: null,
  countryCode: null,
};

const isStatus = (value: unknown): value is ProjectStatus =>
  typeof value === 'string' && (PROJECT_STATUSES as readonly string[]).includes(value);
const isPillar = (value: unknown): value is Pillar =>
  typeof value === 'string' && (PILLARS as readonly string[]).includes(value);

interface ProjectFiltersProps {
  values: ProjectFilterValues;
  onChange: (values: ProjectFilterValues) => void;
}

export function ProjectFilters({ values, onChange }: ProjectFiltersProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const { data } = useQuery(ProjectFormOptionsDocument, { variables: { language } });
  const set = <K extends keyof ProjectFilterValues>(field: K, value: ProjectFilterValues[K]) =>
    onChange({ ...values, [field]: value });
  const selectProps = {
    clearable: true,
    clearButtonProps: { 'aria-label': t('common.clear') },
    comboboxProps: { withinPortal: true },
    placeholder: t('projects.filters.any'),
  };

  return (
    <SimpleGrid
      component="section"
      aria-label={t('projects.filters.label')}
      cols={{ base: 1, xs: 2, md: 3, lg: 5 }}
      spacing="md"
    >
      <Select
        {...selectProps}
        label={t('projects.status')}
        data={PROJECT_STATUSES.map((value) => ({ value, label: t(`enums.projectStatus.${value}`) }))}
        value={values.status}
        onChange={(value) => set('status', isStatus(value) ? value : null)}
      />
      <Select
        {...selectProps}
        label={t('projects.pillar')}
        data={PILLARS.map((value) => ({ value, label: t(`enums.pillar.${value}`) }))}
        value={values.pillar}
        onChange={(value) => set('pillar', isPillar(value) ? value : null)}
      />
      <Select
        {...selectProps}
        label={t('projects.workingGroup')}
        data={(data?.workingGroups ?? []).map((group) => ({ value: group.id, label: group.name }))}
        value={values.workingGroupId}
        onChange={(value) => set('workingGroupId', value)}
        searchable
        nothingFoundMessage={t('organizations.noMatch')}
      />
      <OrganizationSelect
        label={t('projects.leadEntity')}
        placeholder={t('projects.filters.any')}
        kind="COMPACT_ENTITY"
        value={values.lead}
        onChange={(lead) => set('lead', lead)}
        clearable
      />
      <CountrySelect
        label={t('projects.country')}
        placeholder={t('projects.filters.any')}
        value={values.countryCode}
        onChange={(code) => set('countryCode', code)}
      />
    </SimpleGrid>
  );
}
