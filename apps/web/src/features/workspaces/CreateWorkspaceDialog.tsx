import { useState } from 'react';
import { Alert, Button, CloseButton, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  DESCRIPTION_MAX_LENGTH,
  WORKSPACE_NAME_MAX_LENGTH,
  WORKSPACE_VISIBILITIES,
  type WorkspaceVisibility,
} from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import { isolate } from '../../i18n/bidi';
import { type OrganizationOption, organizationLabel, OrganizationSelect } from '../../components/OrganizationSelect';
import { CreateWorkspaceDocument, WorkspacesDocument } from './operations';

interface WorkspaceValues {
  name: string;
  description: string;
  visibility: WorkspaceVisibility;
  organizations: OrganizationOption[];
}

export function CreateWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorTitle = useErrorTitle();
  const form = useForm<WorkspaceValues>({
    mode: 'controlled',
    initialValues: { name: '', description: '', visibility: 'PRIVATE', organizations: [] },
    validate: { name: (value) => (value.trim() ? null : t('workspaces.nameRequired')) },
    // Said as soon as the name is left empty, not only when creating.
    validateInputOnBlur: ['name'],
  });
  const fieldErrors = useFieldErrors(form);
  const { organizations } = form.values;
  // The organization chosen in the picker, not yet added.
  const [pending, setPending] = useState<OrganizationOption | null>(null);
  // A new picker after each addition: it starts empty again.
  const [pickerKey, setPickerKey] = useState(0);
  const [createWorkspace, { loading, error }] = useMutation(CreateWorkspaceDocument, {
    refetchQueries: [WorkspacesDocument],
  });

  const addPending = () => {
    if (pending && !organizations.some((organization) => organization.id === pending.id)) {
      form.setFieldValue('organizations', [...organizations, pending]);
    }
    setPending(null);
    setPickerKey((key) => key + 1);
  };

  const submit = async (values: WorkspaceValues) => {
    try {
      const { data } = await createWorkspace({
        variables: {
          input: {
            name: values.name.trim(),
            description: values.description.trim(),
            visibility: values.visibility,
            memberOrganizationIds: values.organizations.map((organization) => organization.id),
          },
        },
      });
      if (data) {
        onClose();
        navigate(`/workspaces/${data.createWorkspace.id}`);
      }
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('workspaces.newTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('workspaces.name')}
            required
            maxLength={WORKSPACE_NAME_MAX_LENGTH}
            {...form.getInputProps('name')}
            data-autofocus
          />
          <Textarea
            label={t('workspaces.description')}
            maxLength={DESCRIPTION_MAX_LENGTH}
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps('description')}
          />
          <Radio.Group label={t('workspaces.visibility')} {...form.getInputProps('visibility')}>
            <Stack gap="xs" mt="xs">
              {WORKSPACE_VISIBILITIES.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={t(`enums.workspaceVisibility.${value}`)}
                  description={t(`workspaces.visibilityHelp.${value}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Stack gap="xs">
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <div style={{ flex: 1, minWidth: 0 }}>
                <OrganizationSelect
                  key={pickerKey}
                  label={t('workspaces.memberOrganizations')}
                  description={t('workspaces.memberOrganizationsHelp')}
                  placeholder={t('invitations.organizationPlaceholder')}
                  value={pending}
                  onChange={setPending}
                />
              </div>
              <Button variant="default" onClick={addPending} disabled={!pending}>
                {t('workspaces.addOrganization')}
              </Button>
            </Group>
            {organizations.length > 0 && (
              <Stack component="ul" className="plain-list" gap={4} aria-label={t('workspaces.memberOrganizations')}>
                {organizations.map((organization) => (
                  <Group component="li" key={organization.id} gap="xs" wrap="nowrap" className="chosen-item">
                    <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate>
                      <bdi>{organizationLabel(organization)}</bdi>
                    </Text>
                    <CloseButton
                      size="sm"
                      aria-label={t('workspaces.removeOrganization', {
                        name: isolate(organization.acronym ?? organization.name),
                      })}
                      onClick={() =>
                        form.setFieldValue(
                          'organizations',
                          organizations.filter((other) => other.id !== organization.id),
                        )
                      }
                    />
                  </Group>
                ))}
              </Stack>
            )}
          </Stack>
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
              {t('workspaces.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
