import { useEffect, useState } from 'react';
import { Alert, Button, Card, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NATIVE_NAMES, LANGUAGES, type Language, NAME_MAX_LENGTH } from '@ctcp/shared';
import { DetailList } from '../../components/DetailList';
import { errorDetail } from '../../components/errors';
import { Page } from '../../components/Page';
import { useErrorTitle } from '../../components/QueryStates';
import { i18n } from '../../i18n';
import { useSignedInUser } from '../../session';
import { EmailNotificationsSection } from './EmailNotificationsSection';
import { UpdateMyProfileDocument } from './operations';
import { PasswordSection } from './PasswordSection';
import { SessionsSection } from './SessionsSection';
import { TwoFactorSection } from './TwoFactorSection';

interface ProfileValues {
  name: string;
  language: Language;
}

export function ProfilePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const errorTitle = useErrorTitle();
  const [saved, setSaved] = useState(false);
  const form = useForm<ProfileValues>({
    mode: 'controlled',
    initialValues: { name: user.name, language: user.preferredLanguage },
    validate: { name: (value) => (value.trim() ? null : t('profile.nameRequired')) },
    // The name's error is said as soon as it is left empty.
    validateInputOnChange: ['name'],
    onValuesChange: () => setSaved(false),
  });
  const [updateMyProfile, { loading, error }] = useMutation(UpdateMyProfileDocument);

  // The header's language switcher also saves the preferred language: follow it.
  useEffect(() => form.setFieldValue('language', user.preferredLanguage), [user.preferredLanguage]);

  const submit = async ({ name, language }: ProfileValues) => {
    try {
      await updateMyProfile({ variables: { input: { name: name.trim(), preferredLanguage: language } } });
      setSaved(true);
      // The preferred language is the UI's language: apply it now rather than at the next sign-in.
      if (language !== i18n.language) await i18n.changeLanguage(language);
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <Page title={t('profile.title')} description={t('profile.intro')}>
      <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="account-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="account-heading">
            {t('profile.account')}
          </Title>
          <DetailList
            items={[
              { label: t('users.email'), value: user.email },
              { label: t('users.role'), value: t(`enums.role.${user.role}`) },
              {
                label: t('users.organizationAdmin'),
                value: user.isOrganizationAdmin ? t('common.yes') : t('common.no'),
              },
            ]}
          />
        </Stack>
      </Card>
      <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="edit-heading">
        <form
          onSubmit={(event) => {
            setSaved(false);
            form.onSubmit(submit)(event);
          }}
          noValidate
        >
          <Stack gap="md" maw={480}>
            <Title order={2} size="h4" id="edit-heading">
              {t('profile.edit')}
            </Title>
            <TextInput
              label={t('profile.name')}
              autoComplete="name"
              required
              maxLength={NAME_MAX_LENGTH}
              {...form.getInputProps('name')}
            />
            <Select
              label={t('profile.language')}
              description={t('profile.languageHelp')}
              data={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NATIVE_NAMES[value] }))}
              {...form.getInputProps('language')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              renderOption={({ option }) => <span lang={option.value}>{option.label}</span>}
            />
            {error && (
              <Alert color="red" role="alert" title={errorTitle(error)}>
                {errorDetail(error)}
              </Alert>
            )}
            {saved && (
              <Alert color="green" role="status" title={t('profile.saved')}>
                {null}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={loading}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <EmailNotificationsSection />
      <PasswordSection />
      <TwoFactorSection />
      <SessionsSection />
    </Page>
  );
}
