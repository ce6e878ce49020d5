import type { ProjectMarkingFieldsFragment } from '../../gql/graphql';
import { type NamedPerson, RecordMarkingDetails } from '../discussions';

/**
 * What goes with a project's marking, under its top banner: a warning when the viewer reads it by break glass,
 * who reads a STRICTLY_CONFIDENTIAL project (the coordinator who created it, then the people named on it by
 * name), and the day its marking drops.
 */
export function ProjectMarkingDetails({ project }: { project: ProjectMarkingFieldsFragment }) {
  return (
    <RecordMarkingDetails
      record="project"
      readsByBreakGlass={project.viewerReadsByBreakGlass}
      named={project.classification === 'STRICTLY_CONFIDENTIAL' ? namedOn(project) : []}
      declassification={project}
    />
  );
}

type Named = ProjectMarkingFieldsFragment['participants'][number];

/** An organization by its acronym; a State, which has none, by its name. */
const organizationName = (organization: Named['organization']) => organization.acronym ?? organization.name;

const namedPerson = (person: Named, key: string): NamedPerson => ({
  key: person.person?.id ?? key,
  name: person.name,
  organization: organizationName(person.organization),
});

/** Its creator first (the api names them anyway), then the others by name, each once. */
function namedOn(project: ProjectMarkingFieldsFragment): NamedPerson[] {
  const creator = project.createdBy;
  const creatorId = creator?.person?.id;
  // A creator the viewer may not see has no id: the one named as they are.
  const isCreator = (participant: Named) =>
    creator != null &&
    (creatorId ? participant.person?.id === creatorId : !participant.person && participant.name === creator.name);
  const others = project.participants
    .filter((participant) => !isCreator(participant))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((participant, index) => namedPerson(participant, `hidden-${index}`));
  return creator ? [namedPerson(creator, 'creator'), ...others] : others;
}
