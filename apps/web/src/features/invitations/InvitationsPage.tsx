import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { useSignedInUser, useViewerCan } from '../../session';
import { InviteForm } from './InviteForm';
import { PendingInvitations } from './PendingInvitations';

export function InvitationsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const can = useViewerCan();

  if (!can.manageInvitations) {
    return (
      <Page title={t('invitations.title')}>
        <Alert color="red" role="alert" title={t('errors.FORBIDDEN')}>
          {t('invitations.notAllowed')}
        </Alert>
      </Page>
    );
  }

  return (
    <Page title={t('invitations.title')} description={t('invitations.intro')}>
      <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="invite-heading">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} size="h4" id="invite-heading">
              {t('invitations.inviteTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('invitations.inviteHelp')}
            </Text>
          </Stack>
          <InviteForm actor={user} />
        </Stack>
      </Card>
      <Stack gap="sm">
        <Title order={2} size="h4" id="pending-heading">
          {t('invitations.pendingTitle')}
        </Title>
        <PendingInvitations organizationId={can.inviteToAnyOrganization ? null : user.organization.id} />
      </Stack>
    </Page>
  );
}
