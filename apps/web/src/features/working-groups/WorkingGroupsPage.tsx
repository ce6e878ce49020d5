import { Fragment } from 'react';
import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { WorkingGroupRole } from '@ctcp/shared';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { ToneBadge } from '../../components/ToneBadge';
import type { WorkingGroupsQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { WorkingGroupsDocument } from './operations';

type WorkingGroup = WorkingGroupsQuery['workingGroups'][number];
type Membership = WorkingGroup['memberships'][number];

export function WorkingGroupsPage() {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const { data, loading, error, refetch } = useQuery(WorkingGroupsDocument, { variables: { language } });

  const groups = data?.workingGroups ?? [];
  return (
    <Page title={t('workingGroups.title')} description={t('workingGroups.intro')}>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <LoadingState />
      ) : groups.length === 0 ? (
        <EmptyState title={t('workingGroups.empty')} />
      ) : (
        <SimpleGrid component="ul" className="plain-list" cols={{ base: 1, md: 2 }} spacing="md">
          {groups.map((group) => (
            <li key={group.id}>
              <WorkingGroupCard group={group} />
            </li>
          ))}
        </SimpleGrid>
      )}
    </Page>
  );
}

/** The group's memberships, by role. */
function byRole(memberships: readonly Membership[]): Record<WorkingGroupRole, Membership[]> {
  const groups: Record<WorkingGroupRole, Membership[]> = { CHAIR: [], VICE_CHAIR: [], MEMBER: [], OBSERVER: [] };
  for (const membership of memberships) groups[membership.role].push(membership);
  return groups;
}

const acronyms = (memberships: readonly Membership[]) =>
  memberships.map((membership) => membership.organization.acronym ?? membership.organization.name);

/** "CTED and INTERPOL" in the UI language, each name kept in its own direction. */
function IsolatedList({ items }: { items: string[] }) {
  const { language } = useFormatters();
  const parts = new Intl.ListFormat(language, { type: 'conjunction' }).formatToParts(items);
  return (
    <>
      {parts.map((part, index) =>
        part.type === 'element' ? <bdi key={index}>{part.value}</bdi> : <Fragment key={index}>{part.value}</Fragment>,
      )}
    </>
  );
}

function WorkingGroupCard({ group }: { group: WorkingGroup }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const roles = byRole(group.memberships);
  const chairs = acronyms(roles.CHAIR);
  const viceChairs = acronyms(roles.VICE_CHAIR);
  const members = roles.MEMBER;
  const observers = roles.OBSERVER;
  const headingId = `working-group-${group.id}`;

  return (
    <Card withBorder radius="md" p="lg" h="100%" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Stack gap={6}>
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={`/working-groups/${group.id}`} inherit>
              {group.name}
            </Anchor>
          </Title>
          <Group gap={6}>
            <ToneBadge tone="info">{group.key}</ToneBadge>
            {group.kind === 'COORDINATION_COMMITTEE' && (
              <ToneBadge tone="info">{t('enums.workingGroupKind.COORDINATION_COMMITTEE')}</ToneBadge>
            )}
            {!group.confirmed && <ToneBadge tone="warning">{t('organizations.unconfirmed')}</ToneBadge>}
          </Group>
        </Stack>
        <dl className="detail-list compact">
          <div className="detail-list-row">
            <dt>{t('enums.workingGroupRole.CHAIR')}</dt>
            <dd>{chairs.length > 0 ? <IsolatedList items={chairs} /> : t('workingGroups.none')}</dd>
          </div>
          <div className="detail-list-row">
            <dt>{t('enums.workingGroupRole.VICE_CHAIR')}</dt>
            <dd>{viceChairs.length > 0 ? <IsolatedList items={viceChairs} /> : t('workingGroups.none')}</dd>
          </div>
          <div className="detail-list-row">
            <dt>{t('workingGroups.memberOrganizations')}</dt>
            <dd>
              {format.number(members.length + chairs.length + viceChairs.length)}
              {observers.length > 0 &&
                ` · ${t('workingGroups.observersCount', { number: format.number(observers.length) })}`}
            </dd>
          </div>
        </dl>
        {members.length > 0 && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {members.map((membership, index) => (
              <Fragment key={membership.organization.id}>
                {index > 0 && ' · '}
                <bdi>{membership.organization.acronym ?? membership.organization.name}</bdi>
              </Fragment>
            ))}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
