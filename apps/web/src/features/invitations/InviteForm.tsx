import { type FormEvent, useState } from 'react';
import { Alert, Button, Checkbox, CopyButton, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EMAIL_MAX_LENGTH, INVITATION_TTL_SECONDS, type PlatformRole } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import type { SessionUser } from '../auth/session';
import { OrganizationSummaryDocument } from '../organizations/operations';
import { type OrganizationOption, organizationLabel, OrganizationSelect } from '../organizations/OrganizationSelect';
import { isPlatformRole } from '../users/roles';
import { InviteUserDocument, PendingInvitationsDocument } from './operations';
import { invitableRoles, mayInviteToAnyOrganization } from './permissions';
import { isolate } from '../../i18n/bidi';

interface CreatedInvitation {
  email: string;
  acceptUrl: string;
}

export function InviteForm({ actor }: { actor: SessionUser }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorTitle = useErrorTitle();
  const anyOrganization = mayInviteToAnyOrganization(actor);

  const ownOrganization = useQuery(OrganizationSummaryDocument, {
    variables: { id: actor.organization.id, language: format.language },
    skip: anyOrganization,
  });
  const [email, setEmail] = useState('');
  const [chosenOrganization, setChosenOrganization] = useState<OrganizationOption | null>(null);
  const organization: OrganizationOption | null = anyOrganization
    ? chosenOrganization
    : (ownOrganization.data?.organization ?? null);
  const roles = invitableRoles(actor, organization?.kind ?? actor.organization.kind);
  const [role, setRole] = useState<PlatformRole | null>(null);
  const [isOrganizationAdmin, setIsOrganizationAdmin] = useState(false);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [inviteUser, { loading, error, reset }] = useMutation(InviteUserDocument, {
    refetchQueries: [PendingInvitationsDocument],
  });

  const chosenRole = role && roles.includes(role) ? role : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
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
        setEmail('');
        setIsOrganizationAdmin(false);
      }
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <Stack gap="md">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="md" maw={560}>
          <TextInput
            label={t('invitations.email')}
            type="email"
            // Addresses are Latin script: keep them left-to-right in Arabic too.
            dir="ltr"
            autoComplete="off"
            required
            maxLength={EMAIL_MAX_LENGTH}
            value={email}
            onChange={(event) => {
              setEmail(event.currentTarget.value);
              reset();
            }}
          />
          {anyOrganization ? (
            <OrganizationSelect
              label={t('invitations.organization')}
              placeholder={t('invitations.organizationPlaceholder')}
              value={chosenOrganization}
              onChange={setChosenOrganization}
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
            value={chosenRole}
            onChange={(value) => setRole(isPlatformRole(value) ? value : null)}
            required
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Checkbox
            label={t('users.organizationAdmin')}
            description={t('users.organizationAdminHelp')}
            checked={isOrganizationAdmin}
            onChange={(event) => setIsOrganizationAdmin(event.currentTarget.checked)}
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

      {created && <CreatedInvitationLink invitation={created} />}
    </Stack>
  );
}

/** There is no email delivery yet: the inviter passes the link on themselves. */
function CreatedInvitationLink({ invitation }: { invitation: CreatedInvitation }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const days = Math.round(INVITATION_TTL_SECONDS / (24 * 60 * 60));
  return (
    <Alert color="green" title={t('invitations.created', { email: isolate(invitation.email) })} role="status" maw={720}>
      <Stack gap="sm">
        <Text size="sm">{t('invitations.noEmailYet', { days: format.number(days) })}</Text>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label={t('invitations.link')}
            value={invitation.acceptUrl}
            dir="ltr"
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1 }}
          />
          <CopyButton value={invitation.acceptUrl} timeout={2000}>
            {({ copied, copy }) => (
              <Button onClick={copy} variant={copied ? 'filled' : 'default'} color={copied ? 'green' : undefined}>
                {copied ? t('invitations.copied') : t('invitations.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
