import { Alert, Button, Divider } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { SignInOptionsDocument } from './operations';

/** Why the api sent the person back from single sign-on (`/sign-in?sso=<reason>`), one message each. */
const FAILURE_MESSAGES = {
  cancelled: 'singleSignOn.cancelled',
  unknown_account: 'singleSignOn.unknownAccount',
  unverified_email: 'singleSignOn.unverifiedEmail',
  failed: 'singleSignOn.failed',
} as const;

interface SingleSignOnButtonProps {
  /** The page to come back to once signed in. */
  next: string;
}

/**
 * Sign-in with the organization's identity provider, when the platform has one, above the password form;
 * and why the last attempt was refused. The api runs the whole exchange: this is a plain link to it.
 */
export function SingleSignOnButton({ next }: SingleSignOnButtonProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  // Without an answer (loading, or the api unreachable) only the password form shows.
  const { data } = useQuery(SignInOptionsDocument);
  const singleSignOn = data?.signInOptions.singleSignOn;
  const reason = searchParams.get('sso');
  const failure = reason === null ? null : failureMessage(reason);

  return (
    <>
      {failure && (
        <Alert color="red" role="alert" title={t('singleSignOn.failedTitle')}>
          {t(failure)}
        </Alert>
      )}
      {singleSignOn && (
        <>
          <Button component="a" href={startHref(singleSignOn.startUrl, next)} variant="default" fullWidth>
            {t('singleSignOn.button', { label: singleSignOn.label })}
          </Button>
          <Divider label={t('singleSignOn.or')} labelPosition="center" />
        </>
      )}
    </>
  );
}

function failureMessage(reason: string) {
  return Object.hasOwn(FAILURE_MESSAGES, reason)
    ? FAILURE_MESSAGES[reason as keyof typeof FAILURE_MESSAGES]
    : FAILURE_MESSAGES.failed;
}

function startHref(startUrl: string, next: string): string {
  const url = new URL(startUrl, window.location.origin);
  url.searchParams.set('next', next);
  return url.href;
}
