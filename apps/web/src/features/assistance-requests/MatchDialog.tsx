import { type FormEvent, useState } from 'react';
import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { REQUEST_NOTE_MAX_LENGTH } from '@ctcp/shared';
import { errorDetail, errorField } from '../../components/errors';
import { ErrorState, LoadingState, useErrorTitle } from '../../components/QueryStates';
import type { MatchCandidatesQuery } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { organizationLabel } from '../organizations/OrganizationSelect';
import { useRefetchShownRequests } from './live';
import { MatchAssistanceRequestDocument, MatchCandidatesDocument } from './operations';

/** The fields of the form: an api error about one of them is shown next to it. */
const FIELDS = new Set(['leadEntityId', 'partnerEntityIds', 'note']);

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
  const [lead, setLead] = useState<string | null>(request.leadEntity?.id ?? null);
  const [partners, setPartners] = useState<string[]>(request.partnerEntities.map((entity) => entity.id));
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
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
  const serverField = errorField(error);
  const serverError = (field: string) => (serverField === field ? errorDetail(error) : undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
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
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
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
          value={lead}
          onChange={setLead}
          error={(attempted && !lead && t('requests.match.leadRequired')) || serverError('leadEntityId')}
          comboboxProps={{ withinPortal: true }}
          maxDropdownHeight={280}
          nothingFoundMessage={t('requests.form.nothingFound')}
          data-autofocus
        />
        <MultiSelect
          label={t('requests.match.partners')}
          placeholder={partners.length === 0 ? t('requests.match.partnersPlaceholder') : undefined}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          data={entities.filter((entity) => entity.id !== lead).map(option)}
          value={partners.filter((id) => id !== lead)}
          onChange={setPartners}
          error={serverError('partnerEntityIds')}
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
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={serverError('note')}
          dir="auto"
        />
        {error && !(serverField && FIELDS.has(serverField)) && (
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
