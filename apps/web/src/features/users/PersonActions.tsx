import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { isPlatformRole, PLATFORM_ROLES, type PlatformRole } from './roles';
import { useErrorTitle } from '../../components/QueryStates';
import { errorDetail } from '../../components/errors';
import { SetUserDisabledDocument, SetUserRoleDocument } from './operations';
import { isolate } from '../../i18n/bidi';

export interface PersonForActions {
  id: string;
  name: string;
  role: PlatformRole;
  isOrganizationAdmin: boolean;
  disabled: boolean;
}

interface PersonActionsProps {
  person: PersonForActions;
  canChangeRole: boolean;
  canDisable: boolean;
}

export function PersonActions({ person, canChangeRole, canDisable }: PersonActionsProps) {
  const { t } = useTranslation();
  const [roleDialogOpen, setRoleDialogOpen] = useState(false);
  const [disableDialogOpen, setDisableDialogOpen] = useState(false);
  const [setDisabled, disabling] = useMutation(SetUserDisabledDocument);
  const errorTitle = useErrorTitle();

  if (!canChangeRole && !canDisable) return null;

  const enable = () =>
    void setDisabled({ variables: { input: { userId: person.id, disabled: false } } }).catch(() => undefined);

  return (
    <Stack gap={4} align="flex-start">
      <Group gap="xs" wrap="nowrap">
        {canChangeRole && (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => setRoleDialogOpen(true)}
            aria-label={t('users.changeRoleOf', { name: person.name })}
          >
            {t('users.changeRole')}
          </Button>
        )}
        {canDisable &&
          (person.disabled ? (
            <Button
              size="compact-sm"
              variant="light"
              color="green"
              loading={disabling.loading}
              onClick={enable}
              aria-label={t('users.enableNamed', { name: person.name })}
            >
              {t('users.enable')}
            </Button>
          ) : (
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              onClick={() => setDisableDialogOpen(true)}
              aria-label={t('users.disableNamed', { name: person.name })}
            >
              {t('users.disable')}
            </Button>
          ))}
      </Group>
      {disabling.error && !disableDialogOpen && (
        <Text size="xs" c="var(--mantine-color-red-text)" role="alert">
          {errorTitle(disabling.error)}
        </Text>
      )}
      {roleDialogOpen && <ChangeRoleDialog person={person} onClose={() => setRoleDialogOpen(false)} />}
      <Modal
        opened={disableDialogOpen}
        onClose={() => setDisableDialogOpen(false)}
        title={t('users.disableTitle', { name: isolate(person.name) })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('users.disableExplanation')}</Text>
          {disabling.error && (
            <Alert color="red" role="alert" title={errorTitle(disabling.error)}>
              {errorDetail(disabling.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDisableDialogOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={disabling.loading}
              onClick={() =>
                void setDisabled({ variables: { input: { userId: person.id, disabled: true } } })
                  .then(() => setDisableDialogOpen(false))
                  .catch(() => undefined)
              }
            >
              {t('users.disable')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function ChangeRoleDialog({ person, onClose }: { person: PersonForActions; onClose: () => void }) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const [role, setRole] = useState<PlatformRole>(person.role);
  const [isOrganizationAdmin, setIsOrganizationAdmin] = useState(person.isOrganizationAdmin);
  const [setUserRole, { loading, error }] = useMutation(SetUserRoleDocument);

  const save = async () => {
    try {
      await setUserRole({ variables: { input: { userId: person.id, role, isOrganizationAdmin } } });
      onClose();
    } catch {
      // Shown below from the mutation's error state.
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('users.changeRoleTitle', { name: isolate(person.name) })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack>
          <Select
            label={t('users.role')}
            data={PLATFORM_ROLES.map((value) => ({ value, label: t(`enums.role.${value}`) }))}
            value={role}
            onChange={(value) => isPlatformRole(value) && setRole(value)}
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
