import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { REQUEST_NOTE_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { apiErrorField, useFieldErrors } from '../../components/form';
import { ErrorState, LoadingState, useErrorTitle } from '../../components/QueryStates';
import type { MatchCandidatesQuery } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { organizationLabel } from '../../components/OrganizationSelect';
import { useRefetchShownRequests } from './live';
import { MatchAssistanceRequestDocument, MatchCandidatesDocument } from './operations';

interface MatchValues {
  lead: string | null;
  partners: string[];
  note: string;
}

/** The fields of the form: an api error about one of them is shown next to it. */
const FIELDS = ['lead', 'partners', 'note'] as const satisfies readonly (keyof MatchValues)[];

/** The api's names of fields that the form shows under another name. */
const FIELD_OF_INPUT = { leadEntityId: 'lead', partnerEntityIds: 'partners' } as const;

interface MatchDialogProps {
  requestId: string;
  onClose: () => void;
  onMatched?: () => void;
}

/** Coordinators name the lead entity (from the offers, or any Compact entity) and the partners. */
export function MatchDialog({ requestId, onClose, onMatched }: MatchDialogProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const { data, loading, error, refetch } = useQuery(MatchCandidatesDocument, {
    variables: { id: requestId, language },
    fetchPolicy: 'network-only',
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('requests.match.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {data ? (
        <MatchForm candidates={data} onClose={onClose} onMatched={onMatched} />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        loading && <LoadingState />
      )}
    </Modal>
  );
}

interface MatchFormProps {
  candidates: MatchCandidatesQuery;
  onClose: () => void;
  onMatched?: () => void;
}

function MatchForm({ candidates, onClose, onMatched }: MatchFormProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const request = candidates.assistanceRequest;
  const form = useForm<MatchValues>({
    mode: 'controlled',
    initialValues: {
      lead: request.leadEntity?.id ?? null,
      partners: request.partnerEntities.map((entity) => entity.id),
      note: '',
    },
    validate: { lead: (value) => (value ? null : t('requests.match.leadRequired')) },
  });
  const fieldErrors = useFieldErrors(form);
  const chosenLead = form.values.lead;
  const refetchShown = useRefetchShownRequests();
  const [match, { loading, error }] = useMutation(MatchAssistanceRequestDocument);

  const entities = candidates.organizations.edges.map((edge) => edge.node);
  const offering = request.offers.filter((offer) => offer.status === 'ACTIVE').map((offer) => offer.organization);
  const offeringIds = new Set(offering.map((organization) => organization.id));
  const option = (organization: { id: string; acronym: string | null; name: string }) => ({
    value: organization.id,
    label: organizationLabel(organization),
  });
  const leadOptions = [
    ...(offering.length > 0 ? [{ group: t('requests.match.offered'), items: offering.map(option) }] : []),
    {
      group: t('requests.match.otherEntities'),
      items: entities.filter((entity) => !offeringIds.has(entity.id)).map(option),
    },
  ];

  const submit = async ({ lead, partners, note }: MatchValues) => {
    if (!lead || loading) return;
    try {
      await match({
        variables: {
          input: {
            requestId: request.id,
            leadEntityId: lead,
            partnerEntityIds: partners.filter((id) => id !== lead),
            note: note.trim(),
          },
        },
      });
      await refetchShown();
      onMatched?.();
      onClose();
    } catch (caught) {
      // Shown next to its field, or else above the buttons.
      fieldErrors.showApiError(caught, FIELDS, FIELD_OF_INPUT);
    }
  };

  return (
    <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('requests.match.explanation', { reference: isolate(request.reference), title: isolate(request.title) })}
        </Text>
        <Select
          label={t('requests.match.lead')}
          description={offering.length > 0 ? t('requests.match.leadHelp') : t('requests.match.noOffers')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          placeholder={t('requests.match.leadPlaceholder')}
          required
          searchable
          data={leadOptions}
          {...form.getInputProps('lead')}
          comboboxProps={{ withinPortal: true }}
          maxDropdownHeight={280}
          nothingFoundMessage={t('requests.form.nothingFound')}
          data-autofocus
        />
        <MultiSelect
          label={t('requests.match.partners')}
          placeholder={form.values.partners.length === 0 ? t('requests.match.partnersPlaceholder') : undefined}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          data={entities.filter((entity) => entity.id !== chosenLead).map(option)}
          {...form.getInputProps('partners')}
          value={form.values.partners.filter((id) => id !== chosenLead)}
          comboboxProps={{ withinPortal: true }}
          maxDropdownHeight={240}
          nothingFoundMessage={t('requests.form.nothingFound')}
        />
        <Textarea
          label={t('requests.move.note')}
          description={t('requests.move.noteOptionalHelp')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={REQUEST_NOTE_MAX_LENGTH}
          {...form.getInputProps('note')}
          dir="auto"
        />
        {error && !apiErrorField(error, FIELDS, FIELD_OF_INPUT) && (
          <Alert color="red" role="alert" title={errorTitle(error)}>
            {errorDetail(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('requests.match.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
