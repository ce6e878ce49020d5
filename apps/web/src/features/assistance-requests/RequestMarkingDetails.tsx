import { useId } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestMarkingFieldsFragment } from '../../gql/graphql';

type Named = { key: string; name: string; organization: { acronym: string | null; name: string } };

/**
 * Who reads a STRICTLY_CONFIDENTIAL request, under its top banner: its author, then the people named on it by
 * name; nothing for another marking.
 */
export function RequestMarkingDetails({ request }: { request: RequestMarkingFieldsFragment }) {
  const { t } = useTranslation();
  const participantsId = useId();
  if (request.classification !== 'STRICTLY_CONFIDENTIAL') return null;
  const named = namedOn(request);

  return (
    <div className="marking-participants marking-details">
      <Text component="span" size="sm" fw={600} id={participantsId}>
        {t('requests.marking.namedOnRequest')}
      </Text>
      <ul aria-labelledby={participantsId}>
        {named.map((person) => {
          // A State has no acronym: its name then.
          const organization = person.organization.acronym ?? person.organization.name;
          return (
            <li key={person.key}>
              <bdi>{person.name}</bdi>
              {organization !== person.name && (
                <Text component="span" size="xs" c="dimmed">
                  {' '}
                  · <bdi>{organization}</bdi>
                </Text>
              )}
            </li>
          );
        })}
      </ul>
    </div>
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
