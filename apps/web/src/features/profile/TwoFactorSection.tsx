import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorDetail } from '../../components/errors';
import { ErrorState, LoadingState, useErrorTitle } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { MeDocument } from '../../session';
import { DisableTotpDocument, TwoFactorStatusDocument } from './operations';
import { TwoFactorSetup } from './TwoFactorSetup';

/** Two-factor sign-in on the profile: turning it on with an authenticator app, or off with a code. */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(TwoFactorStatusDocument);
  const status = data?.me.twoFactor;
  // The session's `me` carries the status too (a role that requires it): refresh both.
  const refreshStatus = () =>
    Promise.all([refetch(), client.query({ query: MeDocument, fetchPolicy: 'network-only' })]);

  let body;
  if (error && !data) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (loading || !status) body = <LoadingState />;
  else if (status.enabled) body = <TurnOff recoveryCodesLeft={status.recoveryCodesLeft} onOff={refreshStatus} />;
  else body = <TwoFactorSetup onDone={refreshStatus} />;

  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="two-factor-heading">
      <Stack gap="md" maw={560}>
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} size="h4" id="two-factor-heading">
              {t('twoFactor.title')}
            </Title>
            {status && (
              <Badge color={status.enabled ? 'green' : 'gray'} variant="light">
                {status.enabled ? t('twoFactor.on') : t('twoFactor.off')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('twoFactor.intro')}
          </Text>
          {status?.required && (
            <Text size="sm" c="dimmed">
              {t('twoFactor.requiredForRole')}
            </Text>
          )}
        </Stack>
        {body}
      </Stack>
    </Card>
  );
}

function TurnOff({ recoveryCodesLeft, onOff }: { recoveryCodesLeft: number; onOff: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorTitle = useErrorTitle();
  const [open, setOpen] = useState(false);
  const form = useForm({ mode: 'controlled', initialValues: { code: '' } });
  const [disable, { loading, error }] = useMutation(DisableTotpDocument);

  const submit = async ({ code }: { code: string }) => {
    try {
      await disable({ variables: { input: { code: code.trim() } } });
      await onOff();
    } catch (caught) {
      if (errorCode(caught) === 'BAD_USER_INPUT') form.setFieldError('code', t('twoFactor.wrongCode'));
    }
  };

  return (
    <Stack gap="sm">
      <Text>{t('twoFactor.recoveryCodesLeft', { number: format.number(recoveryCodesLeft) })}</Text>
      {open ? (
        <form onSubmit={form.onSubmit(submit)}>
          <Stack gap="sm" maw={320}>
            <TextInput
              label={t('twoFactor.codeOrRecoveryCode')}
              dir="ltr"
              autoComplete="one-time-code"
              required
              maxLength={40}
              autoFocus
              {...form.getInputProps('code')}
            />
            {error && errorCode(error) !== 'BAD_USER_INPUT' && (
              <Alert color="red" role="alert" title={errorTitle(error)}>
                {errorDetail(error)}
              </Alert>
            )}
            <Group>
              <Button type="submit" color="red" loading={loading}>
                {t('twoFactor.turnOff')}
              </Button>
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Button variant="default" w="fit-content" onClick={() => setOpen(true)}>
          {t('twoFactor.turnOff')}
        </Button>
      )}
    </Stack>
  );
}
