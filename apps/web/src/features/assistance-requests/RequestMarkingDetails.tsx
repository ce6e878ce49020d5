import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LockIcon } from '../../components/icons';
import type { RequestMarkingFieldsFragment } from '../../gql/graphql';
import { NamedPeople } from '../discussions';

type Named = { key: string; name: string; organization: { acronym: string | null; name: string } };

/**
 * What goes with a request's marking, under its top banner: a warning when the viewer reads it by break glass,
 * and who reads a STRICTLY_CONFIDENTIAL request: its author, then the people named on it by name.
 */
export function RequestMarkingDetails({ request }: { request: RequestMarkingFieldsFragment }) {
  const { t } = useTranslation();
  const named = request.classification === 'STRICTLY_CONFIDENTIAL' ? namedOn(request) : [];
  if (!request.viewerReadsByBreakGlass && named.length === 0) return null;

  return (
    <Stack gap="xs" className="marking-details">
      {request.viewerReadsByBreakGlass && (
        <Alert
          color="red"
          variant="filled"
          role="alert"
          icon={<LockIcon size={18} />}
          title={t('requests.marking.breakGlassReadTitle')}
        >
          {t('requests.marking.breakGlassReadWarning')}
        </Alert>
      )}
      {named.length > 0 && (
        <NamedPeople
          label={t('requests.marking.namedOnRequest')}
          // A State has no acronym: its name then.
          people={named.map((person) => ({
            key: person.key,
            name: person.name,
            organization: person.organization.acronym ?? person.organization.name,
          }))}
        />
      )}
    </Stack>
  );
}

/** The author first (the api names them anyway), then the others by name, each once. */
function namedOn(request: RequestMarkingFieldsFragment): Named[] {
  const { createdBy } = request;
  const others = request.participants
    .filter((participant) => participant.person?.id !== createdBy.id)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((participant, index) => ({ ...participant, key: participant.person?.id ?? `hidden-${index}` }));
  return [{ key: createdBy.id, name: createdBy.name, organization: createdBy.organization }, ...others];
}
