import { useState } from 'react';
import { Anchor, Button, Grid, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { GOVERNANCE_BODY_ROLES } from '@ctcp/shared';
import { BackLink } from '../../components/BackLink';
import { PlusIcon } from '../../components/icons';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { organizationLabel } from '../../components/OrganizationSelect';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { ScrollTable } from '../../components/ScrollTable';
import { Section } from '../../components/Section';
import { ToneBadge } from '../../components/ToneBadge';
import type { BodyMeetingsQuery, GovernanceBodyDetailQuery } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { MeetingFormDialog } from './MeetingFormDialog';
import { MeetingPlace, MeetingStatusBadge, MeetingTimes, useMeetingOrdinal } from './MeetingParts';
import { type BodyMember, MemberDialog, RemoveMemberDialog } from './MemberDialog';
import { BodyMeetingsDocument, GovernanceBodyDetailDocument } from './operations';
import classes from './MemberColumns.module.css';

type Body = GovernanceBodyDetailQuery['governanceBody'];

/** A role with more organizations than this lists them in two columns, where there is room. */
const COLUMNS_FROM = 6;

/** A governance body: its members by role, its next meeting, its meetings, and what the viewer may do. */
export function GovernanceBodyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { language } = useFormatters();
  const navigate = useNavigate();
  const [scheduling, setScheduling] = useState(false);
  // undefined: no dialog; null: adding an organization; a member: changing its role.
  const [editing, setEditing] = useState<BodyMember | null | undefined>(undefined);
  const [removing, setRemoving] = useState<BodyMember | null>(null);
  const { data, loading, error, refetch } = useQuery(GovernanceBodyDetailDocument, {
    variables: { id, language },
    fetchPolicy: 'cache-and-network',
  });

  if (!data) {
    return <LoadingOrErrorPage title={t('governance.bodyTitle')} loading={loading} error={error} onRetry={refetch} />;
  }
  const body = data.governanceBody;

  return (
    <Page
      title={body.name}
      breadcrumb={<BackLink to="/governance" label={t('nav.governance')} />}
      actions={
        <Group gap="xs">
          {body.workspace && (
            <Button component={Link} to={`/workspaces/${body.workspace.id}`} variant="default">
              {t('governance.openWorkspace')}
            </Button>
          )}
          {body.viewerMayScheduleMeeting && (
            <Button leftSection={<PlusIcon size={18} />} onClick={() => setScheduling(true)}>
              {t('governance.schedule')}
            </Button>
          )}
        </Group>
      }
    >
      {(body.acronym || !body.confirmed) && (
        <Group gap="xs">
          {body.acronym && (
            <ToneBadge tone="info">
              <bdi>{body.acronym}</bdi>
            </ToneBadge>
          )}
          {!body.confirmed && (
            <>
              <ToneBadge tone="warning">{t('organizations.unconfirmed')}</ToneBadge>
              <Text size="sm" c="dimmed">
                {t('governance.unconfirmedHelp')}
              </Text>
            </>
          )}
        </Group>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <MembersSection body={body} onAdd={() => setEditing(null)} onEdit={setEditing} onRemove={setRemoving} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <NextMeeting body={body} />
        </Grid.Col>
      </Grid>
      <MeetingsSection bodyId={body.id} />
      {scheduling && (
        <MeetingFormDialog
          bodyId={body.id}
          workspaceId={body.workspace?.id ?? null}
          onClose={() => setScheduling(false)}
          onSaved={(meetingId) => navigate(`/meetings/${meetingId}`)}
        />
      )}
      {editing !== undefined && (
        <MemberDialog
          bodyId={body.id}
          member={editing}
          onClose={() => setEditing(undefined)}
          onDone={() => {
            setEditing(undefined);
            void refetch();
          }}
        />
      )}
      {removing && (
        <RemoveMemberDialog
          bodyId={body.id}
          member={removing}
          onClose={() => setRemoving(null)}
          onDone={() => {
            setRemoving(null);
            void refetch();
          }}
        />
      )}
    </Page>
  );
}

function MembersSection({
  body,
  onAdd,
  onEdit,
  onRemove,
}: {
  body: Body;
  onAdd: () => void;
  onEdit: (member: BodyMember) => void;
  onRemove: (member: BodyMember) => void;
}) {
  const { t } = useTranslation();
  return (
    <Section
      title={t('governance.membership')}
      actions={
        body.viewerMayEditMembers && (
          <Button size="xs" variant="light" onClick={onAdd}>
            {t('governance.addMember')}
          </Button>
        )
      }
    >
      {body.members.length === 0 ? (
        <Text c="dimmed">{t('governance.noMembers')}</Text>
      ) : (
        GOVERNANCE_BODY_ROLES.map((role) => {
          const members = body.members.filter((member) => member.role === role);
          if (members.length === 0) return null;
          const headingId = `members-${role}`;
          return (
            <Stack key={role} gap={6} component="section" aria-labelledby={headingId}>
              <Title order={3} size="h5" id={headingId}>
                {t(`governance.roleGroup.${role}`)}
              </Title>
              <Stack
                component="ul"
                className={
                  !body.viewerMayEditMembers && members.length > COLUMNS_FROM
                    ? `plain-list ${classes.memberColumns}`
                    : 'plain-list'
                }
                gap={4}
              >
                {members.map((member) => (
                  <Group component="li" key={member.organization.id} gap="xs" wrap="nowrap" justify="space-between">
                    <Anchor component={Link} to={`/organizations/${member.organization.id}`}>
                      <bdi>{organizationLabel(member.organization)}</bdi>
                    </Anchor>
                    {body.viewerMayEditMembers && (
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => onEdit(member)}
                          aria-label={t('governance.changeRoleLabel', {
                            name: isolate(member.organization.acronym ?? member.organization.name),
                          })}
                        >
                          {t('governance.changeRole')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => onRemove(member)}
                          aria-label={t('governance.removeMemberLabel', {
                            name: isolate(member.organization.acronym ?? member.organization.name),
                          })}
                        >
                          {t('governance.removeMember')}
                        </Button>
                      </Group>
                    )}
                  </Group>
                ))}
              </Stack>
            </Stack>
          );
        })
      )}
    </Section>
  );
}

function NextMeeting({ body }: { body: Body }) {
  const { t } = useTranslation();
  const ordinal = useMeetingOrdinal();
  const meeting = body.nextMeeting;
  return (
    <Section title={t('governance.nextMeeting')}>
      {meeting ? (
        <Stack gap="sm">
          <Group gap="xs">
            <Anchor component={Link} to={`/meetings/${meeting.id}`} fw={600} size="lg">
              {ordinal(meeting.number)}
            </Anchor>
            <MeetingStatusBadge status={meeting.status} />
          </Group>
          <MeetingTimes meeting={meeting} />
          <MeetingPlace meeting={meeting} />
          <Anchor component={Link} to={`/meetings/${meeting.id}`} size="sm">
            {t('governance.openMeeting')}
          </Anchor>
        </Stack>
      ) : (
        <Text c="dimmed">{t('governance.noNextMeeting')}</Text>
      )}
    </Section>
  );
}

type MeetingList = BodyMeetingsQuery['governanceBody']['meetings'];

function appendMeetingsPage(
  previous: BodyMeetingsQuery,
  { fetchMoreResult }: { fetchMoreResult: BodyMeetingsQuery },
): BodyMeetingsQuery {
  return {
    ...fetchMoreResult,
    governanceBody: {
      ...fetchMoreResult.governanceBody,
      meetings: {
        ...fetchMoreResult.governanceBody.meetings,
        edges: [...previous.governanceBody.meetings.edges, ...fetchMoreResult.governanceBody.meetings.edges],
      },
    },
  };
}

function MeetingsSection({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('upcoming');
  return (
    <Section title={t('governance.meetings')}>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="upcoming">{t('governance.upcoming')}</Tabs.Tab>
          <Tabs.Tab value="all">{t('governance.allMeetings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="upcoming" pt="md">
          <Meetings bodyId={bodyId} upcoming />
        </Tabs.Panel>
        <Tabs.Panel value="all" pt="md">
          <Meetings bodyId={bodyId} upcoming={false} />
        </Tabs.Panel>
      </Tabs>
    </Section>
  );
}

function Meetings({ bodyId, upcoming }: { bodyId: string; upcoming: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(BodyMeetingsDocument, {
    variables: { id: bodyId, upcoming },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <LoadingState /> : null;
  const list: MeetingList = data.governanceBody.meetings;
  const meetings = list.edges.map((edge) => edge.node);
  if (meetings.length === 0) {
    return <EmptyState title={upcoming ? t('governance.noUpcomingMeetings') : t('governance.noMeetings')} />;
  }
  const loadMore = async () => {
    const cursor = list.pageInfo.endCursor;
    if (!cursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: cursor }, updateQuery: appendMeetingsPage });
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <Stack gap="sm">
      <Text c="dimmed" size="sm" aria-live="polite">
        {t('common.showingOf', { shown: format.number(meetings.length), total: format.count(list) })}
      </Text>
      <MeetingTable meetings={meetings} />
      {list.pageInfo.hasNextPage && (
        <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
          {t('common.loadMore')}
        </Button>
      )}
    </Stack>
  );
}

function MeetingTable({ meetings }: { meetings: MeetingList['edges'][number]['node'][] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ordinal = useMeetingOrdinal();
  return (
    <ScrollTable label={t('governance.meetings')} minWidth={640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('governance.meeting')}</Table.Th>
          <Table.Th scope="col">{t('governance.when')}</Table.Th>
          <Table.Th scope="col">{t('governance.where')}</Table.Th>
          <Table.Th scope="col">{t('governance.statusLabel')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {meetings.map((meeting) => (
          <Table.Tr key={meeting.id}>
            <Table.Td>
              <Anchor component={Link} to={`/meetings/${meeting.id}`} fw={500}>
                {ordinal(meeting.number)}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <time dateTime={meeting.startsAt}>{format.dateTime(meeting.startsAt)}</time>
            </Table.Td>
            <Table.Td>
              {meeting.place ? (
                <Text size="sm" lineClamp={2}>
                  <bdi>{meeting.place}</bdi>
                </Text>
              ) : (
                meeting.onlineUrl && <Text size="sm">{t('governance.online')}</Text>
              )}
            </Table.Td>
            <Table.Td>
              <MeetingStatusBadge status={meeting.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
