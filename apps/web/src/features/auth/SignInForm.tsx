import { useState } from 'react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@ctcp/shared';
import { errorCode, errorExtensionNumber } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';
import { PasswordField } from '../../components/PasswordField';
import { SignInDocument } from './operations';
import type { SessionUser } from '../../session';

interface SignInFormProps {
  onSignedIn: (user: SessionUser) => void | Promise<void>;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  // The browser checks the fields (required, an email address) before the form is submitted.
  const form = useForm({ mode: 'controlled', initialValues: { email: '', password: '' } });
  const [failure, setFailure] = useState<unknown>(null);
  const [signIn, { loading }] = useMutation(SignInDocument);

  const submit = async ({ email, password }: { email: string; password: string }) => {
    setFailure(null);
    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (data) await onSignedIn(data.signIn.user);
    } catch (error) {
      setFailure(error);
      form.setFieldValue('password', '');
    }
  };

  const failureMessage = (): string => {
    switch (errorCode(failure)) {
      case 'UNAUTHENTICATED':
        return t('signIn.wrongCredentials');
      case 'RATE_LIMITED': {
        const seconds = errorExtensionNumber(failure, 'retryAfterSeconds') ?? 15 * 60;
        return t('signIn.rateLimited', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
      }
      default:
        return errorTitle(failure);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate={false}>
      <Stack gap="md">
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
          {...form.getInputProps('email')}
        />
        <PasswordField
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          required
          maxLength={PASSWORD_MAX_LENGTH}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
