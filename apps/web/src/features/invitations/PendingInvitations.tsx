import { useState } from 'react';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { ScrollTable } from '../../components/ScrollTable';
import { ToneBadge } from '../../components/ToneBadge';
import type { PendingInvitationsQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { PendingInvitationsDocument } from './operations';

function appendInvitationsPage(
  previous: PendingInvitationsQuery,
  { fetchMoreResult }: { fetchMoreResult: PendingInvitationsQuery },
): PendingInvitationsQuery {
  return {
    ...fetchMoreResult,
    invitations: {
      ...fetchMoreResult.invitations,
      edges: [...previous.invitations.edges, ...fetchMoreResult.invitations.edges],
    },
  };
}

/** Invitations not yet accepted nor expired: of every organization for staff, else of one's own. */
export function PendingInvitations({ organizationId }: { organizationId: string | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(PendingInvitationsDocument, {
    variables: { organizationId, language: format.language },
  });

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState />;

  const invitations = data?.invitations.edges.map((edge) => edge.node) ?? [];
  if (invitations.length === 0) return <EmptyState title={t('invitations.noPending')} />;

  const endCursor = data?.invitations.pageInfo.endCursor;
  const loadMore = async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: endCursor }, updateQuery: appendInvitationsPage });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="sm">
      <Text c="dimmed" size="sm">
        {t('common.showingOf', {
          shown: format.number(invitations.length),
          total: format.number(data?.invitations.totalCount ?? invitations.length),
        })}
      </Text>
      <ScrollTable label={t('invitations.pendingTitle')} minWidth={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('invitations.email')}</Table.Th>
            <Table.Th scope="col">{t('invitations.organization')}</Table.Th>
            <Table.Th scope="col">{t('invitations.role')}</Table.Th>
            <Table.Th scope="col">{t('invitations.invitedOn')}</Table.Th>
            <Table.Th scope="col">{t('invitations.expiresOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((invitation) => (
            <Table.Tr key={invitation.id}>
              <Table.Td fw={500}>
                <bdi>{invitation.email}</bdi>
              </Table.Td>
              <Table.Td miw={160}>
                <bdi title={invitation.organization.name}>
                  {invitation.organization.acronym ?? invitation.organization.name}
                </bdi>
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <span>{t(`enums.role.${invitation.role}`)}</span>
                  {invitation.isOrganizationAdmin && <ToneBadge tone="info">{t('users.organizationAdmin')}</ToneBadge>}
                </Group>
              </Table.Td>
              <Table.Td>{format.date(invitation.createdAt)}</Table.Td>
              <Table.Td>{format.dateTime(invitation.expiresAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      {data?.invitations.pageInfo.hasNextPage && (
        <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
          {t('common.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
