import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INVITATION_TTL_SECONDS } from '@ctcp/shared';
import { useFormatters } from '../../i18n/format';
import { isolate } from '../../i18n/bidi';

/** A new invitation link: `acceptUrl` is null when it went to the invitee by email. */
export interface SentInvitation {
  email: string;
  acceptUrl: string | null;
}

interface InvitationSentNoticeProps {
  invitation: SentInvitation;
  /** Sent again: the invitation's previous link no longer works. */
  resent?: boolean;
}

/** Says where a new invitation link went: to the invitee by email, or here, for the inviter to pass on. */
export function InvitationSentNotice({ invitation, resent = false }: InvitationSentNoticeProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const days = format.number(Math.round(INVITATION_TTL_SECONDS / (24 * 60 * 60)));
  const email = isolate(invitation.email);
  const previousLinkDead = resent && <Text size="sm">{t('invitations.previousLinkDead')}</Text>;

  if (invitation.acceptUrl === null) {
    return (
      <Alert color="green" title={t('invitations.sentByEmail', { email })} role="status" maw={720}>
        <Stack gap="sm">
          <Text size="sm">{t('invitations.sentByEmailHelp', { days })}</Text>
          {previousLinkDead}
        </Stack>
      </Alert>
    );
  }

  const acceptUrl = invitation.acceptUrl;
  return (
    <Alert
      color="green"
      title={resent ? t('invitations.newLink', { email }) : t('invitations.created', { email })}
      role="status"
      maw={720}
    >
      <Stack gap="sm">
        {previousLinkDead}
        {/* The platform sends no email: the inviter passes the link on themselves. */}
        <Text size="sm">{t('invitations.noEmailYet', { days })}</Text>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label={t('invitations.link')}
            value={acceptUrl}
            dir="ltr"
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1 }}
          />
          <CopyButton value={acceptUrl} timeout={2000}>
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
