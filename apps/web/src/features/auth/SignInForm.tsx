import { type FormEvent, lazy, Suspense, useState } from 'react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@ctcp/shared';
import { errorCode, errorExtensionString } from '../../components/errors';
import { PasswordField } from '../../components/PasswordField';
import { LoadingState } from '../../components/QueryStates';
import { SignInDocument } from './operations';
import { useSignInFailureMessage } from './sign-in-failure';
import type { SessionUser } from '../../session';

// Only people with two-factor sign-in see it, after their password: it loads then.
const SecondFactorForm = lazy(async () => ({ default: (await import('./SecondFactorForm')).SecondFactorForm }));

interface SignInFormProps {
  onSignedIn: (user: SessionUser) => void | Promise<void>;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const signInFailureMessage = useSignInFailureMessage();
  // The browser checks the fields (required, an email address) before the form is submitted: two plain
  // fields, without a form library on the first page of every visit.
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  // Set after the right password of a person with two-factor sign-in: the code comes next.
  const [mfaToken, setMfaToken] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);
  const [signIn, { loading }] = useMutation(SignInDocument);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setExpired(false);
    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (data) await onSignedIn(data.signIn.user);
    } catch (error) {
      setPassword('');
      const token = errorCode(error) === 'MFA_REQUIRED' ? errorExtensionString(error, 'mfaToken') : undefined;
      if (token) setMfaToken(token);
      else setFailure(error);
    }
  };

  if (mfaToken) {
    return (
      <Suspense fallback={<LoadingState />}>
        <SecondFactorForm
          mfaToken={mfaToken}
          onSignedIn={onSignedIn}
          onRestart={(hasExpired) => {
            setMfaToken(null);
            setExpired(hasExpired);
          }}
        />
      </Suspense>
    );
  }

  const failureMessage = () => signInFailureMessage(failure, 'UNAUTHENTICATED', t('signIn.wrongCredentials'));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate={false}>
      <Stack gap="md">
        {expired && (
          <Alert color="yellow" role="alert" title={t('twoFactor.expiredTitle')}>
            {t('twoFactor.expired')}
          </Alert>
        )}
        {failure !== null && (
          <Alert color="red" role="alert" title={t('signIn.failed')}>
            {failureMessage()}
          </Alert>
        )}
        <TextInput
          label={t('signIn.email')}
          type="email"
          // Addresses are Latin script: keep them left-to-right in Arabic too.
          dir="ltr"
          name="email"
          autoComplete="username"
          required
          maxLength={EMAIL_MAX_LENGTH}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
        <PasswordField
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          required
          maxLength={PASSWORD_MAX_LENGTH}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
