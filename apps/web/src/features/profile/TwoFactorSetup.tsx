import { Alert, Button, CopyButton, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorDetail } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';
import { ConfirmTotpDocument, EnrollTotpDocument } from './operations';

interface TwoFactorSetupProps {
  /** After the recovery codes were shown and the person said they kept them. */
  onDone: () => unknown;
}

/**
 * Turning two-factor sign-in on, in three steps: a secret for the authenticator app (as a QR code and as
 * text), a first code from the app to prove it holds the secret, then the recovery codes, shown once.
 */
export function TwoFactorSetup({ onDone }: TwoFactorSetupProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const [enroll, enrolment] = useMutation(EnrollTotpDocument);
  const [confirm, confirmation] = useMutation(ConfirmTotpDocument);
  const form = useForm({ mode: 'controlled', initialValues: { code: '' } });
  const secret = enrolment.data?.enrollTotp;
  const recoveryCodes = confirmation.data?.confirmTotp.recoveryCodes;

  const submitCode = async ({ code }: { code: string }) => {
    try {
      await confirm({ variables: { input: { code: code.trim() } } });
    } catch (error) {
      if (errorCode(error) === 'BAD_USER_INPUT') form.setFieldError('code', t('twoFactor.wrongCode'));
      form.setFieldValue('code', '');
    }
  };

  if (recoveryCodes) {
    return <RecoveryCodes codes={recoveryCodes} onDone={onDone} />;
  }

  if (!secret) {
    return (
      <Stack gap="sm" align="flex-start">
        {enrolment.error && (
          <Alert color="red" role="alert" title={errorTitle(enrolment.error)}>
            {errorDetail(enrolment.error)}
          </Alert>
        )}
        <Button loading={enrolment.loading} onClick={() => void enroll().catch(() => undefined)}>
          {t('twoFactor.setUp')}
        </Button>
      </Stack>
    );
  }

  return (
    <form onSubmit={form.onSubmit(submitCode)}>
      <Stack gap="md">
        <Text>{t('twoFactor.scan')}</Text>
        {/* A white margin around the code: scanners need it, in the dark theme too. */}
        <div style={{ background: 'white', padding: 12, width: 'fit-content', borderRadius: 8 }}>
          <QRCodeSVG value={secret.otpauthUri} size={176} title={t('twoFactor.qrCode')} />
        </div>
        <Stack gap={6}>
          <Text size="sm">{t('twoFactor.enterKey')}</Text>
          <Text ff="monospace" dir="ltr" data-testid="totp-key" style={{ wordBreak: 'break-all', textAlign: 'start' }}>
            {secret.secret.replace(/(.{4})/g, '$1 ').trim()}
          </Text>
          <CopyButton value={secret.secret}>
            {({ copied, copy }) => (
              <Button variant="light" size="xs" w="fit-content" onClick={copy}>
                {copied ? t('twoFactor.copied') : t('twoFactor.copyKey')}
              </Button>
            )}
          </CopyButton>
        </Stack>
        <TextInput
          label={t('twoFactor.code')}
          description={t('twoFactor.firstCodeHelp')}
          dir="ltr"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          maxLength={7}
          maw={240}
          {...form.getInputProps('code')}
        />
        {confirmation.error && errorCode(confirmation.error) !== 'BAD_USER_INPUT' && (
          <Alert color="red" role="alert" title={errorTitle(confirmation.error)}>
            {errorDetail(confirmation.error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={confirmation.loading}>
            {t('twoFactor.turnOn')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => unknown }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="green" role="status" title={t('twoFactor.onTitle')}>
        {t('twoFactor.recoveryCodesIntro', { count: codes.length })}
      </Alert>
      <List listStyleType="none" spacing={4} dir="ltr" ff="monospace" aria-label={t('twoFactor.recoveryCodes')}>
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group>
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy}>
              {copied ? t('twoFactor.copied') : t('twoFactor.copyCodes')}
            </Button>
          )}
        </CopyButton>
        <Button onClick={() => void onDone()}>{t('twoFactor.savedCodes')}</Button>
      </Group>
    </Stack>
  );
}
