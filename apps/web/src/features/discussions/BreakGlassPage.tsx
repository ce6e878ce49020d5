import { type FormEvent, useState } from 'react';
import { Alert, Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MARKING_REASON_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { LockIcon } from '../../components/icons';
import { Page } from '../../components/Page';
import { ErrorState, useErrorTitle } from '../../components/QueryStates';
import { BreakGlassDocument } from './operations';

interface BreakGlassPageProps {
  threadId: string;
  /** The NOT_FOUND the thread query answered. */
  error: unknown;
  /** Once the grant is given: the thread is asked for again. */
  onGranted: () => Promise<unknown>;
}

/**
 * The thread's not-found view for a platform admin (`viewerCan.breakGlass`): a STRICTLY_CONFIDENTIAL thread
 * they are not named on answers NOT_FOUND like any other, and they may ask for an audited read of it, with
 * a reason. The api answers NOT_FOUND again when there is no such thread to break into.
 */
export function BreakGlassPage({ threadId, error, onGranted }: BreakGlassPageProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [breakGlass, breaking] = useMutation(BreakGlassDocument);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(t('discussions.marking.reasonRequired'));
      return;
    }
    try {
      await breakGlass({ variables: { input: { threadId, reason: reason.trim() } } });
      await onGranted();
    } catch {
      // Shown below.
    }
  };

  return (
    <Page title={t('discussions.threadTitle')}>
      <ErrorState error={error} />
      <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="break-glass">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="sm" maw={720}>
            <Title order={2} size="h4" id="break-glass">
              {t('discussions.marking.breakGlass')}
            </Title>
            <Text size="sm">{t('discussions.marking.breakGlassHelp')}</Text>
            <Textarea
              label={t('discussions.marking.breakGlassReason')}
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
                breaking.reset();
              }}
            />
            {breaking.error && (
              <Alert color="red" role="alert" title={errorTitle(breaking.error)}>
                {errorDetail(breaking.error)}
              </Alert>
            )}
            <Button
              type="submit"
              color="red"
              leftSection={<LockIcon size={16} />}
              loading={breaking.loading}
              w="fit-content"
            >
              {t('discussions.marking.breakGlassConfirm')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Page>
  );
}
