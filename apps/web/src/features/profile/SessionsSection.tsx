import { useState } from 'react';
import { Alert, Badge, Button, Card, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorDetail } from '../../components/errors';
import { ErrorState, LoadingState, useErrorTitle } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { MySessionsDocument, RevokeOtherSessionsDocument, RevokeSessionDocument } from './operations';

/** Where the person is signed in (browsers and clients), and ending any of those sessions but this one. */
export function SessionsSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorTitle = useErrorTitle();
  const { data, loading, error, refetch } = useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
  const refetchQueries = ['MySessions'];
  const [revoke, revoking] = useMutation(RevokeSessionDocument, { refetchQueries, awaitRefetchQueries: true });
  const [revokeOthers, revokingOthers] = useMutation(RevokeOtherSessionsDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  // The session being ended, for its button's spinner.
  const [ending, setEnding] = useState<string | null>(null);
  const sessions = data?.mySessions ?? [];

  const end = async (id: string) => {
    setEnding(id);
    try {
      await revoke({ variables: { id } });
    } catch {
      // Shown from the mutation's error state.
    } finally {
      setEnding(null);
    }
  };
  const failure = revoking.error ?? revokingOthers.error;

  let body;
  if (error && !data) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (loading && !data) body = <LoadingState />;
  else {
    body = (
      <Stack gap="sm">
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sessions.device')}</Table.Th>
                <Table.Th>{t('sessions.address')}</Table.Th>
                <Table.Th>{t('sessions.signedIn')}</Table.Th>
                <Table.Th>{t('sessions.lastActive')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Td dir="auto">{session.device ?? t('sessions.unknownDevice')}</Table.Td>
                  <Table.Td dir="ltr" style={{ textAlign: 'start' }}>
                    {session.ipAddress ?? '—'}
                  </Table.Td>
                  <Table.Td>{format.dateTime(session.createdAt)}</Table.Td>
                  <Table.Td>{format.relative(session.lastUsedAt)}</Table.Td>
                  <Table.Td>
                    {session.current ? (
                      <Badge variant="light">{t('sessions.thisDevice')}</Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="default"
                        loading={ending === session.id}
                        onClick={() => void end(session.id)}
                        aria-label={t('sessions.endOne', { device: session.device ?? t('sessions.unknownDevice') })}
                      >
                        {t('sessions.end')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {failure && (
          <Alert color="red" role="alert" title={errorTitle(failure)}>
            {errorDetail(failure)}
          </Alert>
        )}
        {sessions.length > 1 && (
          <Button
            variant="default"
            w="fit-content"
            loading={revokingOthers.loading}
            onClick={() => void revokeOthers().catch(() => undefined)}
          >
            {t('sessions.endOthers')}
          </Button>
        )}
      </Stack>
    );
  }

  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="sessions-heading">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id="sessions-heading">
            {t('sessions.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('sessions.intro')}
          </Text>
        </Stack>
        {body}
      </Stack>
    </Card>
  );
}
