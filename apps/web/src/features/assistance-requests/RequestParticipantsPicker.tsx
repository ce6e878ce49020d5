import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { type ChoosingProps, ParticipantsField, useCandidateSearch } from '../discussions';
import { RequestParticipantCandidatesDocument } from './operations';

/**
 * Chooses the people named on a STRICTLY_CONFIDENTIAL request: those the api offers for it
 * (`AssistanceRequest.participantCandidates`: who would read it were it CONFIDENTIAL), searched by name or email.
 */
export function RequestParticipantsPicker({ requestId, ...field }: ChoosingProps & { requestId: string }) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const { search, setSearch, query } = useCandidateSearch();
  const { data, loading } = useQuery(RequestParticipantCandidatesDocument, {
    variables: { requestId, query, first: 20, language },
  });
  return (
    <ParticipantsField
      {...field}
      search={search}
      onSearchChange={setSearch}
      candidates={data?.assistanceRequest.participantCandidates}
      loading={loading}
      nothingFound={t('requests.marking.noCandidates')}
    />
  );
}
