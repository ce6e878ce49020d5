import { Select } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FundingProjectOptionsDocument } from './operations';

interface ProjectSelectProps {
  label: string;
  description?: string;
  value: string | null;
  onChange: (projectId: string | null) => void;
  error?: string;
}

/** One of the projects the viewer reads, by its title. */
export function ProjectSelect({ label, description, value, onChange, error }: ProjectSelectProps) {
  const { t } = useTranslation();
  const { data } = useQuery(FundingProjectOptionsDocument);
  return (
    <Select
      label={label}
      description={description}
      data={(data?.projects.edges ?? []).map((edge) => ({ value: edge.node.id, label: edge.node.title }))}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      comboboxProps={{ withinPortal: true }}
      nothingFoundMessage={t('organizations.noMatch')}
    />
  );
}
