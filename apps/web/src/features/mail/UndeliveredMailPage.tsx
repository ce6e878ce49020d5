import { useState } from 'react';
import { Alert, Button, Stack, Table, Text } from '@mantine/core';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { ScrollTable } from '../../components/ScrollTable';
import { type Tone, ToneBadge } from '../../components/ToneBadge';
import type { MailStatus, UndeliveredMailQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useViewerCan } from '../../session';
import { UndeliveredMailDocument } from './operations';

const PAGE_SIZE = 50;

const STATUS_TONES: Record<MailStatus, Tone> = {
  PENDING: 'neutral',
  SENDING: 'info',
  SENT: 'success',
  FAILED: 'danger',
};

function appendMailPage(
  previous: UndeliveredMailQuery,
  { fetchMoreResult }: { fetchMoreResult: UndeliveredMailQuery },
): UndeliveredMailQuery {
  return {
    ...fetchMoreResult,
    undeliveredMail: {
      ...fetchMoreResult.undeliveredMail,
      edges: [...previous.undeliveredMail.edges, ...fetchMoreResult.undeliveredMail.edges],
    },
  };
}

/** For platform admins: outgoing mail not delivered yet, or given up, with the mail server's last answer. */
export function UndeliveredMailPage() {
  const { t } = useTranslation();
  const can = useViewerCan();

  if (!can.reviewMailDelivery) {
    return (
      <Page title={t('mail.title')}>
        <Alert color="red" role="alert" title={t('errors.FORBIDDEN')}>
          {t('mail.notAllowed')}
        </Alert>
      </Page>
    );
  }
  return <UndeliveredMail />;
}

function UndeliveredMail() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, networkStatus, error, refetch, fetchMore } = useQuery(UndeliveredMailDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  const messages = data?.undeliveredMail.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.undeliveredMail.pageInfo;

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendMailPage });
    } finally {
      setLoadingMore(false);
    }
  };

  let body;
  if (error && !data) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else if (!data) {
    body = <LoadingState />;
  } else if (messages.length === 0) {
    body = <EmptyState title={t('mail.empty')}>{t('mail.emptyHelp')}</EmptyState>;
  } else {
    body = (
      <Stack gap="sm">
        <Text c="dimmed" size="sm" aria-live="polite">
          {t('common.showingOf', {
            shown: format.number(messages.length),
            total: format.number(data.undeliveredMail.totalCount),
          })}
        </Text>
        <ScrollTable label={t('mail.tableLabel')} minWidth={960}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('mail.recipient')}</Table.Th>
              <Table.Th scope="col">{t('mail.kind')}</Table.Th>
              <Table.Th scope="col">{t('mail.status')}</Table.Th>
              <Table.Th scope="col">{t('mail.attempts')}</Table.Th>
              <Table.Th scope="col">{t('mail.lastError')}</Table.Th>
              <Table.Th scope="col">{t('mail.created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {messages.map((message) => (
              <Table.Tr key={message.id}>
                <Table.Td fw={500}>
                  <bdi>{message.toAddress}</bdi>
                </Table.Td>
                <Table.Td>{t(`enums.mailKind.${message.kind}`)}</Table.Td>
                <Table.Td>
                  <ToneBadge tone={STATUS_TONES[message.status]}>{t(`enums.mailStatus.${message.status}`)}</ToneBadge>
                </Table.Td>
                <Table.Td>{format.number(message.attempts)}</Table.Td>
                <Table.Td maw={360} style={{ overflowWrap: 'anywhere' }}>
                  {message.lastError ? (
                    // The mail server's own words, in its language and script.
                    <bdi>{message.lastError}</bdi>
                  ) : (
                    <Text component="span" size="sm" c="dimmed">
                      {t('mail.noError')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
        {error && <ErrorState error={error} onRetry={() => void refetch()} />}
        {pageInfo?.hasNextPage && (
          <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
            {t('common.loadMore')}
          </Button>
        )}
      </Stack>
    );
  }

  return (
    <Page
      title={t('mail.title')}
      description={t('mail.intro')}
      actions={
        <Button
          variant="default"
          onClick={() => void refetch().catch(() => undefined)}
          loading={networkStatus === NetworkStatus.refetch}
        >
          {t('mail.refresh')}
        </Button>
      }
    >
      {body}
    </Page>
  );
}
