import { type FormEvent, useState } from 'react';
import { Alert, Anchor, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { WORKSPACE_ROLES, type WorkspaceRole } from '@ctcp/shared';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorDetail } from '../../components/errors';
import { ErrorState, LoadingState, useErrorTitle } from '../../components/QueryStates';
import { ToneBadge } from '../../components/ToneBadge';
import type { WorkspaceMembersQuery } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { type UserOption, UserSelect } from '../../components/UserSelect';
import { AddWorkspaceMemberDocument, RemoveWorkspaceMemberDocument, WorkspaceMembersDocument } from './operations';
import { isWorkspaceRole, WORKSPACE_ROLE_TONE } from './roles';

type Members = WorkspaceMembersQuery['workspace'];
type Member = Members['members'][number];

const roleOrder = (role: WorkspaceRole) => WORKSPACE_ROLES.indexOf(role);

/** Member organizations and people with their roles; owners and moderators add and remove people. */
export function MembersPanel({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const [removing, setRemoving] = useState<Member | null>(null);
  const { data, loading, error, refetch } = useQuery(WorkspaceMembersDocument, {
    variables: { id: workspaceId, language },
    fetchPolicy: 'cache-and-network',
  });

  const workspace = data?.workspace;
  const members = [...(workspace?.members ?? [])].sort(
    (a, b) => roleOrder(a.role) - roleOrder(b.role) || a.user.name.localeCompare(b.user.name, language),
  );
  const organizations = [...(workspace?.memberOrganizations ?? [])].sort(
    (a, b) =>
      a.role.localeCompare(b.role) ||
      (a.organization.acronym ?? a.organization.name).localeCompare(b.organization.acronym ?? b.organization.name),
  );

  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="members-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="members-heading">
          {t('workspaces.members')}
        </Title>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !workspace ? (
          loading && <LoadingState />
        ) : (
          <>
            <Stack gap="xs">
              <Title order={3} size="h6" id="member-organizations-heading">
                {t('workspaces.memberOrganizations')}
              </Title>
              {organizations.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('workspaces.noMemberOrganizations')}
                </Text>
              ) : (
                <Group component="ul" className="plain-list" gap={6} aria-labelledby="member-organizations-heading">
                  {organizations.map((membership) => (
                    <li key={membership.organization.id}>
                      <Anchor
                        component={Link}
                        to={`/organizations/${membership.organization.id}`}
                        size="sm"
                        title={membership.organization.name}
                      >
                        <bdi>{membership.organization.acronym ?? membership.organization.name}</bdi>
                      </Anchor>
                      {membership.role !== 'MEMBER' && (
                        <Text component="span" size="xs" c="dimmed">
                          {' '}
                          ({t(`enums.workspaceRole.${membership.role}`)})
                        </Text>
                      )}
                    </li>
                  ))}
                </Group>
              )}
            </Stack>
            <Stack gap="xs">
              <Title order={3} size="h6" id="member-people-heading">
                {t('workspaces.people')}
              </Title>
              {members.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('workspaces.noPeople')}
                </Text>
              ) : (
                <Stack component="ul" className="plain-list" gap="xs" aria-labelledby="member-people-heading">
                  {members.map((member) => (
                    <Group component="li" key={member.user.id} gap="xs" wrap="nowrap" align="center">
                      <Stack gap={0} miw={0} style={{ flex: 1 }}>
                        <Anchor component={Link} to={`/people/${member.user.id}`} size="sm" fw={500} truncate>
                          <bdi>{member.user.name}</bdi>
                        </Anchor>
                        <Text size="xs" c="dimmed" truncate>
                          <bdi>{member.user.organization.acronym ?? member.user.organization.name}</bdi>
                        </Text>
                      </Stack>
                      <ToneBadge tone={WORKSPACE_ROLE_TONE[member.role]}>
                        {t(`enums.workspaceRole.${member.role}`)}
                      </ToneBadge>
                      {workspace.viewerCanManageMembers && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setRemoving(member)}
                          aria-label={t('workspaces.removeNamed', { name: isolate(member.user.name) })}
                        >
                          {t('workspaces.remove')}
                        </Button>
                      )}
                    </Group>
                  ))}
                </Stack>
              )}
            </Stack>
            {workspace.viewerCanManageMembers && <AddMemberForm workspace={workspace} />}
          </>
        )}
      </Stack>
      {removing && workspace && (
        <RemoveMemberDialog workspaceId={workspace.id} member={removing} onClose={() => setRemoving(null)} />
      )}
    </Card>
  );
}

function AddMemberForm({ workspace }: { workspace: Members }) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const roles = workspace.viewerGrantableRoles;
  const [person, setPerson] = useState<UserOption | null>(null);
  const [role, setRole] = useState<WorkspaceRole>('MEMBER');
  const [pickerKey, setPickerKey] = useState(0);
  const [added, setAdded] = useState<string | null>(null);
  const [addMember, { loading, error, reset }] = useMutation(AddWorkspaceMemberDocument, {
    refetchQueries: [WorkspaceMembersDocument],
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!person) return;
    setAdded(null);
    try {
      await addMember({ variables: { input: { workspaceId: workspace.id, userId: person.id, role } } });
      setAdded(person.name);
      setPerson(null);
      setPickerKey((key) => key + 1);
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="add-member-heading">
      <Stack gap="xs">
        <Title order={3} size="h6" id="add-member-heading">
          {t('workspaces.addPerson')}
        </Title>
        <UserSelect
          key={pickerKey}
          label={t('workspaces.person')}
          placeholder={t('people.searchPlaceholder')}
          value={person}
          onChange={(value) => {
            setPerson(value);
            setAdded(null);
            reset();
          }}
        />
        <Select
          label={t('workspaces.role')}
          data={roles.map((value) => ({ value, label: t(`enums.workspaceRole.${value}`) }))}
          value={role}
          onChange={(value) => isWorkspaceRole(value) && setRole(value)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          description={t('workspaces.roleHelp')}
        />
        {error && (
          <Alert color="red" role="alert" title={errorTitle(error)}>
            {errorDetail(error)}
          </Alert>
        )}
        {added && (
          <Text size="sm" c="var(--mantine-color-green-text)" role="status">
            {t('workspaces.added', { name: isolate(added) })}
          </Text>
        )}
        <Button type="submit" loading={loading} disabled={!person} w="fit-content">
          {t('workspaces.add')}
        </Button>
      </Stack>
    </form>
  );
}

function RemoveMemberDialog({
  workspaceId,
  member,
  onClose,
}: {
  workspaceId: string;
  member: Member;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [removeMember, { loading, error }] = useMutation(RemoveWorkspaceMemberDocument, {
    refetchQueries: [WorkspaceMembersDocument],
  });
  const remove = async () => {
    try {
      await removeMember({ variables: { input: { workspaceId, userId: member.user.id } } });
      onClose();
    } catch {
      // Shown below.
    }
  };
  return (
    <ConfirmDialog
      title={t('workspaces.removeTitle', { name: isolate(member.user.name) })}
      explanation={t('workspaces.removeExplanation')}
      confirmLabel={t('workspaces.remove')}
      loading={loading}
      error={error}
      onConfirm={() => void remove()}
      onClose={onClose}
    />
  );
}
