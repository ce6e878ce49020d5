import { useState } from 'react';
import { Alert, Anchor, Button, Card, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { REQUEST_NOTE_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { apiErrorField, useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import { ToneBadge } from '../../components/ToneBadge';
import type { AssistanceRequestQuery, OfferFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { PostBody } from '../discussions';
import { useRefetchShownRequests } from './live';
import { OfferAssistanceDocument, WithdrawAssistanceOfferDocument } from './operations';
import classes from './OffersSection.module.css';

type Request = AssistanceRequestQuery['assistanceRequest'];

/**
 * The offers the viewer may see (coordinators and the State: all; an entity: its own), and for members
 * of an entity the request is open to, the form to make, change or withdraw their organization's offer.
 */
export function OffersSection({ request, seesAllOffers }: { request: Request; seesAllOffers: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const showEmpty = seesAllOffers && request.status === 'UNDER_REVIEW';
  if (!request.viewerCanOffer && request.offers.length === 0 && !showEmpty) return null;
  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="offers-heading">
      <Stack gap="md">
        <Group gap="sm" align="baseline">
          <Title order={2} size="h4" id="offers-heading">
            {t('requests.offers.title')}
          </Title>
          {seesAllOffers && (
            <Text size="sm" c="dimmed">
              {t('common.total', { number: format.number(request.offers.length) })}
            </Text>
          )}
        </Group>
        {request.viewerCanOffer && <OfferForm requestId={request.id} offer={request.viewerOffer ?? null} />}
        {request.offers.length === 0 ? (
          showEmpty && <Text c="dimmed">{t('requests.offers.none')}</Text>
        ) : (
          <Stack component="ul" className="plain-list" gap="sm" aria-labelledby="offers-heading">
            {request.offers.map((offer) => (
              <li key={offer.id}>
                <OfferItem offer={offer} standing={standingOf(offer, request)} />
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/**
 * What an offer stands for now: withdrawn; active while the request takes offers (under review); once it
 * is matched, the lead entity's offer is the one taken up and the others are only a record, with no badge.
 */
type OfferStanding = 'WITHDRAWN' | 'ACTIVE' | 'LEAD' | null;

function standingOf(offer: OfferFieldsFragment, request: Request): OfferStanding {
  if (offer.status === 'WITHDRAWN') return 'WITHDRAWN';
  if (request.status === 'UNDER_REVIEW') return 'ACTIVE';
  return offer.organization.id === request.leadEntity?.id ? 'LEAD' : null;
}

function OfferItem({ offer, standing }: { offer: OfferFieldsFragment; standing: OfferStanding }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const withdrawn = standing === 'WITHDRAWN';
  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      className={withdrawn ? `${classes.offer} ${classes.withdrawn}` : classes.offer}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor
            component={Link}
            to={`/organizations/${offer.organization.id}`}
            fw={650}
            title={offer.organization.name}
          >
            <bdi>{offer.organization.acronym ?? offer.organization.name}</bdi>
          </Anchor>
          {standing && (
            <ToneBadge tone={withdrawn ? 'neutral' : 'success'}>
              {standing === 'LEAD' ? t('requests.leadEntity') : t(`enums.offerStatus.${standing}`)}
            </ToneBadge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          <bdi>{offer.author.name}</bdi> ·{' '}
          <time dateTime={offer.updatedAt} title={format.dateTime(offer.updatedAt)}>
            {format.relative(offer.updatedAt)}
          </time>
        </Text>
        <PostBody html={offer.noteHtml} />
      </Stack>
    </Paper>
  );
}

function OfferForm({ requestId, offer }: { requestId: string; offer: OfferFieldsFragment | null }) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const active = offer?.status === 'ACTIVE';
  const form = useForm({
    mode: 'controlled',
    initialValues: { note: offer?.note ?? '' },
    validate: { note: (value) => (value.trim() ? null : t('requests.offers.noteRequired')) },
  });
  const fieldErrors = useFieldErrors(form);
  const [editing, setEditing] = useState(!active);
  const refetchShown = useRefetchShownRequests();
  const [makeOffer, offering] = useMutation(OfferAssistanceDocument);
  const [withdraw, withdrawing] = useMutation(WithdrawAssistanceOfferDocument);
  const error = offering.error ?? withdrawing.error;

  const submit = async ({ note }: { note: string }) => {
    if (offering.loading) return;
    try {
      await makeOffer({ variables: { input: { requestId, note: note.trim() } } });
      await refetchShown();
      setEditing(false);
    } catch (caught) {
      // Shown next to the note, or else below.
      fieldErrors.showApiError(caught, ['note']);
    }
  };

  const withdrawOffer = async () => {
    try {
      await withdraw({ variables: { requestId } });
      await refetchShown();
      setEditing(true);
    } catch {
      // Shown below.
    }
  };

  return (
    <Paper
      withBorder
      radius="sm"
      p="md"
      bg="var(--app-surface-muted)"
      component="section"
      aria-labelledby="own-offer-heading"
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id="own-offer-heading">
          {t('requests.offers.yours')}
        </Title>
        {editing ? (
          <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
            <Stack gap="sm">
              <Textarea
                label={t('requests.offers.note')}
                description={t('requests.offers.noteHelp')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                required
                autosize
                minRows={3}
                maxRows={12}
                maxLength={REQUEST_NOTE_MAX_LENGTH}
                {...form.getInputProps('note')}
                dir="auto"
              />
              <Group gap="xs">
                <Button type="submit" loading={offering.loading}>
                  {active ? t('requests.offers.save') : t('requests.offers.submit')}
                </Button>
                {active && (
                  <Button variant="default" onClick={() => setEditing(false)}>
                    {t('common.cancel')}
                  </Button>
                )}
              </Group>
            </Stack>
          </form>
        ) : (
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('requests.offers.standing')}</Text>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                {t('requests.offers.edit')}
              </Button>
              <Button
                size="xs"
                variant="default"
                c="var(--mantine-color-red-text)"
                loading={withdrawing.loading}
                onClick={() => void withdrawOffer()}
              >
                {t('requests.offers.withdraw')}
              </Button>
            </Group>
          </Stack>
        )}
        {error && !apiErrorField(error, ['note']) && (
          <Alert color="red" role="alert" title={errorTitle(error)}>
            {errorDetail(error)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
