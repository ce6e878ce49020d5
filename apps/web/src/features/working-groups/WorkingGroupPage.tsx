import { Anchor, Button, Card, Group, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { WORKING_GROUP_ROLES, type WorkingGroupRole } from '@ctcp/shared';
import { BackLink } from '../../components/BackLink';
import { DetailList } from '../../components/DetailList';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { EmptyState } from '../../components/QueryStates';
import { ScrollTable } from '../../components/ScrollTable';
import { ToneBadge } from '../../components/ToneBadge';
import { useFormatters } from '../../i18n/format';
import { type Membership, MembershipDialog, RemoveMembershipDialog } from './MembershipDialog';
import { WorkingGroupDetailDocument } from './operations';

/** Chairs and vice-chairs stand out in the membership list. */
const CHAIRING_ROLES: ReadonlySet<WorkingGroupRole> = new Set(['CHAIR', 'VICE_CHAIR']);

export function WorkingGroupPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, loading, error, refetch } = useQuery(WorkingGroupDetailDocument, {
    variables: { id, language: format.language },
  });
  // undefined: no dialog; null: adding an organization; a membership: changing it.
  const [editing, setEditing] = useState<Membership | null | undefined>(undefined);
  const [removing, setRemoving] = useState<Membership | null>(null);

  if (error || !data) {
    return (
      <LoadingOrErrorPage title={t('workingGroups.detailTitle')} loading={loading} error={error} onRetry={refetch} />
    );
  }

  const group = data.workingGroup;
  // Chairs first, then vice-chairs, members and observers, as the api orders them.
  const memberships = [...group.memberships].sort(
    (a, b) => WORKING_GROUP_ROLES.indexOf(a.role) - WORKING_GROUP_ROLES.indexOf(b.role),
  );

  return (
    <Page
      title={group.name}
      breadcrumb={<BackLink to="/working-groups" label={t('nav.workingGroups')} />}
      actions={!group.confirmed && <ToneBadge tone="warning">{t('organizations.unconfirmed')}</ToneBadge>}
    >
      <Card withBorder radius="md" p="lg">
        <DetailList
          items={[
            { label: t('workingGroups.kind'), value: t(`enums.workingGroupKind.${group.kind}`) },
            { label: t('workingGroups.key'), value: group.key },
            {
              label: t('workingGroups.memberOrganizations'),
              value: format.number(memberships.length),
            },
          ]}
        />
      </Card>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4" id="members-heading">
            {t('workingGroups.members')}
          </Title>
          {group.viewerCanEditMemberships && (
            <Button size="xs" variant="light" onClick={() => setEditing(null)}>
              {t('workingGroups.addMember')}
            </Button>
          )}
        </Group>
        {memberships.length === 0 ? (
          <EmptyState title={t('workingGroups.noMembers')} />
        ) : (
          <ScrollTable label={t('workingGroups.members')} minWidth={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organizations.acronym')}</Table.Th>
                <Table.Th scope="col">{t('organizations.name')}</Table.Th>
                <Table.Th scope="col">{t('workingGroups.role')}</Table.Th>
                <Table.Th scope="col">{t('workingGroups.period')}</Table.Th>
                {group.viewerCanEditMemberships && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {memberships.map((membership) => (
                <Table.Tr key={membership.organization.id}>
                  <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component={Link} to={`/organizations/${membership.organization.id}`} inherit>
                      <bdi>{membership.organization.acronym ?? membership.organization.name}</bdi>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{membership.organization.name}</bdi>
                  </Table.Td>
                  <Table.Td>
                    {CHAIRING_ROLES.has(membership.role) ? (
                      <ToneBadge tone="info">{t(`enums.workingGroupRole.${membership.role}`)}</ToneBadge>
                    ) : (
                      t(`enums.workingGroupRole.${membership.role}`)
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {membership.fromDate || membership.toDate
                      ? `${membership.fromDate ? format.date(membership.fromDate) : '…'} – ${
                          membership.toDate ? format.date(membership.toDate) : '…'
                        }`
                      : '—'}
                  </Table.Td>
                  {group.viewerCanEditMemberships && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setEditing(membership)}
                          aria-label={t('workingGroups.editMembershipLabel', { name: membership.organization.name })}
                        >
                          {t('workingGroups.editMembership')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setRemoving(membership)}
                          aria-label={t('workingGroups.removeLabel', { name: membership.organization.name })}
                        >
                          {t('workingGroups.remove')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        )}
      </Stack>
      {editing !== undefined && (
        <MembershipDialog workingGroupId={group.id} membership={editing} onClose={() => setEditing(undefined)} />
      )}
      {removing && (
        <RemoveMembershipDialog workingGroupId={group.id} membership={removing} onClose={() => setRemoving(null)} />
      )}
    </Page>
  );
}
