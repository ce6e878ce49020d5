import { type FormEvent, useState } from 'react';
import { Alert, Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EMAIL_FREQUENCIES, type EmailFrequency, IMMEDIATE_MAIL_DELAY_SECONDS } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { ErrorState, LoadingState, useErrorTitle } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { NotificationPreferencesDocument, UpdateNotificationPreferencesDocument } from './operations';

/** What the api applies to someone who never chose. */
const DEFAULT_FREQUENCY: EmailFrequency = 'DAILY';

function isEmailFrequency(value: unknown): value is EmailFrequency {
  return typeof value === 'string' && (EMAIL_FREQUENCIES as readonly string[]).includes(value);
}

/**
 * How often the notifications not seen in the app are mailed: each one soon after it comes, a daily or weekly
 * digest, or never. Mail about the account itself (password resets) is sent whatever the choice.
 */
export function EmailNotificationsSection() {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const format = useFormatters();
  const minutes = format.number(IMMEDIATE_MAIL_DELAY_SECONDS / 60);
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesDocument);
  // The person's choice not saved yet; null while it is the stored one.
  const [choice, setChoice] = useState<EmailFrequency | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading: saving, error: saveError, reset }] = useMutation(UpdateNotificationPreferencesDocument);

  const stored = data?.me.notificationPreferences?.emailFrequency ?? DEFAULT_FREQUENCY;
  const frequency = choice ?? stored;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    try {
      await update({ variables: { input: { emailFrequency: frequency } } });
      setChoice(null);
      setSaved(true);
    } catch {
      // Shown from the mutation's error state.
    }
  };

  let body;
  if (error && !data) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else if (loading && !data) {
    body = <LoadingState />;
  } else {
    body = (
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Radio.Group
            label={t('profile.emailFrequency.label')}
            value={frequency}
            onChange={(value) => {
              if (!isEmailFrequency(value)) return;
              setChoice(value);
              setSaved(false);
              reset();
            }}
          >
            <Stack gap="sm" mt="xs">
              {EMAIL_FREQUENCIES.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={t(`profile.emailFrequency.options.${value}`)}
                  description={t(`profile.emailFrequency.help.${value}`, { minutes })}
                />
              ))}
            </Stack>
          </Radio.Group>
          {saveError && (
            <Alert color="red" role="alert" title={errorTitle(saveError)}>
              {errorDetail(saveError)}
            </Alert>
          )}
          {saved && (
            <Alert color="green" role="status" title={t('profile.emailFrequency.saved')}>
              {null}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    );
  }

  return (
    <Card
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      id="email-notifications"
      aria-labelledby="email-notifications-heading"
    >
      <Stack gap="md" maw={560}>
        <Stack gap={4}>
          <Title order={2} size="h4" id="email-notifications-heading">
            {t('profile.emailFrequency.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('profile.emailFrequency.intro')}
          </Text>
        </Stack>
        {body}
      </Stack>
    </Card>
  );
}
