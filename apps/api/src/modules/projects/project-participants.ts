import type { OrganizationKind, PlatformRole } from '@ctcp/shared';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../common/errors.js';
import { personActor } from '../policy/actors.js';
import { mayBeNamedOnProject, PROJECT_NAMING_CANDIDATES_SQL, type ProjectFacts } from '../policy/projects.js';

/** A person as the naming rule reads them (PROJECT_NAMING_CANDIDATES_SQL). */
interface Candidate {
  id: string;
  role: PlatformRole;
  organizationId: string;
  organizationKind: OrganizationKind;
  countryCode: string | null;
}

type NamedProject = ProjectFacts & { id: string };

/**
 * Names the project's creator and these people on it, inside the caller's transaction, once each may be
 * named (mayBeNamedOnProject); BAD_USER_INPUT otherwise. Returns who is named.
 */
export async function nameOnProject(
  manager: EntityManager,
  project: NamedProject,
  ids: readonly string[],
): Promise<string[]> {
  const creator = project.createdById;
  const unique = [...new Set([...(creator ? [creator] : []), ...ids])];
  const admitted = new Set(await admissibleOnProject(manager, project, unique, null));
  // The creator may have left the secretariat: they stay off the list then, as anyone who may not read it.
  if (unique.some((id) => !admitted.has(id) && id !== creator)) {
    throw badInput('participantIds', 'Name only people who may read confidential records of this project.');
  }
  const named = unique.filter((id) => admitted.has(id));
  if (named.length > 0) {
    await manager.query(
      'INSERT INTO project_participants (project_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
      [project.id, named],
    );
  }
  return named;
}

/** Of the people among `ids` (all when null) matching `query`, those the naming rule admits, by name. */
export async function admissibleOnProject(
  manager: EntityManager,
  project: NamedProject,
  ids: readonly string[] | null,
  query: string | null,
): Promise<string[]> {
  const rows: Candidate[] = await manager.query(PROJECT_NAMING_CANDIDATES_SQL, [project.id, ids, query]);
  return rows
    .filter((person) => mayBeNamedOnProject({ ...personActor(person), countryCode: person.countryCode }, project))
    .map((person) => person.id);
}
