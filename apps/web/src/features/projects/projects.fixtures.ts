import type { MockLink } from '@apollo/client/testing';
import type { Classification } from '@ctcp/shared';
import type { SessionUser } from '../../session';
import { adminCan } from '../../test/render';
import { ProjectDetailDocument, ProjectParticipantCandidatesDocument } from './operations';

// The api's answers for the projects' tests, with the __typename fields the cache needs.

const organization = (id: string, acronym: string | null, name: string, kind = 'COMPACT_ENTITY') => ({
  __typename: 'Organization',
  id,
  acronym,
  name,
  kind,
});

export const unodc = organization('org-unodc', 'UNODC', 'UN Office on Drugs and Crime');
export const unoct = organization('org-unoct', 'UNOCT', 'UN Office of Counter-Terrorism');
export const kazakhstan = organization('org-kz', null, 'Kazakhstan', 'MEMBER_STATE');

/** A person as the api names them (`Author`), with the person the viewer may see. */
export function author(id: string, name: string, org = unodc, email = `${id}@example.org`) {
  return { __typename: 'Author', name, organization: org, person: { __typename: 'User', id, email } };
}

export const lena = author('user-coord', 'Lena Fischer', unoct, 'coordinator@unoct.example');
export const ingrid = author('u-ingrid', 'Ingrid Larsen', unodc, 'member@unodc.example');
export const amina = author('user-admin', 'Amina Haddad', unoct, 'admin@unoct.example');
export const aliya = author('u-aliya', 'Aliya Nurlanova', kazakhstan, 'focal.point@kz.example');

/** The coordinator who created the projects below. */
export const coordinator: SessionUser = {
  id: 'user-coord',
  email: 'coordinator@unoct.example',
  name: 'Lena Fischer',
  role: 'COORDINATOR',
  isOrganizationAdmin: false,
  preferredLanguage: 'en',
  organization: { id: 'org-unoct', acronym: 'UNOCT', kind: 'COMPACT_ENTITY' },
  twoFactor: { enabled: false, required: false },
};

/** A member of UNODC, the lead entity of the projects below. */
export const leadMember: SessionUser = {
  id: 'u-ingrid',
  email: 'member@unodc.example',
  name: 'Ingrid Larsen',
  role: 'ENTITY_MEMBER',
  isOrganizationAdmin: false,
  preferredLanguage: 'en',
  organization: { id: 'org-unodc', acronym: 'UNODC', kind: 'COMPACT_ENTITY' },
  twoFactor: { enabled: false, required: false },
};

/** What the api's policy lets a coordinator do: all a platform admin does but break glass. */
export const coordinatorCan = { ...adminCan, breakGlass: false };

/** What it lets a lead entity's member do: no creating projects, triaging requests or breaking glass. */
export const leadMemberCan = {
  ...adminCan,
  createProject: false,
  triageAssistanceRequests: false,
  breakGlass: false,
};

/** People named on a project, as its `participants` answers them (ids only). */
export const named = (...people: ReturnType<typeof author>[]) =>
  people.map(({ person, ...rest }) => ({ ...rest, person: { __typename: 'User', id: person.id } }));

const emptyConnection = (typename: string) => ({
  __typename: typename,
  totalCount: 0,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  edges: [],
});

/**
 * The project p1 as its page shows it: created by Lena, led by UNODC for Kazakhstan, STRICTLY_CONFIDENTIAL with
 * no declassification day, named on it its creator and Ingrid, no workspace, funding, activities or requests;
 * its marking and capabilities as given.
 */
export function project(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Project',
    id: 'p1',
    title: 'Border security in Central Asia',
    summary: 'Joint border patrols and training.',
    status: 'ACTIVE',
    classification: 'STRICTLY_CONFIDENTIAL' as Classification,
    declassifyOn: null as string | null,
    declassifyTo: null as Classification | null,
    createdBy: named(lena)[0] as ReturnType<typeof named>[number] | null,
    startDate: '2026-03-01',
    endDate: null,
    budgetUsd: null,
    pillars: [],
    beneficiaryCountryCodes: ['KZ'],
    beneficiaryRegions: [],
    viewerCanEdit: false,
    leadEntity: unodc,
    partners: [],
    workingGroup: null,
    milestones: [],
    participants: named(lena, ingrid),
    viewerCanRaiseClassification: false,
    viewerCanLowerClassification: false,
    viewerReadsByBreakGlass: false,
    workspace: null,
    funding: [],
    activities: emptyConnection('ActivityConnection'),
    contributions: emptyConnection('ContributionConnection'),
    assistanceRequests: emptyConnection('AssistanceRequestConnection'),
    ...overrides,
  };
}

export function projectAnswer(value: ReturnType<typeof project>, language = 'en'): MockLink.MockedResponse {
  return {
    request: { query: ProjectDetailDocument, variables: { id: value.id, language } },
    result: { data: { project: value } },
    // The page asks again (cache and network) as it shows the answer.
    maxUsageCount: 5,
  };
}

/** What the api answers for a project the viewer may not read (or that does not exist). */
export function projectNotFound(id = 'p1', language = 'en'): MockLink.MockedResponse {
  return {
    request: { query: ProjectDetailDocument, variables: { id, language } },
    result: { errors: [{ message: 'Project not found', extensions: { code: 'NOT_FOUND' } }] },
  };
}

/** `Project.participantCandidates` of p1: these people, whatever the search. */
export function candidatesAnswer(people = [lena, ingrid, amina, aliya]): MockLink.MockedResponse {
  return {
    request: { query: ProjectParticipantCandidatesDocument, variables: () => true },
    result: { data: { project: { __typename: 'Project', id: 'p1', participantCandidates: people } } },
    maxUsageCount: 20,
  };
}
