import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { type Detail, DetailList } from '../../components/DetailList';
import { ToneBadge } from '../../components/ToneBadge';
import type { ProjectFieldsFragment } from '../../gql/graphql';
import { countryName } from '../../i18n/countries';
import { useFormatters } from '../../i18n/format';
import { useDayRange } from '../activities';
import { useUsd } from '../../i18n/money';

function OrganizationLink({ organization }: { organization: { id: string; acronym?: string | null; name: string } }) {
  return (
    <Anchor component={Link} to={`/organizations/${organization.id}`} inherit>
      <bdi>{organization.acronym ?? organization.name}</bdi>
    </Anchor>
  );
}

/** The facts of a project, beside its milestones and activities. */
export function ProjectDetails({ project }: { project: ProjectFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const usd = useUsd();
  const dayRange = useDayRange();
  const countries = project.beneficiaryCountryCodes.map((code) => countryName(code, format.language));

  const items: Detail[] = [
    { label: t('projects.dates'), value: dayRange(project.startDate, project.endDate) },
    {
      label: t('projects.budget'),
      value: project.budgetUsd === null || project.budgetUsd === undefined ? '—' : usd.full(project.budgetUsd),
    },
    { label: t('projects.leadEntity'), value: <OrganizationLink organization={project.leadEntity} /> },
    {
      label: t('projects.partners'),
      value:
        project.partners.length === 0 ? (
          '—'
        ) : (
          <Stack component="ul" className="plain-list" gap={4}>
            {project.partners.map((partner) => (
              <li key={partner.organization.id}>
                <OrganizationLink organization={partner.organization} />{' '}
                <Text span size="sm" c="dimmed">
                  ({t(`enums.partnerRole.${partner.role}`)})
                </Text>
              </li>
            ))}
          </Stack>
        ),
    },
    {
      label: t('projects.workingGroup'),
      value: project.workingGroup ? (
        <Anchor component={Link} to={`/working-groups/${project.workingGroup.id}`} inherit>
          {project.workingGroup.name}
        </Anchor>
      ) : (
        '—'
      ),
    },
    {
      label: t('projects.pillars'),
      value:
        project.pillars.length === 0 ? (
          '—'
        ) : (
          <Group gap={4}>
            {project.pillars.map((pillar) => (
              <ToneBadge key={pillar} tone="neutral">
                {t('projects.pillarShort', { pillar })}
              </ToneBadge>
            ))}
          </Group>
        ),
    },
    { label: t('projects.beneficiaryCountries'), value: countries.length ? countries.join(', ') : '—' },
    {
      label: t('projects.beneficiaryRegions'),
      value: project.beneficiaryRegions.length ? project.beneficiaryRegions.join(', ') : '—',
    },
  ];
  return <DetailList items={items} stacked />;
}
