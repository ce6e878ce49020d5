/**
 * The domain's closed vocabularies, defined once and used by the api (GraphQL enums, database checks)
 * and the web app (labels, filters). Order matters where it is shown to people.
 */

export const PLATFORM_ROLES = ['ADMIN', 'COORDINATOR', 'ENTITY_MEMBER', 'FOCAL_POINT', 'OBSERVER'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const ORGANIZATION_KINDS = [
  'COMPACT_ENTITY',
  'MEMBER_STATE',
  'OBSERVER_STATE',
  'REGIONAL_ORGANIZATION',
  'DONOR',
  'OTHER',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Kinds whose people are a State's: they never see other States' people. */
export const STATE_KINDS: readonly OrganizationKind[] = ['MEMBER_STATE', 'OBSERVER_STATE'];

export const ENTITY_TYPES = [
  'SECRETARIAT',
  'FUND_OR_PROGRAMME',
  'SPECIALIZED_OR_RELATED_AGENCY',
  'RESEARCH_OR_TRAINING_INSTITUTE',
  'NON_UN_ORGANIZATION',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Membership of the Compact (entities) or of the United Nations (States). */
export const MEMBERSHIP_STATUSES = ['MEMBER', 'OBSERVER'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const REGIONAL_GROUPS = [
  'AFRICAN',
  'ASIA_PACIFIC',
  'EASTERN_EUROPEAN',
  'LATIN_AMERICAN_AND_CARIBBEAN',
  'WESTERN_EUROPEAN_AND_OTHERS',
] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];

export const WORKING_GROUP_KINDS = ['COORDINATION_COMMITTEE', 'THEMATIC'] as const;
export type WorkingGroupKind = (typeof WORKING_GROUP_KINDS)[number];

/** An organization's place in a working group, chairs first. */
export const WORKING_GROUP_ROLES = ['CHAIR', 'VICE_CHAIR', 'MEMBER', 'OBSERVER'] as const;
export type WorkingGroupRole = (typeof WORKING_GROUP_ROLES)[number];

/** The four pillars of the UN Global Counter-Terrorism Strategy. */
export const PILLARS = ['I', 'II', 'III', 'IV'] as const;
export type Pillar = (typeof PILLARS)[number];
