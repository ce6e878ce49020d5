import type { ProjectMarkingFieldsFragment } from '../../gql/graphql';
import { type NamedPerson, RecordMarkingDetails } from '../discussions';

/**
 * What goes with a project's marking, under its top banner: a warning when the viewer reads it by break glass,
 * and who reads a STRICTLY_CONFIDENTIAL project: the people named on it (its creator among them), by name.
 */
export function ProjectMarkingDetails({ project }: { project: ProjectMarkingFieldsFragment }) {
  return (
    <RecordMarkingDetails
      record="project"
      readsByBreakGlass={project.viewerReadsByBreakGlass}
      named={project.classification === 'STRICTLY_CONFIDENTIAL' ? namedOn(project) : []}
    />
  );
}

/** The people named, by name; an organization by its acronym (a State, which has none, by its name). */
function namedOn(project: ProjectMarkingFieldsFragment): NamedPerson[] {
  return [...project.participants]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((participant, index) => ({
      key: participant.person?.id ?? `hidden-${index}`,
      name: participant.name,
      organization: participant.organization.acronym ?? participant.organization.name,
    }));
}
