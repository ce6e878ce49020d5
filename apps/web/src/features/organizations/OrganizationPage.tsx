import { Anchor, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { type Detail, DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { ScrollTable } from '../../components/ScrollTable';
import { ToneBadge } from '../../components/ToneBadge';
import { usePageTitle } from '../../components/usePageTitle';
import type { OrganizationDetailQuery, OrganizationPeopleQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { EditOrganizationDialog } from './EditOrganizationDialog';
import { OrganizationDetailDocument, OrganizationPeopleDocument, SetUserUnitDocument } from './operations';
import { type Unit, UnitsSection } from './UnitsSection';

type Organization = OrganizationDetailQuery['organization'];

export function OrganizationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { language } = useFormatters();
  const { data, loading, error, refetch } = useQuery(OrganizationDetailDocument, { variables: { id, language } });

  if (error) return <LoadingOrErrorPage title={t('organizations.detailTitle')} error={error} onRetry={refetch} />;
  if (!data) return <LoadingOrErrorPage title={t('organizations.detailTitle')} loading={loading} />;
  return <OrganizationDetail organization={data.organization} />;
}

function OrganizationDetail({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const isState = organization.kind === 'MEMBER_STATE' || organization.kind === 'OBSERVER_STATE';
  const [editing, setEditing] = useState(false);
  usePageTitle(organization.name);

  const details: Detail[] = [
    { label: t('organizations.kind'), value: t(`enums.organizationKind.${organization.kind}`) },
  ];
  if (organization.acronym && organization.acronym !== organization.name) {
    details.push({ label: t('organizations.acronym'), value: <bdi>{organization.acronym}</bdi> });
  }
  if (organization.entityType) {
    details.push({ label: t('organizations.entityType'), value: t(`enums.entityType.${organization.entityType}`) });
  }
  details.push({
    label: isState ? t('organizations.unStatus') : t('organizations.compactStatus'),
    value: isState ? t(`enums.stateStatus.${organization.status}`) : t(`enums.compactStatus.${organization.status}`),
  });
  if (organization.countryCode)
    details.push({ label: t('organizations.countryCode'), value: organization.countryCode });
  if (organization.regionalGroup) {
    details.push({
      label: t('organizations.regionalGroup'),
      value: t(`enums.regionalGroup.${organization.regionalGroup}`),
    });
  }
  if (organization.joinedAt)
    details.push({ label: t('organizations.joinedAt'), value: format.date(organization.joinedAt) });
  if (organization.leftAt) details.push({ label: t('organizations.leftAt'), value: format.date(organization.leftAt) });
  if (organization.note) details.push({ label: t('organizations.note'), value: <bdi>{organization.note}</bdi> });

  return (
    <Page
      title={organization.name}
      breadcrumb={
        isState ? (
          <BackLink to="/states" label={t('nav.states')} />
        ) : (
          <BackLink to="/entities" label={t('nav.entities')} />
        )
      }
      actions={
        <Group gap="sm">
          {!organization.confirmed && <ToneBadge tone="warning">{t('organizations.unconfirmed')}</ToneBadge>}
          {organization.viewerCanEdit && (
            <Button variant="light" onClick={() => setEditing(true)}>
              {t('organizations.edit')}
            </Button>
          )}
        </Group>
      }
    >
      {editing && <EditOrganizationDialog organization={organization} onClose={() => setEditing(false)} />}
      <Card withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('organizations.details')}
          </Title>
          <DetailList items={details} />
          {!organization.confirmed && (
            <Text size="sm" c="dimmed">
              {t('organizations.unconfirmedNote')}
            </Text>
          )}
        </Stack>
      </Card>

      <UnitsSection
        organizationId={organization.id}
        units={organization.units}
        canManage={organization.viewerCanManageUnits}
      />

      <Stack gap="sm">
        <Title order={2} size="h4" id="working-groups-heading">
          {t('organizations.workingGroups')}
        </Title>
        {organization.workingGroups.length === 0 ? (
          <EmptyState title={t('organizations.noWorkingGroups')} />
        ) : (
          <ScrollTable label={t('organizations.workingGroups')} minWidth={480}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('workingGroups.group')}</Table.Th>
                <Table.Th scope="col">{t('workingGroups.role')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {organization.workingGroups.map((membership) => (
                <Table.Tr key={membership.workingGroup.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/working-groups/${membership.workingGroup.id}`} inherit>
                      {membership.workingGroup.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`enums.workingGroupRole.${membership.role}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        )}
      </Stack>

      <OrganizationPeople
        organizationId={organization.id}
        units={organization.units}
        canPlace={organization.viewerCanManageUnits}
      />
    </Page>
  );
}

function appendPeoplePage(
  previous: OrganizationPeopleQuery,
  { fetchMoreResult }: { fetchMoreResult: OrganizationPeopleQuery },
): OrganizationPeopleQuery {
  return {
    ...fetchMoreResult,
    users: { ...fetchMoreResult.users, edges: [...previous.users.edges, ...fetchMoreResult.users.edges] },
  };
}

interface OrganizationPeopleProps {
  organizationId: string;
  units: readonly Unit[];
  /** Whether the viewer may place people in units (platform admins, the organization's admins). */
  canPlace: boolean;
}

function OrganizationPeople({ organizationId, units, canPlace }: OrganizationPeopleProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, loading, error, refetch, fetchMore } = useQuery(OrganizationPeopleDocument, {
    variables: { organizationId },
  });
  const [placeInUnit, placing] = useMutation(SetUserUnitDocument);
  const [loadingMore, setLoadingMore] = useState(false);
  const people = data?.users.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.users.pageInfo;
  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendPeoplePage });
    } finally {
      setLoadingMore(false);
    }
  };
  const unitOptions = units.map((unit) => ({
    value: unit.id,
    label: unit.acronym ? `${unit.acronym} – ${unit.name}` : unit.name,
  }));
  const unitLabel = (id: string | undefined) => unitOptions.find((option) => option.value === id)?.label;
  const showUnits = units.length > 0;

  return (
    <Stack gap="sm">
      <Group gap="sm" align="baseline">
        <Title order={2} size="h4" id="people-heading">
          {t('organizations.people')}
        </Title>
        {data && (
          <Text c="dimmed" size="sm" aria-live="polite">
            {people.length < data.users.totalCount
              ? t('common.showingOf', {
                  shown: format.number(people.length),
                  total: format.number(data.users.totalCount),
                })
              : t('common.total', { number: format.number(data.users.totalCount) })}
          </Text>
        )}
      </Group>
      {placing.error && <ErrorState error={placing.error} />}
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <LoadingState />
      ) : people.length === 0 ? (
        <EmptyState title={t('organizations.noPeople')} />
      ) : (
        <Stack gap="sm">
          <ScrollTable label={t('organizations.people')} minWidth={600}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('users.name')}</Table.Th>
                <Table.Th scope="col">{t('users.email')}</Table.Th>
                <Table.Th scope="col">{t('users.role')}</Table.Th>
                {showUnits && <Table.Th scope="col">{t('organizations.units.column')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Td fw={500} style={{ whiteSpace: 'nowrap' }}>
                    <bdi>{person.name}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <Anchor href={`mailto:${person.email}`} inherit>
                      <bdi>{person.email}</bdi>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <span>{t(`enums.role.${person.role}`)}</span>
                      {person.isOrganizationAdmin && <ToneBadge tone="info">{t('users.organizationAdmin')}</ToneBadge>}
                      {person.disabled && <ToneBadge tone="danger">{t('users.disabled')}</ToneBadge>}
                    </Group>
                  </Table.Td>
                  {showUnits && (
                    <Table.Td>
                      {canPlace ? (
                        <Select
                          size="xs"
                          aria-label={t('organizations.units.ofPerson', { name: person.name })}
                          placeholder={t('organizations.units.none')}
                          data={unitOptions}
                          value={person.unit?.id ?? null}
                          clearable
                          disabled={placing.loading}
                          onChange={(unitId) =>
                            void placeInUnit({ variables: { input: { userId: person.id, unitId } } }).catch(() => {
                              // Shown from the mutation's error state.
                            })
                          }
                          comboboxProps={{ withinPortal: true }}
                        />
                      ) : (
                        <bdi>{unitLabel(person.unit?.id) ?? '—'}</bdi>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
          {pageInfo?.hasNextPage && (
            <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
              {t('common.loadMore')}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
