import { useState } from 'react';
import { Alert, Button, Checkbox, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EMAIL_MAX_LENGTH, type PlatformRole } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { type SessionUser, useViewerCan } from '../../session';
import { type OrganizationOption, organizationLabel, OrganizationSelect } from '../../components/OrganizationSelect';
import { InvitationSentNotice, type SentInvitation } from './InvitationSentNotice';
import { InviteUserDocument, OrganizationSummaryDocument, PendingInvitationsDocument } from './operations';

interface InviteValues {
  email: string;
  /** Chosen when the inviter may invite to any organization; otherwise their own. */
  organization: OrganizationOption | null;
  role: PlatformRole | null;
  isOrganizationAdmin: boolean;
}

export function InviteForm({ actor }: { actor: SessionUser }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorTitle = useErrorTitle();
  const can = useViewerCan();
  const anyOrganization = can.inviteToAnyOrganization;

  const ownOrganization = useQuery(OrganizationSummaryDocument, {
    variables: { id: actor.organization.id, language: format.language },
    skip: anyOrganization,
  });
  const [inviteUser, { loading, error, reset }] = useMutation(InviteUserDocument, {
    refetchQueries: [PendingInvitationsDocument],
  });
  // The browser checks the email address (required, its form) before the form is submitted.
  const form = useForm<InviteValues>({
    mode: 'controlled',
    initialValues: { email: '', organization: null, role: null, isOrganizationAdmin: false },
    onValuesChange: (values, previous) => {
      if (values.email !== previous.email) reset();
    },
  });
  const organization: OrganizationOption | null = anyOrganization
    ? form.values.organization
    : (ownOrganization.data?.organization ?? null);
  const roles = can.invitableRoles;
  const [created, setCreated] = useState<SentInvitation | null>(null);

  const { role } = form.values;
  const chosenRole = role && roles.includes(role) ? role : null;

  const submit = async ({ email, isOrganizationAdmin }: InviteValues) => {
    if (!organization || !chosenRole) return;
    setCreated(null);
    try {
      const { data } = await inviteUser({
        variables: {
          language: format.language,
          input: { email: email.trim(), organizationId: organization.id, role: chosenRole, isOrganizationAdmin },
        },
      });
      if (data) {
        setCreated({ email: data.inviteUser.invitation.email, acceptUrl: data.inviteUser.acceptUrl });
        form.setValues({ email: '', isOrganizationAdmin: false });
      }
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <Stack gap="md">
      <form onSubmit={form.onSubmit(submit)}>
        <Stack gap="md" maw={560}>
          <TextInput
            label={t('invitations.email')}
            type="email"
            // Addresses are Latin script: keep them left-to-right in Arabic too.
            dir="ltr"
            autoComplete="off"
            required
            maxLength={EMAIL_MAX_LENGTH}
            {...form.getInputProps('email')}
          />
          {anyOrganization ? (
            <OrganizationSelect
              label={t('invitations.organization')}
              placeholder={t('invitations.organizationPlaceholder')}
              {...form.getInputProps('organization')}
              value={form.values.organization}
              required
            />
          ) : (
            <TextInput
              label={t('invitations.organization')}
              value={organization ? organizationLabel(organization) : (actor.organization.acronym ?? '')}
              readOnly
              description={t('invitations.ownOrganizationOnly')}
            />
          )}
          <Select
            label={t('invitations.role')}
            placeholder={t('invitations.rolePlaceholder')}
            data={roles.map((value) => ({ value, label: t(`enums.role.${value}`) }))}
            {...form.getInputProps('role')}
            value={chosenRole}
            required
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Checkbox
            label={t('users.organizationAdmin')}
            description={t('users.organizationAdminHelp')}
            {...form.getInputProps('isOrganizationAdmin', { type: 'checkbox' })}
          />
          {error && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Button type="submit" loading={loading} disabled={!organization || !chosenRole} w="fit-content">
            {t('invitations.submit')}
          </Button>
        </Stack>
      </form>

      {created && <InvitationSentNotice invitation={created} />}
    </Stack>
  );
}
