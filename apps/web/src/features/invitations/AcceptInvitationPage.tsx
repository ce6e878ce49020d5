import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ctcp/shared';
import { DetailList } from '../../components/DetailList';
import { errorCode, errorDetail } from '../../components/errors';
import { apiErrorField, useFieldErrors } from '../../components/form';
import { LoadingState, useErrorTitle } from '../../components/QueryStates';
import { usePageTitle } from '../../components/usePageTitle';
import type { InvitationPreviewQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useSession } from '../../session';
import { organizationLabel } from '../../components/OrganizationSelect';
import { PasswordField } from '../../components/PasswordField';
import { AcceptInvitationDocument, InvitationPreviewDocument } from './operations';
import { isolate } from '../../i18n/bidi';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('accept.pageTitle'));
  const { language } = useFormatters();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const { data, loading, error } = useQuery(InvitationPreviewDocument, {
    variables: { token, language },
    skip: !token,
  });
  const errorTitle = useErrorTitle();

  let body;
  if (!token || errorCode(error) === 'NOT_FOUND') {
    body = (
      <Alert color="red" role="alert" title={t('accept.invalidTitle')}>
        {t('accept.invalid')}
      </Alert>
    );
  } else if (error) {
    body = (
      <Alert color="red" role="alert" title={errorTitle(error)}>
        {errorDetail(error)}
      </Alert>
    );
  } else if (loading || !data) {
    body = <LoadingState />;
  } else {
    body = <AcceptInvitationForm token={token} invitation={data.invitation} />;
  }

  return (
    <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={520} mx="auto">
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('accept.title', { product: t('app.shortName') })}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}

type Invitation = InvitationPreviewQuery['invitation'];

interface AccountValues {
  name: string;
  password: string;
  confirmation: string;
}

function AcceptInvitationForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorTitle = useErrorTitle();
  const session = useSession();
  const navigate = useNavigate();
  const form = useForm<AccountValues>({
    mode: 'controlled',
    initialValues: { name: '', password: '', confirmation: '' },
    validate: {
      name: (value) => (value.trim() ? null : t('accept.nameRequired')),
      password: (value) =>
        value.length < PASSWORD_MIN_LENGTH
          ? t('accept.passwordTooShort', { min: format.number(PASSWORD_MIN_LENGTH) })
          : null,
      confirmation: (value, values) => (value !== values.password ? t('accept.passwordsDiffer') : null),
    },
  });
  const fieldErrors = useFieldErrors(form);
  const [acceptInvitation, { loading, error }] = useMutation(AcceptInvitationDocument);

  const submit = async ({ name, password }: AccountValues) => {
    try {
      const { data } = await acceptInvitation({
        variables: { input: { token, name: name.trim(), password, preferredLanguage: format.language } },
      });
      if (!data) return;
      await session.startSession(data.acceptInvitation.user);
      await navigate('/', { replace: true });
    } catch (caught) {
      // A refusal of the password is shown next to it; any other failure from the mutation's error state.
      fieldErrors.showApiError(caught, ['password']);
    }
  };

  const failure =
    error &&
    (errorCode(error) === 'NOT_FOUND'
      ? t('accept.invalid')
      : errorCode(error) === 'CONFLICT'
        ? t('accept.alreadyRegistered')
        : (errorDetail(error) ?? ''));

  return (
    <Stack gap="lg">
      <Text>{t('accept.intro', { organization: isolate(organizationLabel(invitation.organization)) })}</Text>
      <DetailList
        items={[
          { label: t('accept.email'), value: <bdi>{invitation.email}</bdi> },
          { label: t('invitations.organization'), value: <bdi>{organizationLabel(invitation.organization)}</bdi> },
          { label: t('invitations.role'), value: t(`enums.role.${invitation.role}`) },
          { label: t('accept.expires'), value: format.dateTime(invitation.expiresAt) },
        ]}
      />
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {error && !apiErrorField(error, ['password']) && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {failure}
            </Alert>
          )}
          <TextInput
            label={t('accept.name')}
            autoComplete="name"
            required
            maxLength={NAME_MAX_LENGTH}
            {...form.getInputProps('name')}
          />
          <PasswordField
            label={t('accept.password')}
            description={t('accept.passwordHelp', { min: format.number(PASSWORD_MIN_LENGTH) })}
            autoComplete="new-password"
            required
            maxLength={PASSWORD_MAX_LENGTH}
            {...form.getInputProps('password')}
          />
          <PasswordField
            label={t('accept.confirmPassword')}
            autoComplete="new-password"
            required
            maxLength={PASSWORD_MAX_LENGTH}
            {...form.getInputProps('confirmation')}
          />
          <Button type="submit" loading={loading} fullWidth>
            {t('accept.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
