import type { ReactNode } from 'react';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { type Detail, DetailList } from '../../components/DetailList';
import type { AssistanceRequestQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { PillarBadge } from '../workspaces';
import { Acknowledgements } from './Acknowledgements';
import classes from './RequestNote.module.css';

type Request = AssistanceRequestQuery['assistanceRequest'];
type OrganizationRef = { id: string; acronym: string | null; name: string };

function OrganizationLinks({ organizations }: { organizations: readonly OrganizationRef[] }) {
  return (
    <Group component="span" gap={8} wrap="wrap">
      {organizations.map((organization) => (
        <Anchor
          key={organization.id}
          component={Link}
          to={`/organizations/${organization.id}`}
          title={organization.name}
          inherit
        >
          <bdi>{organization.acronym ?? organization.name}</bdi>
        </Anchor>
      ))}
    </Group>
  );
}

const text = (value: string): ReactNode => (value ? <bdi className={classes.requestNote}>{value}</bdi> : '—');

/**
 * Who asks, for what, shared with whom, which entities have seen it, and who delivers. `seesAllAcknowledgements`:
 * the viewer sees every entity's (the State, coordinators), so "none yet" says something.
 */
export function RequestDetails({
  request,
  seesAllAcknowledgements,
}: {
  request: Request;
  seesAllAcknowledgements: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const items: Detail[] = [
    {
      label: t('requests.state'),
      value: <OrganizationLinks organizations={[{ ...request.requestingState, acronym: null }]} />,
    },
    {
      label: t('requests.requestedBy'),
      value: (
        <Anchor component={Link} to={`/people/${request.createdBy.id}`} inherit>
          <bdi>{request.createdBy.name}</bdi>
        </Anchor>
      ),
    },
    {
      label: t('requests.workingGroup'),
      value: request.workingGroup ? (
        <Anchor component={Link} to={`/working-groups/${request.workingGroup.id}`} inherit>
          {request.workingGroup.name}
        </Anchor>
      ) : (
        '—'
      ),
    },
    {
      label: t('requests.pillars'),
      value:
        request.pillars.length > 0 ? (
          <Group component="span" gap={6}>
            {request.pillars.map((pillar) => (
              <PillarBadge key={pillar} pillar={pillar} />
            ))}
          </Group>
        ) : (
          '—'
        ),
    },
    { label: t('requests.desiredTimeframe'), value: text(request.desiredTimeframe) },
    { label: t('requests.beneficiaryInstitutions'), value: text(request.beneficiaryInstitutions) },
    {
      label: t('requests.sharingScope'),
      value: (
        <Stack gap={4}>
          <span>{t(`enums.sharingScope.${request.sharingScope}`)}</span>
          {request.sharedEntities.length > 0 && <OrganizationLinks organizations={request.sharedEntities} />}
        </Stack>
      ),
    },
    { label: t('requests.classification'), value: t(`enums.classification.${request.classification}`) },
    ...(request.status !== 'DRAFT' &&
    (seesAllAcknowledgements || request.viewerCanAcknowledge || request.acknowledgements.length > 0)
      ? [
          {
            label: t('requests.acknowledgements.label'),
            value: <Acknowledgements request={request} seesAll={seesAllAcknowledgements} />,
          },
        ]
      : []),
    ...(request.leadEntity
      ? [
          { label: t('requests.leadEntity'), value: <OrganizationLinks organizations={[request.leadEntity]} /> },
          {
            label: t('requests.partners'),
            value:
              request.partnerEntities.length > 0 ? <OrganizationLinks organizations={request.partnerEntities} /> : '—',
          },
        ]
      : []),
    ...(request.submittedAt
      ? [
          {
            label: t('requests.submittedOn'),
            value: <time dateTime={request.submittedAt}>{format.dateTime(request.submittedAt)}</time>,
          },
        ]
      : []),
  ];
  return (
    <Card withBorder radius="md" p="lg" component="section" aria-labelledby="request-details-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="request-details-heading">
          {t('requests.details')}
        </Title>
        <DetailList stacked items={items} />
        <Text size="xs" c="dimmed">
          {t('requests.lastUpdated', { date: format.dateTime(request.updatedAt) })}
        </Text>
      </Stack>
    </Card>
  );
}
