import { useState } from 'react';
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../components/icons';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { ScrollTable } from '../../components/ScrollTable';
import { SearchInput } from '../../components/SearchInput';
import type { ProjectsQuery } from '../../gql/graphql';
import { countryName } from '../../i18n/countries';
import { useFormatters } from '../../i18n/format';
import { useViewerCan } from '../../session';
import { useUsd } from '../../i18n/money';
import { MarkingBadge, ProjectStatusBadge } from './badges';
import { NO_PROJECT_FILTERS, ProjectFilters, type ProjectFilterValues } from './ProjectFilters';
import { ProjectsDocument } from './operations';

type Project = ProjectsQuery['projects']['edges'][number]['node'];

function appendProjectsPage(
  previous: ProjectsQuery,
  { fetchMoreResult }: { fetchMoreResult: ProjectsQuery },
): ProjectsQuery {
  return {
    ...fetchMoreResult,
    projects: { ...fetchMoreResult.projects, edges: [...previous.projects.edges, ...fetchMoreResult.projects.edges] },
  };
}

/** Joint projects the viewer may read (a State's people: those their State benefits from), latest first. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const can = useViewerCan();
  const [filters, setFilters] = useState<ProjectFilterValues>(NO_PROJECT_FILTERS);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [loadingMore, setLoadingMore] = useState(false);
  const filter = {
    search: debouncedSearch || null,
    status: filters.status,
    pillar: filters.pillar,
    workingGroupId: filters.workingGroupId,
    leadEntityId: filters.lead?.id ?? null,
    countryCode: filters.countryCode,
  };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ProjectsDocument, {
    variables: { language: format.language, filter },
    fetchPolicy: 'cache-and-network',
  });

  const shown = data ?? previousData;
  const projects = shown?.projects.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.projects.pageInfo;
  const filtered = Boolean(debouncedSearch) || Object.values(filters).some((value) => value !== null);

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendProjectsPage });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Page
      title={t('projects.title')}
      description={t('projects.intro')}
      actions={
        <Group gap="xs">
          <Button component="a" href={portfolioExportUrl(filter, format.language)} download variant="default">
            {t('projects.export')}
          </Button>
          {can.createProject && (
            <Button component={Link} to="/projects/new" leftSection={<PlusIcon size={18} />}>
              {t('projects.new')}
            </Button>
          )}
        </Group>
      }
    >
      <SearchInput
        label={t('projects.search')}
        placeholder={t('projects.searchPlaceholder')}
        value={search}
        onChange={setSearch}
      />
      <ProjectFilters values={filters} onChange={setFilters} />
      {error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shown && loading ? (
        <LoadingState />
      ) : projects.length === 0 ? (
        <EmptyState title={t('projects.empty')}>{filtered ? t('common.tryOtherSearch') : null}</EmptyState>
      ) : (
        <Stack gap="sm">
          <Text c="dimmed" size="sm" aria-live="polite">
            {t('common.showingOf', {
              shown: format.number(projects.length),
              total: format.number(shown?.projects.totalCount ?? projects.length),
            })}
          </Text>
          <ProjectTable projects={projects} />
          {pageInfo?.hasNextPage && (
            <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
              {t('common.loadMore')}
            </Button>
          )}
        </Stack>
      )}
    </Page>
  );
}

function ProjectTable({ projects }: { projects: Project[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const usd = useUsd();
  const where = (project: Project) =>
    [
      ...project.beneficiaryCountryCodes.map((code) => countryName(code, format.language)),
      ...project.beneficiaryRegions,
    ]
      .slice(0, 4)
      .join(', ');

  return (
    <ScrollTable label={t('projects.title')} minWidth={960}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('projects.titleLabel')}</Table.Th>
          <Table.Th scope="col">{t('projects.leadEntity')}</Table.Th>
          <Table.Th scope="col">{t('projects.status')}</Table.Th>
          <Table.Th scope="col">{t('projects.beneficiaries')}</Table.Th>
          <Table.Th scope="col">{t('projects.dates')}</Table.Th>
          <Table.Th scope="col" ta="end">
            {t('projects.budget')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {projects.map((project) => (
          <Table.Tr key={project.id}>
            <Table.Td>
              <Group gap={6} wrap="wrap">
                <Anchor component={Link} to={`/projects/${project.id}`} fw={600} inherit>
                  <bdi>{project.title}</bdi>
                </Anchor>
                <MarkingBadge classification={project.classification} />
              </Group>
              {project.workingGroup && (
                <Text size="xs" c="dimmed">
                  {project.workingGroup.key}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <bdi title={project.leadEntity.name}>{project.leadEntity.acronym ?? project.leadEntity.name}</bdi>
            </Table.Td>
            <Table.Td>
              <ProjectStatusBadge status={project.status} />
            </Table.Td>
            <Table.Td>{where(project)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {format.date(project.startDate)}
              {project.endDate && ` – ${format.date(project.endDate)}`}
            </Table.Td>
            <Table.Td ta="end" className="figure-cell" style={{ whiteSpace: 'nowrap' }}>
              {project.budgetUsd === null || project.budgetUsd === undefined ? '—' : usd.full(project.budgetUsd)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

/** The portfolio as CSV, with the list's filters, headings in the reader's language. */
export function portfolioExportUrl(filter: Record<string, string | null>, language: string): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value) query.set(name, value);
  query.set('language', language);
  return `/exports/projects.csv?${query.toString()}`;
}
