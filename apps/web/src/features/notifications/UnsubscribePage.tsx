import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';
import { AuthCard } from '../auth';

/** Where the one-click unsubscribe of a notification mail is posted (the page is the same address, GET). */
function unsubscribeUrl(token: string): string {
  return `/unsubscribe?token=${encodeURIComponent(token)}`;
}

type Outcome =
  | { kind: 'pending' }
  | { kind: 'sending' }
  | { kind: 'done' }
  | { kind: 'deadLink' }
  /** The api could not be reached or did not answer: the same button tries again. */
  | { kind: 'failed'; reason: 'network' | 'RATE_LIMITED' | 'UNAVAILABLE' | 'INTERNAL' };

function failureOf(status: number): Extract<Outcome, { kind: 'failed' }>['reason'] {
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503 || status === 504) return 'UNAVAILABLE';
  return 'INTERNAL';
}

/**
 * The page the link of a notification mail opens (`?token=`): its button stops all notification mail of the
 * person the token names, without signing in. Opening the link does nothing by itself, so mail scanners that
 * follow links do not unsubscribe anyone.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  usePageTitle(t('unsubscribe.pageTitle'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'pending' });

  const unsubscribe = async () => {
    setOutcome({ kind: 'sending' });
    try {
      const response = await fetch(unsubscribeUrl(token), { method: 'POST', credentials: 'same-origin' });
      if (response.ok) setOutcome({ kind: 'done' });
      else if (response.status === 404) setOutcome({ kind: 'deadLink' });
      else setOutcome({ kind: 'failed', reason: failureOf(response.status) });
    } catch {
      setOutcome({ kind: 'failed', reason: 'network' });
    }
  };

  /** An outcome told in words, with the way to the profile, where any frequency can be chosen. */
  const notice = (outcomeKey: 'noToken' | 'deadLink' | 'done') => (
    <Alert
      color={outcomeKey === 'done' ? 'green' : 'red'}
      role={outcomeKey === 'done' ? 'status' : 'alert'}
      title={t(`unsubscribe.${outcomeKey}Title`)}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t(`unsubscribe.${outcomeKey}`)}</Text>
        <Button component={Link} to="/profile" variant="default" size="sm">
          {t('unsubscribe.chooseFrequency')}
        </Button>
      </Stack>
    </Alert>
  );

  let body;
  if (!token) body = notice('noToken');
  else if (outcome.kind === 'deadLink' || outcome.kind === 'done') body = notice(outcome.kind);
  else {
    body = (
      <Stack gap="md">
        {outcome.kind === 'failed' && (
          <Alert
            color="red"
            role="alert"
            title={outcome.reason === 'network' ? t('errors.network') : t(`errors.${outcome.reason}`)}
          />
        )}
        <Button onClick={() => void unsubscribe()} loading={outcome.kind === 'sending'} fullWidth>
          {t('unsubscribe.submit')}
        </Button>
      </Stack>
    );
  }

  const asking = Boolean(token) && outcome.kind !== 'done' && outcome.kind !== 'deadLink';
  return (
    <AuthCard title={t('unsubscribe.title')} intro={asking ? t('unsubscribe.intro') : undefined}>
      {body}
    </AuthCard>
  );
}
