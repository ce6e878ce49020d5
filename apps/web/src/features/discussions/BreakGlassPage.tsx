import { type FormEvent, useState } from 'react';
import { Alert, Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MARKING_REASON_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { LockIcon } from '../../components/icons';
import { Page } from '../../components/Page';
import { ErrorState, useErrorTitle } from '../../components/QueryStates';
import type { MarkedRecord } from './marking';
import { BreakGlassDocument } from './operations';

/** What the page says for each kind of record. */
const TEXTS = {
  thread: {
    title: 'discussions.threadTitle',
    help: 'discussions.marking.breakGlassHelp',
    reason: 'discussions.marking.breakGlassReason',
    confirm: 'discussions.marking.breakGlassConfirm',
  },
  request: {
    title: 'requests.detailTitle',
    help: 'requests.marking.breakGlassHelp',
    reason: 'requests.marking.breakGlassReason',
    confirm: 'requests.marking.breakGlassConfirm',
  },
  project: {
    title: 'projects.detailTitle',
    help: 'projects.marking.breakGlassHelp',
    reason: 'projects.marking.breakGlassReason',
    confirm: 'projects.marking.breakGlassConfirm',
  },
} as const;

interface BreakGlassPageProps {
  /** What could not be found: a thread, an assistance request or a joint project. */
  record: 'thread' | MarkedRecord;
  /** The NOT_FOUND the record's query answered. */
  error: unknown;
  /** Asks the api for the grant, with the reason given; rejects with the api's refusal. */
  onBreakGlass: (reason: string) => Promise<unknown>;
  /** Once the grant is given: the record is asked for again. */
  onGranted: () => Promise<unknown>;
}

/**
 * A classified record's not-found view for a platform admin (`viewerCan.breakGlass`): a STRICTLY_CONFIDENTIAL
 * thread, request or project they are not named on answers NOT_FOUND like any other, and they may ask for an
 * audited read of it, with a reason. The api answers NOT_FOUND again when there is no such record to break into.
 */
export function BreakGlassPage({ record, error, onBreakGlass, onGranted }: BreakGlassPageProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const texts = TEXTS[record];
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [breaking, setBreaking] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (breaking) return;
    if (!reason.trim()) {
      setReasonError(t('discussions.marking.reasonRequired'));
      return;
    }
    setBreaking(true);
    setRefusal(null);
    try {
      await onBreakGlass(reason.trim());
      await onGranted();
    } catch (caught) {
      // Shown below.
      setRefusal(caught);
    } finally {
      setBreaking(false);
    }
  };

  return (
    <Page title={t(texts.title)}>
      <ErrorState error={error} />
      <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="break-glass">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="sm" maw={720}>
            <Title order={2} size="h4" id="break-glass">
              {t('discussions.marking.breakGlass')}
            </Title>
            <Text size="sm">{t(texts.help)}</Text>
            <Textarea
              label={t(texts.reason)}
              description={t('discussions.marking.reasonHelp')}
              required
              autosize
              minRows={2}
              maxRows={6}
              maxLength={MARKING_REASON_MAX_LENGTH}
              value={reason}
              error={reasonError}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setReasonError(null);
                setRefusal(null);
              }}
            />
            {refusal != null && (
              <Alert color="red" role="alert" title={errorTitle(refusal)}>
                {errorDetail(refusal)}
              </Alert>
            )}
            <Button type="submit" color="red" leftSection={<LockIcon size={16} />} loading={breaking} w="fit-content">
              {t(texts.confirm)}
            </Button>
          </Stack>
        </form>
      </Card>
    </Page>
  );
}

/** The thread page's break-glass view: `breakGlass` on the thread. */
export function ThreadBreakGlassPage({
  threadId,
  error,
  onGranted,
}: {
  threadId: string;
  error: unknown;
  onGranted: () => Promise<unknown>;
}) {
  const [breakGlass] = useMutation(BreakGlassDocument);
  return (
    <BreakGlassPage
      record="thread"
      error={error}
      onBreakGlass={(reason) => breakGlass({ variables: { input: { threadId, reason } } })}
      onGranted={onGranted}
    />
  );
}
