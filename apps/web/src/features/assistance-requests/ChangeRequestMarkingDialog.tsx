import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { type Classification, MARKING_REASON_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import type { RequestMarkingFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useSignedInUser } from '../../session';
import { MARKING_RANK, markingTargets } from '../discussions';
import { ChangeAssistanceRequestClassificationDocument } from './operations';
import { RequestParticipantsPicker } from './RequestParticipantsPicker';

interface MarkingValues {
  classification: Classification;
  reason: string;
  participantIds: string[];
}

type ShownError = keyof MarkingValues;
const API_FIELDS: readonly ShownError[] = ['classification', 'reason', 'participantIds'];

/**
 * The markings the viewer may give a request marked `current`: higher ones when they may raise it, lower ones
 * when they may lower it. Keeping the marking is no change (the api refuses it); naming other people on a
 * STRICTLY_CONFIDENTIAL request is EditRequestParticipantsDialog's.
 */
export function requestMarkingTargets(request: RequestMarkingFieldsFragment): Classification[] {
  return markingTargets(request.classification, {
    mayRaise: request.viewerCanRaiseClassification,
    mayLower: request.viewerCanLowerClassification,
  }).filter((marking) => marking !== request.classification);
}

interface ChangeRequestMarkingDialogProps {
  request: RequestMarkingFieldsFragment;
  onClose: () => void;
}

/**
 * Raises or lowers a request's marking, as far as the api lets the viewer (`viewerCanRaiseClassification`,
 * `viewerCanLowerClassification`), always with a reason (audited); to STRICTLY_CONFIDENTIAL with the people
 * named on it.
 */
export function ChangeRequestMarkingDialog({ request, onClose }: ChangeRequestMarkingDialogProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const errorTitle = useErrorTitle();
  const viewer = useSignedInUser();
  const current = request.classification;
  const targets = requestMarkingTargets(request);
  // Raising by default, else lowering to the next marking down.
  const firstTarget =
    targets.find((marking) => MARKING_RANK[marking] > MARKING_RANK[current]) ?? targets.at(-1) ?? current;
  const form = useForm<MarkingValues>({
    mode: 'controlled',
    initialValues: { classification: firstTarget, reason: '', participantIds: [] },
    validate: {
      reason: (value) => (value.trim() ? null : t('discussions.marking.reasonRequired')),
    },
  });
  const fieldErrors = useFieldErrors(form);
  const [change, { loading, error }] = useMutation(ChangeAssistanceRequestClassificationDocument);
  const namesParticipants = form.values.classification === 'STRICTLY_CONFIDENTIAL';

  const submit = async (values: MarkingValues) => {
    try {
      await change({
        variables: {
          input: {
            requestId: request.id,
            classification: values.classification,
            reason: values.reason.trim(),
            // Absent otherwise: nobody is named on a request marked lower.
            ...(namesParticipants ? { participantIds: values.participantIds } : {}),
          },
          language,
        },
      });
      onClose();
    } catch (caught) {
      fieldErrors.showApiError(caught, API_FIELDS);
    }
  };

  const fieldError = API_FIELDS.some((field) => form.errors[field]);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('discussions.marking.changeTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('discussions.marking.current', { marking: t(`enums.classification.${current}`) })}{' '}
            <Text span c="dimmed" size="sm">
              {t('discussions.marking.changeHelp')}
              {!request.viewerCanLowerClassification && <> {t('requests.marking.raiseOnlyHelp')}</>}
            </Text>
          </Text>
          <Radio.Group label={t('discussions.marking.target')} required {...form.getInputProps('classification')}>
            <Stack gap="xs" mt="xs">
              {targets.map((marking) => (
                <Radio
                  key={marking}
                  value={marking}
                  label={t(`enums.classification.${marking}`)}
                  description={t(`requests.marking.readers.${marking}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {namesParticipants && (
            <RequestParticipantsPicker
              requestId={request.id}
              label={t('discussions.marking.participants')}
              description={t('requests.marking.participantsChangeHelp')}
              // The api names the author and the viewer anyway.
              excludeIds={[viewer.id, request.createdBy.id]}
              {...form.getInputProps('participantIds')}
              value={form.values.participantIds}
            />
          )}
          <Textarea
            label={t('discussions.marking.reason')}
            description={t('discussions.marking.reasonHelp')}
            required
            autosize
            minRows={2}
            maxRows={6}
            maxLength={MARKING_REASON_MAX_LENGTH}
            {...form.getInputProps('reason')}
            dir="auto"
            data-autofocus
          />
          {error && !fieldError && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('discussions.marking.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
