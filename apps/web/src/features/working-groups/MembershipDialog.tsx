import { Alert, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKING_GROUP_ROLES, type WorkingGroupRole } from '@ctcp/shared';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DayField } from '../../components/DateFields';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import type { WorkingGroupDetailQuery } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import {
  OrganizationChoicesDocument,
  RemoveWorkingGroupMembershipDocument,
  SetWorkingGroupMembershipDocument,
  WorkingGroupDetailDocument,
} from './operations';

export type Membership = WorkingGroupDetailQuery['workingGroup']['memberships'][number];

interface MembershipValues {
  organizationId: string | null;
  role: WorkingGroupRole;
  fromDate: string;
  toDate: string;
}

interface MembershipDialogProps {
  workingGroupId: string;
  /** The membership to change; null adds an organization. */
  membership: Membership | null;
  onClose: () => void;
}

/** Platform admins add an organization to a working group, or change its role (chair, vice-chair...) and dates. */
export function MembershipDialog({ workingGroupId, membership, onClose }: MembershipDialogProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const errorTitle = useErrorTitle();
  const [search, setSearch] = useState('');
  const choices = useQuery(OrganizationChoicesDocument, {
    variables: { search: search.trim() || null, language },
    skip: membership !== null,
  });
  const form = useForm<MembershipValues>({
    mode: 'controlled',
    initialValues: {
      organizationId: membership?.organization.id ?? null,
      role: membership?.role ?? 'MEMBER',
      fromDate: membership?.fromDate ?? '',
      toDate: membership?.toDate ?? '',
    },
    validate: {
      organizationId: (value) => (value ? null : t('workingGroups.organizationRequired')),
      toDate: (value, values) =>
        value && values.fromDate && value < values.fromDate ? t('workingGroups.endBeforeStart') : null,
    },
  });
  const fieldErrors = useFieldErrors(form);
  const [save, { loading, error }] = useMutation(SetWorkingGroupMembershipDocument, {
    refetchQueries: [WorkingGroupDetailDocument],
  });
  const organizations = (choices.data?.organizations.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.acronym && node.acronym !== node.name ? `${node.acronym} – ${node.name}` : node.name,
  }));

  const submit = async ({ organizationId, role, fromDate, toDate }: MembershipValues) => {
    const input = {
      workingGroupId,
      organizationId: organizationId!,
      role,
      fromDate: fromDate || null,
      toDate: toDate || null,
    };
    try {
      await save({ variables: { input } });
      onClose();
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        membership
          ? t('workingGroups.membershipTitle', { name: isolate(membership.organization.name) })
          : t('workingGroups.addMember')
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {membership === null && (
            <Select
              label={t('workingGroups.organization')}
              placeholder={t('workingGroups.chooseOrganization')}
              required
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options }) => options}
              data={organizations}
              nothingFoundMessage={choices.loading ? t('common.loading') : t('organizations.noMatch')}
              {...form.getInputProps('organizationId')}
              comboboxProps={{ withinPortal: true }}
              data-autofocus
            />
          )}
          <Select
            label={t('workingGroups.role')}
            data={WORKING_GROUP_ROLES.map((value) => ({ value, label: t(`enums.workingGroupRole.${value}`) }))}
            {...form.getInputProps('role')}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Group grow>
            <DayField label={t('workingGroups.from')} {...form.getInputProps('fromDate')} />
            <DayField label={t('workingGroups.to')} {...form.getInputProps('toDate')} />
          </Group>
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

export function RemoveMembershipDialog({
  workingGroupId,
  membership,
  onClose,
}: {
  workingGroupId: string;
  membership: Membership;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [remove, { loading, error }] = useMutation(RemoveWorkingGroupMembershipDocument, {
    refetchQueries: [WorkingGroupDetailDocument],
  });

  const confirm = async () => {
    try {
      await remove({ variables: { input: { workingGroupId, organizationId: membership.organization.id } } });
      onClose();
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <ConfirmDialog
      title={t('workingGroups.removeTitle', { name: isolate(membership.organization.name) })}
      explanation={t('workingGroups.removeExplanation')}
      confirmLabel={t('workingGroups.remove')}
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
