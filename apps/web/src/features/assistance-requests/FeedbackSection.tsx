import { useState } from 'react';
import { Alert, Button, Card, Group, Rating, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { REQUEST_NOTE_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import type { AssistanceRequestQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useRefetchShownRequests } from './live';
import { GiveAssistanceFeedbackDocument } from './operations';
import classes from './FeedbackSection.module.css';
import note from './RequestNote.module.css';

type Request = AssistanceRequestQuery['assistanceRequest'];

const RATING_MAX = 5;

/** The State's rating of the assistance: the form for its focal points, what they said for everyone else. */
export function FeedbackSection({ request }: { request: Request }) {
  const { t } = useTranslation();
  if (!request.viewerCanGiveFeedback && request.feedbackRating == null) return null;
  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="feedback-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="feedback-heading">
          {t('requests.feedback.title')}
        </Title>
        {request.viewerCanGiveFeedback ? <FeedbackForm request={request} /> : <GivenFeedback request={request} />}
      </Stack>
    </Card>
  );
}

function GivenFeedback({ request }: { request: Request }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rating = request.feedbackRating ?? 0;
  const ratingText = t('requests.feedback.ratingOf', {
    rating: format.number(rating),
    max: format.number(RATING_MAX),
  });
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Rating value={rating} count={RATING_MAX} readOnly aria-hidden />
        <Text size="sm" fw={600}>
          {ratingText}
        </Text>
      </Group>
      {request.feedbackComment && (
        <Text size="sm" className={note.requestNote} dir="auto">
          {request.feedbackComment}
        </Text>
      )}
      {request.feedbackAt && (
        <Text size="xs" c="dimmed">
          {format.dateTime(request.feedbackAt)}
        </Text>
      )}
    </Stack>
  );
}

function FeedbackForm({ request }: { request: Request }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorTitle = useErrorTitle();
  const form = useForm({
    mode: 'controlled',
    initialValues: { rating: request.feedbackRating ?? 0, comment: request.feedbackComment ?? '' },
    validate: { rating: (value) => (value < 1 ? t('requests.feedback.ratingRequired') : null) },
  });
  const fieldErrors = useFieldErrors(form);
  const [sent, setSent] = useState(false);
  const [closing, setClosing] = useState(false);
  const refetchShown = useRefetchShownRequests();
  const [giveFeedback, { loading, error }] = useMutation(GiveAssistanceFeedbackDocument);
  const ratingError = form.errors.rating;

  /** Checks the rating, then sends the feedback (and closes the request: `close`). */
  const send = (close: boolean) => {
    setSent(false);
    return fieldErrors.onSubmit(async ({ rating, comment }) => {
      if (loading) return;
      setClosing(close);
      try {
        await giveFeedback({ variables: { input: { id: request.id, rating, comment: comment.trim(), close } } });
        await refetchShown();
        setSent(true);
      } catch {
        // Shown below.
      }
    });
  };

  return (
    <form onSubmit={(event) => send(false)(event)} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('requests.feedback.intro')}
        </Text>
        <fieldset className={classes.ratingFieldset} aria-describedby={ratingError ? 'rating-error' : undefined}>
          <legend className={classes.ratingLegend}>
            {t('requests.feedback.rating')}{' '}
            <span className={classes.requiredMark} aria-hidden="true">
              *
            </span>
          </legend>
          <Rating
            {...form.getInputProps('rating', { withError: false })}
            count={RATING_MAX}
            size="lg"
            getSymbolLabel={(value) =>
              t('requests.feedback.ratingOf', { rating: format.number(value), max: format.number(RATING_MAX) })
            }
          />
        </fieldset>
        {ratingError && (
          <Text size="sm" c="var(--mantine-color-red-text)" id="rating-error" role="alert">
            {ratingError}
          </Text>
        )}
        <Textarea
          label={t('requests.feedback.comment')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={REQUEST_NOTE_MAX_LENGTH}
          {...form.getInputProps('comment')}
          dir="auto"
        />
        {error && (
          <Alert color="red" role="alert" title={errorTitle(error)}>
            {errorDetail(error)}
          </Alert>
        )}
        {sent && (
          <Text size="sm" c="var(--mantine-color-green-text)" role="status">
            {t('requests.feedback.sent')}
          </Text>
        )}
        <Group gap="sm">
          <Button type="submit" loading={loading && !closing}>
            {t('requests.feedback.send')}
          </Button>
          {request.status === 'DELIVERED' && (
            <Button variant="default" loading={loading && closing} onClick={() => send(true)()}>
              {t('requests.feedback.sendAndClose')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
