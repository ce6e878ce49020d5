import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { type ChoosingProps, ParticipantsField, useCandidateSearch } from '../discussions';
import { ProjectParticipantCandidatesDocument } from './operations';

/**
 * Chooses the people named on a STRICTLY_CONFIDENTIAL project: those the api offers for it
 * (`Project.participantCandidates`: who would read it were it CONFIDENTIAL), searched by name or email.
 */
export function ProjectParticipantsPicker({ projectId, ...field }: ChoosingProps & { projectId: string }) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const { search, setSearch, query } = useCandidateSearch();
  const { data, loading } = useQuery(ProjectParticipantCandidatesDocument, {
    variables: { projectId, query, first: 20, language },
  });
  return (
    <ParticipantsField
      {...field}
      search={search}
      onSearchChange={setSearch}
      candidates={data?.project.participantCandidates}
      loading={loading}
      nothingFound={t('projects.marking.noCandidates')}
    />
  );
}
