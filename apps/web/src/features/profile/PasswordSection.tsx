import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { PasswordField } from '../../components/PasswordField';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { ChangePasswordDocument } from './operations';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

const EMPTY: PasswordValues = { currentPassword: '', newPassword: '', confirmation: '' };

/** Changes the signed-in person's password, given the current one; their other sessions end. */
export function PasswordSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorTitle = useErrorTitle();
  const min = format.number(PASSWORD_MIN_LENGTH);
  const [changed, setChanged] = useState(false);
  const form = useForm<PasswordValues>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: {
      currentPassword: (value) => (value ? null : t('profile.currentPasswordRequired')),
      newPassword: (value) => (value.length < PASSWORD_MIN_LENGTH ? t('profile.newPasswordTooShort', { min }) : null),
      confirmation: (value, values) => (value !== values.newPassword ? t('profile.passwordsDiffer') : null),
    },
    onValuesChange: () => setChanged(false),
  });
  const fieldErrors = useFieldErrors(form);
  // An api error about none of the fields: shown above the button.
  const [failure, setFailure] = useState<unknown>(null);
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);

  const submit = async ({ currentPassword, newPassword }: PasswordValues) => {
    setFailure(null);
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      // Empty fields for a next change, without the rules complaining about them.
      fieldErrors.reset();
      form.reset();
      setChanged(true);
    } catch (caught) {
      if (!fieldErrors.showApiError(caught, ['currentPassword', 'newPassword'])) setFailure(caught);
    }
  };

  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="password-heading">
      <form
        onSubmit={(event) => {
          setChanged(false);
          fieldErrors.onSubmit(submit)(event);
        }}
        noValidate
      >
        <Stack gap="md" maw={480}>
          <Stack gap={4}>
            <Title order={2} size="h4" id="password-heading">
              {t('profile.password')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('profile.passwordIntro')}
            </Text>
          </Stack>
          <PasswordField
            label={t('profile.currentPassword')}
            autoComplete="current-password"
            required
            maxLength={PASSWORD_MAX_LENGTH}
            {...form.getInputProps('currentPassword')}
          />
          <PasswordField
            label={t('profile.newPassword')}
            description={t('profile.newPasswordHelp', { min })}
            autoComplete="new-password"
            required
            maxLength={PASSWORD_MAX_LENGTH}
            {...form.getInputProps('newPassword')}
          />
          <PasswordField
            label={t('profile.confirmPassword')}
            autoComplete="new-password"
            required
            maxLength={PASSWORD_MAX_LENGTH}
            {...form.getInputProps('confirmation')}
          />
          {failure !== null && (
            <Alert color="red" role="alert" title={errorTitle(failure)}>
              {errorDetail(failure)}
            </Alert>
          )}
          {changed && (
            <Alert color="green" role="status" title={t('profile.passwordChanged')}>
              {null}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={loading}>
              {t('profile.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
