import { useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorDetail } from '../../components/errors';
import { EmptyState, ErrorState, LoadingState, useErrorTitle } from '../../components/QueryStates';
import { ScrollTable } from '../../components/ScrollTable';
import { ToneBadge } from '../../components/ToneBadge';
import type { InvitationFieldsFragment, PendingInvitationsQuery } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { InvitationSentNotice, type SentInvitation } from './InvitationSentNotice';
import { PendingInvitationsDocument, ResendInvitationDocument, RevokeInvitationDocument } from './operations';

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

/** What was last done to one of the invitations, said above the list. */
type Outcome =
  | { kind: 'resent'; invitation: SentInvitation }
  | { kind: 'resendFailed'; error: unknown }
  | { kind: 'revoked'; email: string };

/**
 * Invitations not yet accepted nor expired: of every organization for staff, else of one's own. Each can be
 * sent again with a new link, or withdrawn.
 */
export function PendingInvitations({ organizationId }: { organizationId: string | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [loadingMore, setLoadingMore] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [resendingId, setResendingId] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<InvitationFieldsFragment | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(PendingInvitationsDocument, {
    variables: { organizationId, language: format.language },
  });
  // Sending again renews the expiry date shown in the list.
  const [resendInvitation] = useMutation(ResendInvitationDocument, { refetchQueries: [PendingInvitationsDocument] });

  const resend = async (id: string) => {
    setOutcome(null);
    setResendingId(id);
    try {
      const { data: resent } = await resendInvitation({ variables: { id, language: format.language } });
      if (resent) {
        const { invitation, acceptUrl } = resent.resendInvitation;
        setOutcome({ kind: 'resent', invitation: { email: invitation.email, acceptUrl } });
      }
    } catch (caught) {
      setOutcome({ kind: 'resendFailed', error: caught });
    } finally {
      setResendingId(null);
    }
  };

  const invitations = data?.invitations.edges.map((edge) => edge.node) ?? [];
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

  let list;
  if (error) {
    list = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else if (loading && !data) {
    list = <LoadingState />;
  } else if (invitations.length === 0) {
    list = <EmptyState title={t('invitations.noPending')} />;
  } else {
    list = (
      <>
        <Text c="dimmed" size="sm">
          {t('common.showingOf', {
            shown: format.number(invitations.length),
            total: format.number(data?.invitations.totalCount ?? invitations.length),
          })}
        </Text>
        <ScrollTable label={t('invitations.pendingTitle')} minWidth={960}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('invitations.email')}</Table.Th>
              <Table.Th scope="col">{t('invitations.organization')}</Table.Th>
              <Table.Th scope="col">{t('invitations.role')}</Table.Th>
              <Table.Th scope="col">{t('invitations.invitedOn')}</Table.Th>
              <Table.Th scope="col">{t('invitations.expiresOn')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
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
                    {invitation.isOrganizationAdmin && (
                      <ToneBadge tone="info">{t('users.organizationAdmin')}</ToneBadge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{format.date(invitation.createdAt)}</Table.Td>
                <Table.Td>{format.dateTime(invitation.expiresAt)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      loading={resendingId === invitation.id}
                      disabled={resendingId !== null && resendingId !== invitation.id}
                      onClick={() => void resend(invitation.id)}
                      aria-label={t('invitations.resendNamed', { email: isolate(invitation.email) })}
                    >
                      {t('invitations.resend')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => setRevoking(invitation)}
                      aria-label={t('invitations.revokeNamed', { email: isolate(invitation.email) })}
                    >
                      {t('invitations.revoke')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
        {data?.invitations.pageInfo.hasNextPage && (
          <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
            {t('common.loadMore')}
          </Button>
        )}
      </>
    );
  }

  // The notice stays when the list is refreshed or emptied: a link shown there is not shown again.
  return (
    <Stack gap="sm">
      {outcome && <OutcomeNotice outcome={outcome} />}
      {list}
      {revoking && (
        <RevokeInvitationDialog
          invitation={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={() => {
            setOutcome({ kind: 'revoked', email: revoking.email });
            setRevoking(null);
          }}
        />
      )}
    </Stack>
  );
}

function OutcomeNotice({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  switch (outcome.kind) {
    case 'resent':
      return <InvitationSentNotice invitation={outcome.invitation} resent />;
    case 'resendFailed':
      return (
        <Alert color="red" role="alert" title={errorTitle(outcome.error)} maw={720}>
          {errorDetail(outcome.error)}
        </Alert>
      );
    case 'revoked':
      return (
        <Alert
          color="green"
          role="status"
          title={t('invitations.revoked', { email: isolate(outcome.email) })}
          maw={720}
        >
          {null}
        </Alert>
      );
  }
}

function RevokeInvitationDialog({
  invitation,
  onClose,
  onRevoked,
}: {
  invitation: InvitationFieldsFragment;
  onClose: () => void;
  onRevoked: () => void;
}) {
  const { t } = useTranslation();
  const [revokeInvitation, { loading, error }] = useMutation(RevokeInvitationDocument, {
    refetchQueries: [PendingInvitationsDocument],
  });
  const revoke = async () => {
    try {
      await revokeInvitation({ variables: { id: invitation.id } });
      onRevoked();
    } catch {
      // Shown below.
    }
  };
  return (
    <ConfirmDialog
      title={t('invitations.revokeTitle', { email: isolate(invitation.email) })}
      explanation={t('invitations.revokeExplanation')}
      confirmLabel={t('invitations.revoke')}
      loading={loading}
      error={error}
      onConfirm={() => void revoke()}
      onClose={onClose}
    />
  );
}
