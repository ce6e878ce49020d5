import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../../components/ToneBadge';
import type { AssistanceRequestQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { StatusBadge } from './badges';
import classes from './RequestTimeline.module.css';
import note from './RequestNote.module.css';

type Request = AssistanceRequestQuery['assistanceRequest'];

/** How long the request spent in each status, and when it is due (or overdue) for review or a match. */
export function TimeInStatus({ request }: { request: Request }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Card withBorder radius="md" p="lg" component="section" aria-labelledby="time-in-status-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="time-in-status-heading">
          {t('requests.timeInStatus')}
        </Title>
        {request.slaDueAt && (
          <Text size="sm" c={request.overdue ? 'red.7' : undefined} fw={request.overdue ? 600 : undefined}>
            {t(
              request.overdue
                ? 'requests.sla.overdue'
                : request.status === 'SUBMITTED'
                  ? 'requests.sla.reviewDue'
                  : request.status === 'IN_PROGRESS'
                    ? 'requests.sla.deliveryDue'
                    : 'requests.sla.matchDue',
              { date: format.dateTime(request.slaDueAt) },
            )}
          </Text>
        )}
        <dl className={classes.statusDurations}>
          {request.timeInStatus.map((entry) => (
            <div key={entry.status} className={classes.statusDuration}>
              <dt>
                {t(`enums.requestStatus.${entry.status}`)}
                {entry.current && <ToneBadge tone="info">{t('requests.currentStatus')}</ToneBadge>}
              </dt>
              <dd>{format.duration(entry.seconds)}</dd>
            </div>
          ))}
        </dl>
      </Stack>
    </Card>
  );
}

/** Every step, oldest first: who moved the request, when, from and to what, and why. */
export function Timeline({ request }: { request: Request }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Card withBorder radius="md" p="lg" component="section" aria-labelledby="timeline-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="timeline-heading">
          {t('requests.timeline.title')}
        </Title>
        <ol className="plain-list request-timeline">
          {request.timeline.map((step) => (
            <li key={step.id} className={classes.requestTimelineStep}>
              <Stack gap={4}>
                <Text size="sm" fw={600} component="div" className={classes.requestTimelineMove}>
                  {step.fromStatus ? (
                    t('requests.timeline.move', {
                      from: t(`enums.requestStatus.${step.fromStatus}`),
                      to: t(`enums.requestStatus.${step.toStatus}`),
                    })
                  ) : (
                    <>
                      {t('requests.timeline.created')} <StatusBadge status={step.toStatus} />
                    </>
                  )}
                </Text>
                <Text size="xs" c="dimmed">
                  <Anchor component={Link} to={`/people/${step.actor.id}`} inherit c="dimmed" underline="always">
                    <bdi>{step.actor.name}</bdi>
                  </Anchor>{' '}
                  (<bdi>{step.actor.organization.acronym ?? step.actor.organization.name}</bdi>) ·{' '}
                  <time dateTime={step.createdAt} title={format.dateTime(step.createdAt)}>
                    {format.dateTime(step.createdAt)}
                  </time>
                </Text>
                {step.note && (
                  <Text size="sm" className={note.requestNote} dir="auto">
                    {step.note}
                  </Text>
                )}
              </Stack>
            </li>
          ))}
        </ol>
      </Stack>
    </Card>
  );
}
