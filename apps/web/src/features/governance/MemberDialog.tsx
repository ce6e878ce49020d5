import { type FormEvent, useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { GOVERNANCE_BODY_ROLES, type GovernanceBodyRole } from '@ctcp/shared';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorDetail } from '../../components/errors';
import { type OrganizationOption, OrganizationSelect } from '../../components/OrganizationSelect';
import { useErrorTitle } from '../../components/QueryStates';
import type { GovernanceBodyDetailQuery } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { RemoveGovernanceBodyMemberDocument, SetGovernanceBodyMemberDocument } from './operations';

export type BodyMember = GovernanceBodyDetailQuery['governanceBody']['members'][number];

/** Platform admins add an organization to a body, or change the role it has there. */
export function MemberDialog({
  bodyId,
  member,
  onClose,
  onDone,
}: {
  bodyId: string;
  /** The member whose role changes; null adds an organization. */
  member: BodyMember | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const [organization, setOrganization] = useState<OrganizationOption | null>(null);
  const [role, setRole] = useState<GovernanceBodyRole>(member?.role ?? 'MEMBER');
  const [missingOrganization, setMissingOrganization] = useState(false);
  const [save, { loading, error }] = useMutation(SetGovernanceBodyMemberDocument);
  const organizationId = member?.organization.id ?? organization?.id;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!organizationId) {
      setMissingOrganization(true);
      return;
    }
    try {
      await save({ variables: { input: { bodyId, organizationId, role } } });
      onDone();
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        member
          ? t('governance.memberTitle', { name: isolate(member.organization.acronym ?? member.organization.name) })
          : t('governance.addMember')
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {member === null && (
            <OrganizationSelect
              label={t('governance.organization')}
              placeholder={t('governance.chooseOrganization')}
              required
              value={organization}
              onChange={(chosen) => {
                setOrganization(chosen);
                setMissingOrganization(false);
              }}
              error={missingOrganization ? t('governance.organizationRequired') : undefined}
            />
          )}
          <Select
            label={t('governance.role')}
            data={GOVERNANCE_BODY_ROLES.map((value) => ({ value, label: t(`enums.governanceBodyRole.${value}`) }))}
            value={role}
            onChange={(value) => value && setRole(value as GovernanceBodyRole)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
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

export function RemoveMemberDialog({
  bodyId,
  member,
  onClose,
  onDone,
}: {
  bodyId: string;
  member: BodyMember;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [remove, { loading, error }] = useMutation(RemoveGovernanceBodyMemberDocument);

  const confirm = async () => {
    try {
      await remove({ variables: { input: { bodyId, organizationId: member.organization.id } } });
      onDone();
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <ConfirmDialog
      title={t('governance.removeMemberTitle', {
        name: isolate(member.organization.acronym ?? member.organization.name),
      })}
      explanation={t('governance.removeMemberExplanation')}
      confirmLabel={t('governance.removeMember')}
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
