import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES, type ActivityType } from '@ctcp/shared';
import { CountrySelect } from '../../components/CountrySelect';

export const isActivityType = (value: unknown): value is ActivityType =>
  typeof value === 'string' && (ACTIVITY_TYPES as readonly string[]).includes(value);

interface ActivityFiltersProps {
  type: ActivityType | null;
  countryCode: string | null;
  onChange: (changes: { type?: ActivityType | null; countryCode?: string | null }) => void;
  /** The map shows every country: it has no country filter. */
  withCountry: boolean;
}

export function ActivityFilters({ type, countryCode, onChange, withCountry }: ActivityFiltersProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid component="section" aria-label={t('activities.filters')} cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
      <Select
        label={t('activities.type')}
        placeholder={t('projects.filters.any')}
        data={ACTIVITY_TYPES.map((value) => ({ value, label: t(`enums.activityType.${value}`) }))}
        value={type}
        onChange={(value) => onChange({ type: isActivityType(value) ? value : null })}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        comboboxProps={{ withinPortal: true }}
      />
      {withCountry && (
        <CountrySelect
          label={t('activities.country')}
          placeholder={t('projects.filters.any')}
          value={countryCode}
          onChange={(code) => onChange({ countryCode: code })}
        />
      )}
    </SimpleGrid>
  );
}
