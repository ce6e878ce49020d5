import { useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../components/errors';
import type { SessionUser } from '../../session';
import { CompleteSignInDocument } from './operations';
import { useSignInFailureMessage } from './sign-in-failure';

interface SecondFactorFormProps {
  mfaToken: string;
  onSignedIn: (user: SessionUser) => void | Promise<void>;
  /** Back to the password: the sign-in expired, or the person chose to. */
  onRestart: (expired: boolean) => void;
}

/** After the right password of a person with two-factor sign-in: the code of their app, or a recovery code. */
export function SecondFactorForm({ mfaToken, onSignedIn, onRestart }: SecondFactorFormProps) {
  const { t } = useTranslation();
  const signInFailureMessage = useSignInFailureMessage();
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm({ mode: 'controlled', initialValues: { code: '' } });
  const [completeSignIn, { loading }] = useMutation(CompleteSignInDocument);

  const submit = async ({ code }: { code: string }) => {
    setFailure(null);
    try {
      const { data } = await completeSignIn({ variables: { input: { mfaToken, code: code.trim() } } });
      if (data) await onSignedIn(data.completeSignIn.user);
    } catch (error) {
      if (errorCode(error) === 'UNAUTHENTICATED') return onRestart(true);
      setFailure(error);
      form.setFieldValue('code', '');
    }
  };

  const failureMessage = () => signInFailureMessage(failure, 'BAD_USER_INPUT', t('twoFactor.wrongCode'));

  return (
    <form onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        <Text>{useRecoveryCode ? t('twoFactor.recoveryCodeIntro') : t('twoFactor.codeIntro')}</Text>
        {failure !== null && (
          <Alert color="red" role="alert" title={t('signIn.failed')}>
            {failureMessage()}
          </Alert>
        )}
        {useRecoveryCode ? (
          <TextInput
            key="recovery"
            label={t('twoFactor.recoveryCode')}
            dir="ltr"
            autoComplete="off"
            autoFocus
            required
            maxLength={40}
            {...form.getInputProps('code')}
          />
        ) : (
          <TextInput
            key="totp"
            label={t('twoFactor.code')}
            dir="ltr"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]{6,7}"
            autoFocus
            required
            maxLength={7}
            {...form.getInputProps('code')}
          />
        )}
        <Button type="submit" loading={loading} fullWidth>
          {t('twoFactor.verify')}
        </Button>
        <Group justify="space-between">
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => {
              setUseRecoveryCode(!useRecoveryCode);
              form.setFieldValue('code', '');
            }}
          >
            {useRecoveryCode ? t('twoFactor.useApp') : t('twoFactor.useRecoveryCode')}
          </Anchor>
          <Anchor component="button" type="button" size="sm" onClick={() => onRestart(false)}>
            {t('twoFactor.back')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
