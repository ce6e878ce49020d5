import { useState } from 'react';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryStates';
import { ToneBadge } from '../../components/ToneBadge';
import type { GovernanceBodiesQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useViewerCan } from '../../session';
import { useMeetingOrdinal } from './MeetingParts';
import { NewBodyDialog } from './NewBodyDialog';
import { GovernanceBodiesDocument } from './operations';

type Body = GovernanceBodiesQuery['governanceBodies'][number];

/** The Compact's governance bodies: who chairs them, how many members they have, and when they meet next. */
export function GovernanceBodiesPage() {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const can = useViewerCan();
  const [adding, setAdding] = useState(false);
  const { data, loading, error, refetch } = useQuery(GovernanceBodiesDocument, {
    variables: { language },
    fetchPolicy: 'cache-and-network',
  });
  const bodies = data?.governanceBodies ?? [];
  return (
    <Page
      title={t('governance.title')}
      description={t('governance.intro')}
      actions={can.editGovernanceBodies && <Button onClick={() => setAdding(true)}>{t('governance.newBody')}</Button>}
    >
      {adding && <NewBodyDialog onClose={() => setAdding(false)} />}
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <LoadingState />
      ) : bodies.length === 0 ? (
        <EmptyState title={t('governance.noBodies')} />
      ) : (
        <SimpleGrid component="ul" className="plain-list" cols={{ base: 1, md: 2 }} spacing="md">
          {bodies.map((body) => (
            <li key={body.id}>
              <BodyCard body={body} />
            </li>
          ))}
        </SimpleGrid>
      )}
    </Page>
  );
}

function BodyCard({ body }: { body: Body }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ordinal = useMeetingOrdinal();
  const headingId = `governance-body-${body.id}`;
  const chairs = body.members.filter((member) => member.role === 'CHAIR');
  return (
    <Card withBorder radius="md" p="lg" h="100%" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Stack gap={6}>
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={`/governance/${body.id}`} inherit>
              {body.name}
            </Anchor>
          </Title>
          <Group gap={6}>
            {body.acronym && (
              <ToneBadge tone="info">
                <bdi>{body.acronym}</bdi>
              </ToneBadge>
            )}
            {!body.confirmed && <ToneBadge tone="warning">{t('organizations.unconfirmed')}</ToneBadge>}
          </Group>
        </Stack>
        <dl className="detail-list compact">
          {chairs.length > 0 && (
            <div className="detail-list-row">
              <dt>{t('enums.governanceBodyRole.CHAIR')}</dt>
              <dd>
                {chairs.map((chair, index) => (
                  <span key={chair.organization.id}>
                    {index > 0 && ', '}
                    <bdi>{chair.organization.name}</bdi>
                  </span>
                ))}
              </dd>
            </div>
          )}
          <div className="detail-list-row">
            <dt>{t('governance.memberCount')}</dt>
            <dd>{format.number(body.members.length)}</dd>
          </div>
          <div className="detail-list-row">
            <dt>{t('governance.nextMeeting')}</dt>
            <dd>
              {body.nextMeeting ? (
                <Anchor component={Link} to={`/meetings/${body.nextMeeting.id}`}>
                  {ordinal(body.nextMeeting.number)}
                  {' · '}
                  <time dateTime={body.nextMeeting.startsAt}>{format.dateTime(body.nextMeeting.startsAt)}</time>
                </Anchor>
              ) : (
                <Text span c="dimmed">
                  {t('governance.noNextMeeting')}
                </Text>
              )}
            </dd>
          </div>
        </dl>
      </Stack>
    </Card>
  );
}
