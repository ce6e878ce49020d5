import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ctcp/shared';
import { errorCode, errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { PasswordField } from '../../components/PasswordField';
import { useErrorTitle } from '../../components/QueryStates';
import { usePageTitle } from '../../components/usePageTitle';
import { useFormatters } from '../../i18n/format';
import { AuthCard } from './AuthCard';
import { ResetPasswordDocument } from './operations';

type Outcome = 'pending' | 'done' | 'deadLink';

/** Sets a new password with the link of the reset mail (`?token=`). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('resetPassword.pageTitle'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const [outcome, setOutcome] = useState<Outcome>('pending');

  let body;
  if (!token || outcome === 'deadLink') {
    body = (
      <Alert color="red" role="alert" title={t('resetPassword.deadLinkTitle')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('resetPassword.deadLink')}</Text>
          <Button component={Link} to="/forgot-password" variant="default" size="sm">
            {t('resetPassword.askAgain')}
          </Button>
        </Stack>
      </Alert>
    );
  } else if (outcome === 'done') {
    body = (
      <Alert color="green" role="status" title={t('resetPassword.doneTitle')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('resetPassword.done')}</Text>
          <Button component={Link} to="/sign-in" size="sm">
            {t('resetPassword.signIn')}
          </Button>
        </Stack>
      </Alert>
    );
  } else {
    body = (
      <NewPasswordForm token={token} onDone={() => setOutcome('done')} onDeadLink={() => setOutcome('deadLink')} />
    );
  }

  return (
    <AuthCard
      title={t('resetPassword.title')}
      intro={outcome === 'pending' && token ? t('resetPassword.intro') : undefined}
    >
      {body}
    </AuthCard>
  );
}

interface NewPasswordValues {
  password: string;
  confirmation: string;
}

interface NewPasswordFormProps {
  token: string;
  onDone: () => void;
  /** The link was used already, has expired or never existed. */
  onDeadLink: () => void;
}

function NewPasswordForm({ token, onDone, onDeadLink }: NewPasswordFormProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorTitle = useErrorTitle();
  const min = format.number(PASSWORD_MIN_LENGTH);
  const form = useForm<NewPasswordValues>({
    mode: 'controlled',
    initialValues: { password: '', confirmation: '' },
    validate: {
      password: (value) => (value.length < PASSWORD_MIN_LENGTH ? t('resetPassword.passwordTooShort', { min }) : null),
      confirmation: (value, values) => (value !== values.password ? t('resetPassword.passwordsDiffer') : null),
    },
  });
  const fieldErrors = useFieldErrors(form);
  // An api error about none of the fields: shown above the button.
  const [failure, setFailure] = useState<unknown>(null);
  const [resetPassword, { loading }] = useMutation(ResetPasswordDocument);

  const submit = async ({ password }: NewPasswordValues) => {
    setFailure(null);
    try {
      await resetPassword({ variables: { input: { token, password } } });
      onDone();
    } catch (caught) {
      if (errorCode(caught) === 'NOT_FOUND') onDeadLink();
      else if (!fieldErrors.showApiError(caught, ['password'])) setFailure(caught);
    }
  };

  return (
    <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
      <Stack gap="md">
        {failure !== null && (
          <Alert color="red" role="alert" title={errorTitle(failure)}>
            {errorDetail(failure)}
          </Alert>
        )}
        <PasswordField
          label={t('resetPassword.password')}
          description={t('resetPassword.passwordHelp', { min })}
          autoComplete="new-password"
          required
          maxLength={PASSWORD_MAX_LENGTH}
          {...form.getInputProps('password')}
        />
        <PasswordField
          label={t('resetPassword.confirmPassword')}
          autoComplete="new-password"
          required
          maxLength={PASSWORD_MAX_LENGTH}
          {...form.getInputProps('confirmation')}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('resetPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
