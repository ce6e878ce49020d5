import { useState } from 'react';
import { Alert, Anchor, Button, Card, Group, List, Modal, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { OBJECTION_REASON_MAX_LENGTH } from '@ctcp/shared';
import { BackLink } from '../../components/BackLink';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { useErrorTitle } from '../../components/QueryStates';
import type { DecisionDetailQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useRecordEvents } from '../../realtime';
import { DecisionStatusBadge } from './badges';
import { Countdown } from './Countdown';
import { BreakSilenceDocument, DecisionDetailDocument, WithdrawDecisionDocument } from './operations';

type Decision = DecisionDetailQuery['decision'];

/** A decision: its text, deadline, objections and timeline, and what the viewer may do with it. */
export function DecisionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormatters();
  const [breaking, setBreaking] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const { data, loading, error, refetch } = useQuery(DecisionDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [withdraw, withdrawal] = useMutation(WithdrawDecisionDocument);

  // An objection, the adoption or a withdrawal by someone else shows at once.
  useRecordEvents((event, payload) => {
    if (event === 'decision.updated' && 'id' in payload && payload.id === id) void refetch().catch(() => undefined);
  });

  if (!data) {
    return <LoadingOrErrorPage title={t('decisions.detailTitle')} loading={loading} error={error} onRetry={refetch} />;
  }
  const decision = data.decision;

  const confirmWithdrawal = async () => {
    try {
      await withdraw({ variables: { id: decision.id } });
      setWithdrawing(false);
      await refetch();
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <Page
      title={decision.title}
      isolateTitle
      breadcrumb={<BackLink to="/decisions" label={t('nav.decisions')} />}
      actions={
        <Group gap="xs">
          {decision.viewerMayBreakSilence && (
            <Button color="orange" onClick={() => setBreaking(true)}>
              {t('decisions.breakSilence')}
            </Button>
          )}
          {decision.viewerMayWithdraw && (
            <Button variant="default" onClick={() => setWithdrawing(true)}>
              {t('decisions.withdraw')}
            </Button>
          )}
        </Group>
      }
    >
      <Group gap="sm" wrap="wrap">
        <DecisionStatusBadge status={decision.status} />
        {decision.status === 'OPEN' || decision.status === 'SILENCE_BROKEN' ? (
          <Countdown until={decision.silenceUntil} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('decisions.deadline')}:{' '}
            <time dateTime={decision.silenceUntil}>{format.dateTime(decision.silenceUntil)}</time>
          </Text>
        )}
        <Anchor component={Link} to={`/workspaces/${decision.workspace.id}?tab=decisions`} size="sm">
          <bdi>{decision.workspace.name}</bdi>
        </Anchor>
      </Group>
      <Text size="sm" c="dimmed">
        {t('decisions.proposedBy', { name: authorLabel(decision.proposedBy) })}
      </Text>
      {decision.viewerOrganizationObjected && (
        <Alert color="orange" variant="light">
          {t('decisions.alreadyObjected')}
        </Alert>
      )}
      <Card withBorder padding="lg">
        {/* Rendered and sanitized by the api as posts are (an allow-list of tags, links checked): safe to insert.
            Styled as a post; its direction follows its own text. */}
        <div className="post-body" dir="auto" dangerouslySetInnerHTML={{ __html: decision.textHtml }} />
      </Card>
      <Objections decision={decision} />
      <DecisionTimeline decision={decision} />
      {breaking && (
        <BreakSilenceDialog
          decision={decision}
          onClose={() => setBreaking(false)}
          onDone={() => {
            setBreaking(false);
            void refetch();
          }}
        />
      )}
      {withdrawing && (
        <ConfirmDialog
          title={t('decisions.withdrawTitle')}
          explanation={t('decisions.withdrawExplanation')}
          confirmLabel={t('decisions.withdraw')}
          loading={withdrawal.loading}
          error={withdrawal.error}
          onConfirm={() => void confirmWithdrawal()}
          onClose={() => setWithdrawing(false)}
        />
      )}
    </Page>
  );
}

function authorLabel(author: { name: string; organization: { acronym?: string | null } }): string {
  return author.organization.acronym ? `${author.name} (${author.organization.acronym})` : author.name;
}

function Objections({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap="xs" component="section" aria-labelledby="objections-heading">
      <Title order={2} size="h4" id="objections-heading">
        {t('decisions.objections')}
      </Title>
      {decision.objections.length === 0 ? (
        <Text c="dimmed">{t('decisions.noObjections')}</Text>
      ) : (
        <List spacing="sm" listStyleType="none" p={0}>
          {decision.objections.map((objection) => (
            <List.Item key={objection.id}>
              <Text fw={600}>
                {objection.organization.acronym ?? objection.by.name}{' '}
                <Text span c="dimmed" size="sm" fw={400}>
                  {t('decisions.by', { name: objection.by.name })} ·{' '}
                  <time dateTime={objection.createdAt}>{format.dateTime(objection.createdAt)}</time>
                </Text>
              </Text>
              <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {objection.reason}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function DecisionTimeline({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap="xs" component="section" aria-labelledby="timeline-heading">
      <Title order={2} size="h4" id="timeline-heading">
        {t('decisions.timeline')}
      </Title>
      <Timeline active={decision.timeline.length - 1} bulletSize={14} lineWidth={2}>
        {decision.timeline.map((event, index) => (
          <Timeline.Item key={`${event.kind}-${index}`} title={t(`decisions.events.${event.kind}`)}>
            <Text size="sm" c="dimmed">
              <time dateTime={event.at}>{format.dateTime(event.at)}</time>
              {event.by && ` · ${t('decisions.by', { name: authorLabel(event.by) })}`}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}

function BreakSilenceDialog({
  decision,
  onClose,
  onDone,
}: {
  decision: Decision;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: { reason: (value: string) => (value.trim() ? null : t('decisions.reasonRequired')) },
  });
  const fieldErrors = useFieldErrors(form);
  const [breakSilence, { loading, error }] = useMutation(BreakSilenceDocument);

  const submit = async ({ reason }: { reason: string }) => {
    try {
      await breakSilence({ variables: { input: { decisionId: decision.id, reason: reason.trim() } } });
      onDone();
    } catch (caught) {
      fieldErrors.showApiError(caught, ['reason']);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('decisions.breakSilenceTitle', { title: decision.title })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack>
          <Text size="sm">{t('decisions.breakSilenceHelp')}</Text>
          <Textarea
            label={t('decisions.reason')}
            required
            autosize
            minRows={3}
            maxLength={OBJECTION_REASON_MAX_LENGTH}
            {...form.getInputProps('reason')}
            data-autofocus
          />
          {error && !form.errors.reason && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={loading}>
              {t('decisions.object')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
