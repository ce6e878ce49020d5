import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EMAIL_MAX_LENGTH, PASSWORD_RESET_TTL_SECONDS } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';
import { usePageTitle } from '../../components/usePageTitle';
import { useFormatters } from '../../i18n/format';
import { AuthCard } from './AuthCard';
import { RequestPasswordResetDocument } from './operations';

/** Asks for a link to set a new password. The answer never says whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgotPassword.pageTitle'));
  const format = useFormatters();
  const errorTitle = useErrorTitle();
  // The browser checks the email address (required, its form) before the form is submitted.
  const form = useForm({ mode: 'controlled', initialValues: { email: '' } });
  const [requestPasswordReset, { loading, error }] = useMutation(RequestPasswordResetDocument);
  const [sent, setSent] = useState(false);

  const submit = async ({ email }: { email: string }) => {
    try {
      await requestPasswordReset({ variables: { email: email.trim() } });
      setSent(true);
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <AuthCard title={t('forgotPassword.title')} intro={sent ? undefined : t('forgotPassword.intro')}>
      {sent ? (
        <Alert color="green" role="status" title={t('forgotPassword.sentTitle')}>
          {t('forgotPassword.sent', { minutes: format.number(PASSWORD_RESET_TTL_SECONDS / 60) })}
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit(submit)}>
          <Stack gap="md">
            {error && (
              <Alert color="red" role="alert" title={errorTitle(error)}>
                {errorDetail(error)}
              </Alert>
            )}
            <TextInput
              label={t('forgotPassword.email')}
              type="email"
              // Addresses are Latin script: keep them left-to-right in Arabic too.
              dir="ltr"
              name="email"
              autoComplete="email"
              required
              maxLength={EMAIL_MAX_LENGTH}
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={loading} fullWidth>
              {t('forgotPassword.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" size="sm" w="fit-content">
        {t('forgotPassword.backToSignIn')}
      </Anchor>
    </AuthCard>
  );
}
