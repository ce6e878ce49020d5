import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../components/errors';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import type { AuditEventsQuery, VerifyAuditChainMutation } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { type SessionUser, useSignedInUser, useViewerCan } from '../../session';
import { AuditEventTable } from './AuditEventTable';
import { AuditFilters } from './AuditFilters';
import {
  type AuditFilterValues,
  exportUrl,
  FILTER_PARAMS,
  hasFilters,
  readFilterValues,
  toEventFilter,
} from './filters';
import { AuditEventsDocument, VerifyAuditChainDocument } from './operations';

export const AUDIT_PAGE_SIZE = 50;

/** `updateQuery` for "Show more": the next page's events after the ones shown. */
function appendAuditPage(
  previous: AuditEventsQuery,
  { fetchMoreResult }: { fetchMoreResult: AuditEventsQuery },
): AuditEventsQuery {
  return {
    ...fetchMoreResult,
    auditEvents: {
      ...fetchMoreResult.auditEvents,
      edges: [...previous.auditEvents.edges, ...fetchMoreResult.auditEvents.edges],
    },
  };
}

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <Page title={t('audit.title')}>
      <Alert color="red" role="alert" title={t('errors.FORBIDDEN')}>
        {t('audit.notAllowed')}
      </Alert>
    </Page>
  );
}

/**
 * The audit trail, newest first: all of it for platform admins, their own people's for an organization's
 * admins. The filters live in the address (/audit?action=sign_in.failed&from=2030-01-01), so that a view
 * can be shared and comes back with the Back button; the CSV export takes the same filters.
 */
export function AuditTrailPage() {
  const user = useSignedInUser();
  const can = useViewerCan();
  if (!can.readAuditTrail) return <NotAllowed />;
  return <AuditTrail user={user} mayVerify={can.verifyAuditChain} />;
}

function AuditTrail({ user, mayVerify }: { user: SessionUser; mayVerify: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const fromAddress = readFilterValues(params);
  // An organization's admins read their own people only: the address does not choose another organization.
  const values: AuditFilterValues = mayVerify ? fromAddress : { ...fromAddress, organizationId: '' };
  const filter = toEventFilter(values, { withOrganization: mayVerify });
  const [loadingMore, setLoadingMore] = useState(false);
  const [verify, verification] = useMutation(VerifyAuditChainDocument);

  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AuditEventsDocument, {
    variables: { filter, first: AUDIT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const events = shown?.auditEvents.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.auditEvents.pageInfo;

  const update = (changes: Partial<AuditFilterValues>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes) as [keyof AuditFilterValues, string][]) {
          if (value) next.set(FILTER_PARAMS[key], value);
          else next.delete(FILTER_PARAMS[key]);
        }
        return next;
      },
      { replace: true },
    );

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendAuditPage });
    } finally {
      setLoadingMore(false);
    }
  };

  if (errorCode(error) === 'FORBIDDEN') return <NotAllowed />;

  const ownOrganization = user.organization.acronym ?? '';
  let body;
  if (error && !shown) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else if (!shown && loading) {
    body = <LoadingState />;
  } else if (events.length === 0) {
    body = hasFilters(values) ? (
      <EmptyState title={t('audit.emptyFiltered')}>{t('common.tryOtherSearch')}</EmptyState>
    ) : (
      <EmptyState title={t('audit.empty')} />
    );
  } else {
    body = (
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text c="dimmed" size="sm" aria-live="polite">
            {t('common.showingOf', {
              shown: format.number(events.length),
              total: shown ? format.count(shown.auditEvents) : format.number(events.length),
            })}
          </Text>
          <Text c="dimmed" size="sm">
            {t('audit.timeZone', { zone: isolate(Intl.DateTimeFormat().resolvedOptions().timeZone) })}
          </Text>
        </Group>
        <AuditEventTable events={events} />
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
      title={t('audit.title')}
      description={
        mayVerify ? t('audit.intro') : t('audit.introOrganization', { organization: isolate(ownOrganization) })
      }
      actions={
        <Group gap="xs">
          <Button component="a" href={exportUrl(filter)} download variant="default">
            {t('audit.export')}
          </Button>
          {mayVerify && (
            <Button onClick={() => void verify().catch(() => undefined)} loading={verification.loading}>
              {t('audit.verify.button')}
            </Button>
          )}
        </Group>
      }
    >
      {mayVerify && (
        <VerifyChainResult
          result={verification.data?.verifyAuditChain}
          error={verification.error}
          onClose={verification.reset}
        />
      )}
      <AuditFilters values={values} onChange={update} fixedOrganization={mayVerify ? null : ownOrganization} />
      {body}
    </Page>
  );
}

/** What the check of the hash chain found: every row in order, or the first row that does not match. */
function VerifyChainResult({
  result,
  error,
  onClose,
}: {
  result: VerifyAuditChainMutation['verifyAuditChain'] | undefined;
  error: unknown;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (error) return <ErrorState error={error} />;
  if (!result) return null;
  const closeProps = { withCloseButton: true, onClose, closeButtonLabel: t('common.close') };
  if (result.ok) {
    return (
      <Alert color="green" role="status" title={t('audit.verify.okTitle')} {...closeProps}>
        {t('audit.verify.ok', { number: format.number(result.checked) })}
      </Alert>
    );
  }
  return (
    <Alert color="red" role="alert" title={t('audit.verify.brokenTitle')} {...closeProps}>
      <Stack gap={4}>
        <Text size="sm">
          {result.firstBrokenId
            ? t('audit.verify.broken', { id: isolate(result.firstBrokenId) })
            : t('audit.verify.brokenUnknown')}
        </Text>
        <Text size="sm">{t('audit.verify.checked', { number: format.number(result.checked) })}</Text>
      </Stack>
    </Alert>
  );
}
