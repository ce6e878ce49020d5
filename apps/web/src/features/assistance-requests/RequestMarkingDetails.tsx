import type { RequestMarkingFieldsFragment } from '../../gql/graphql';
import { type NamedPerson, RecordMarkingDetails } from '../discussions';

/**
 * What goes with a request's marking, under its top banner: a warning when the viewer reads it by break glass,
 * who reads a STRICTLY_CONFIDENTIAL request (its author, then the people named on it by name), and the day its
 * marking drops.
 */
export function RequestMarkingDetails({ request }: { request: RequestMarkingFieldsFragment }) {
  return (
    <RecordMarkingDetails
      record="request"
      readsByBreakGlass={request.viewerReadsByBreakGlass}
      named={request.classification === 'STRICTLY_CONFIDENTIAL' ? namedOn(request) : []}
      declassification={request}
    />
  );
}

/** A State has no acronym: its name then. */
const organizationName = (organization: { acronym: string | null; name: string }) =>
  organization.acronym ?? organization.name;

/** The author first (the api names them anyway), then the others by name, each once. */
function namedOn(request: RequestMarkingFieldsFragment): NamedPerson[] {
  const { createdBy } = request;
  const others = request.participants
    .filter((participant) => participant.person?.id !== createdBy.id)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((participant, index) => ({
      key: participant.person?.id ?? `hidden-${index}`,
      name: participant.name,
      organization: organizationName(participant.organization),
    }));
  return [
    { key: createdBy.id, name: createdBy.name, organization: organizationName(createdBy.organization) },
    ...others,
  ];
}
