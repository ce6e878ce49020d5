import { type FormEvent, useState } from 'react';
import { Alert, Button, CloseButton, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
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
import { useErrorTitle } from '../../components/QueryStates';
import { isolate } from '../../i18n/bidi';
import { type OrganizationOption, organizationLabel, OrganizationSelect } from '../organizations/OrganizationSelect';
import { CreateWorkspaceDocument, WorkspacesDocument } from './operations';

export function CreateWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorTitle = useErrorTitle();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [visibility, setVisibility] = useState<WorkspaceVisibility>('PRIVATE');
  const [organizations, setOrganizations] = useState<OrganizationOption[]>([]);
  const [pending, setPending] = useState<OrganizationOption | null>(null);
  // A new picker after each addition: it starts empty again.
  const [pickerKey, setPickerKey] = useState(0);
  const [nameTouched, setNameTouched] = useState(false);
  const [createWorkspace, { loading, error }] = useMutation(CreateWorkspaceDocument, {
    refetchQueries: [WorkspacesDocument],
  });

  const nameProblem = name.trim() ? null : t('workspaces.nameRequired');

  const addPending = () => {
    if (pending && !organizations.some((organization) => organization.id === pending.id)) {
      setOrganizations([...organizations, pending]);
    }
    setPending(null);
    setPickerKey((key) => key + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNameTouched(true);
    if (nameProblem) return;
    try {
      const { data } = await createWorkspace({
        variables: {
          input: {
            name: name.trim(),
            description: description.trim(),
            visibility,
            memberOrganizationIds: organizations.map((organization) => organization.id),
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
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('workspaces.name')}
            required
            maxLength={WORKSPACE_NAME_MAX_LENGTH}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            onBlur={() => setNameTouched(true)}
            error={nameTouched && nameProblem}
            data-autofocus
          />
          <Textarea
            label={t('workspaces.description')}
            maxLength={DESCRIPTION_MAX_LENGTH}
            autosize
            minRows={3}
            maxRows={8}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
          />
          <Radio.Group
            label={t('workspaces.visibility')}
            value={visibility}
            onChange={(value) => setVisibility(value === 'OPEN' ? 'OPEN' : 'PRIVATE')}
          >
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
                      onClick={() => setOrganizations(organizations.filter((other) => other.id !== organization.id))}
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
