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

export const WORKSPACE_VISIBILITIES = ['OPEN', 'PRIVATE'] as const;
export type WorkspaceVisibility = (typeof WORKSPACE_VISIBILITIES)[number];

export const WORKSPACE_KINDS = ['WORKING_GROUP', 'PROJECT', 'ASSISTANCE_REQUEST', 'AD_HOC', 'GOVERNANCE_BODY'] as const;
export type WorkspaceKind = (typeof WORKSPACE_KINDS)[number];

/** A person's role in a workspace, strongest first. Observers read only. */
export const WORKSPACE_ROLES = ['OWNER', 'MODERATOR', 'MEMBER', 'OBSERVER'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/** An organization's place in a workspace: its people take part as members or observers. */
export const WORKSPACE_ORGANIZATION_ROLES = ['MEMBER', 'OBSERVER'] as const;
export type WorkspaceOrganizationRole = (typeof WORKSPACE_ORGANIZATION_ROLES)[number];

/** UN information classification (ST/SGB/2007/6), least sensitive first. */
export const CLASSIFICATIONS = ['UNCLASSIFIED', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** The reactions a post accepts. */
export const REACTION_EMOJI = ['👍', '❤️', '🎉', '👀', '✅', '🙏'] as const;
export type ReactionEmoji = (typeof REACTION_EMOJI)[number];

export const NOTIFICATION_TYPES = [
  'MENTION',
  'REPLY',
  'WORKSPACE_ADDED',
  'REQUEST_SUBMITTED',
  'REQUEST_OPENED',
  'REQUEST_OFFER',
  'REQUEST_STATUS',
  'REQUEST_OVERDUE',
  'PROJECT_ADDED',
  'NEW_THREAD',
  'DECISION_PROPOSED',
  'DECISION_SILENCE_BROKEN',
  'DECISION_ADOPTED',
  'DECISION_WITHDRAWN',
  'WORK_PLAN_ITEM_DUE_SOON',
  'WORK_PLAN_ITEM_OVERDUE',
  'WORK_PLAN_ITEM_AT_RISK',
  'MEETING_SCHEDULED',
  'MEETING_CHANGED',
  'MEETING_CANCELLED',
  'MEETING_OUTCOME',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/**
 * What a person hears of a workspace: every post (ALL); new threads (NEW_THREADS, the default for those
 * who take part: a new thread is a working group's update); only mentions of them (MENTIONS, the default
 * in OPEN workspaces they only read); or nothing (MUTED). Replies in threads they follow reach them at
 * every level but MUTED.
 */
export const WATCH_LEVELS = ['ALL', 'NEW_THREADS', 'MENTIONS', 'MUTED'] as const;
export type WatchLevel = (typeof WATCH_LEVELS)[number];

/** How often notifications not seen in the app are mailed: each soon after it comes, in a digest, or never. */
export const EMAIL_FREQUENCIES = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];

// ---- assistance requests ----

/** The life of an assistance request, in the order it normally goes. */
export const ASSISTANCE_REQUEST_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'UNDER_REVIEW',
  'MATCHED',
  'IN_PROGRESS',
  'DELIVERED',
  'CLOSED',
  'DECLINED',
  'WITHDRAWN',
] as const;
export type AssistanceRequestStatus = (typeof ASSISTANCE_REQUEST_STATUSES)[number];

/** Statuses a request never leaves. */
export const FINAL_ASSISTANCE_REQUEST_STATUSES: readonly AssistanceRequestStatus[] = ['CLOSED', 'WITHDRAWN'];

/** Who takes a request's next step: the requesting State, the coordinators, or the lead entity. */
export const REQUEST_STEP_TAKERS = ['STATE', 'COORDINATORS', 'LEAD_ENTITY'] as const;
export type RequestStepTaker = (typeof REQUEST_STEP_TAKERS)[number];

/**
 * The step a request normally takes next, and who is expected to take it (the home page's "next step");
 * none once it is closed, declined or withdrawn. UNDER_REVIEW waits for the coordinators' match, to which
 * entities' offers lead.
 */
export const NEXT_REQUEST_STEPS: Partial<
  Record<AssistanceRequestStatus, { to: AssistanceRequestStatus; by: RequestStepTaker }>
> = {
  DRAFT: { to: 'SUBMITTED', by: 'STATE' },
  SUBMITTED: { to: 'UNDER_REVIEW', by: 'COORDINATORS' },
  UNDER_REVIEW: { to: 'MATCHED', by: 'COORDINATORS' },
  MATCHED: { to: 'IN_PROGRESS', by: 'LEAD_ENTITY' },
  IN_PROGRESS: { to: 'DELIVERED', by: 'LEAD_ENTITY' },
  DELIVERED: { to: 'CLOSED', by: 'STATE' },
};

export const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Who, besides coordinators, a State shares its request with once it is open for offers. */
export const SHARING_SCOPES = ['COORDINATORS_ONLY', 'ALL_ENTITIES', 'NAMED_ENTITIES'] as const;
export type SharingScope = (typeof SHARING_SCOPES)[number];

export const OFFER_STATUSES = ['ACTIVE', 'WITHDRAWN'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

// ---- projects, activities and funding ----

export const PROJECT_STATUSES = ['PLANNED', 'ACTIVE', 'COMPLETED', 'SUSPENDED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** What a partner entity does in a joint project. */
export const PARTNER_ROLES = ['CO_IMPLEMENTER', 'TECHNICAL_PARTNER', 'DONOR_LIAISON', 'ADVISER'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const MILESTONE_STATUSES = ['PENDING', 'DONE', 'CANCELLED'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const ACTIVITY_TYPES = [
  'WORKSHOP',
  'TRAINING',
  'CONFERENCE',
  'WEBINAR',
  'MEETING',
  'HIGH_LEVEL_VISIT',
  'ASSESSMENT_VISIT',
  'CONSULTATION',
  'AGREEMENT_SIGNING',
  'LAUNCH',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Activities that build capacity: counted and named in the report's capacity-building section. */
export const CAPACITY_BUILDING_ACTIVITY_TYPES: readonly ActivityType[] = [
  'WORKSHOP',
  'TRAINING',
  'CONFERENCE',
  'WEBINAR',
  'ASSESSMENT_VISIT',
  'CONSULTATION',
  'MEETING',
];

export const CONTRIBUTION_KINDS = ['PLEDGE', 'RECEIPT'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

export const AGREEMENT_TYPES = ['MOU', 'ACTION_PLAN', 'AGREEMENT'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

// ---- decisions by silence procedure ----

/**
 * A proposal circulated in a workspace is OPEN until its deadline; then ADOPTED if no organization objected.
 * One objection breaks the silence (SILENCE_BROKEN); the proposer or a moderator may withdraw it while OPEN.
 */
export const DECISION_STATUSES = ['OPEN', 'ADOPTED', 'SILENCE_BROKEN', 'WITHDRAWN'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** What a decision's timeline records, in the order it may happen. */
export const DECISION_EVENT_KINDS = ['PROPOSED', 'OBJECTED', 'ADOPTED', 'WITHDRAWN'] as const;
export type DecisionEventKind = (typeof DECISION_EVENT_KINDS)[number];

// ---- six-month work plans ----

/** Where an item of a work plan stands; DONE and DROPPED are settled (no more reminders). */
export const WORK_PLAN_ITEM_STATUSES = ['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DONE', 'DROPPED'] as const;
export type WorkPlanItemStatus = (typeof WORK_PLAN_ITEM_STATUSES)[number];

/** A work plan covers a half year: 1 is January to June, 2 July to December. */
export const WORK_PLAN_HALVES = [1, 2] as const;

// ---- governance bodies and meetings ----

/**
 * How an organization sits on a governance body, in the order a body's page lists them: the chair, the
 * secretariat that serves it, members, and guest members (who attend and read, without a say in decisions).
 */
export const GOVERNANCE_BODY_ROLES = ['CHAIR', 'SECRETARIAT', 'MEMBER', 'GUEST'] as const;
export type GovernanceBodyRole = (typeof GOVERNANCE_BODY_ROLES)[number];

/** A meeting is SCHEDULED until its outcome is recorded (HELD), unless it is CANCELLED first. */
export const MEETING_STATUSES = ['SCHEDULED', 'HELD', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
