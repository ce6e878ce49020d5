import { registerEnumType } from '@nestjs/graphql';
import {
  ACTIVITY_TYPES,
  AGREEMENT_TYPES,
  ASSISTANCE_REQUEST_STATUSES,
  CONTRIBUTION_KINDS,
  MILESTONE_STATUSES,
  PARTNER_ROLES,
  PROJECT_STATUSES,
  CLASSIFICATIONS,
  OFFER_STATUSES,
  PRIORITIES,
  SHARING_SCOPES,
  ENTITY_TYPES,
  LANGUAGES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_KINDS,
  PILLARS,
  PLATFORM_ROLES,
  REGIONAL_GROUPS,
  NOTIFICATION_TYPES,
  WORKING_GROUP_KINDS,
  WORKING_GROUP_ROLES,
  WORKSPACE_KINDS,
  WORKSPACE_ORGANIZATION_ROLES,
  WORK_PLAN_ITEM_STATUSES,
  GOVERNANCE_BODY_ROLES,
  MEETING_STATUSES,
  WORKSPACE_ROLES,
  WORKSPACE_VISIBILITIES,
  WATCH_LEVELS,
  EMAIL_FREQUENCIES,
  DECISION_STATUSES,
  DECISION_EVENT_KINDS,
} from '@ctcp/shared';

/** GraphQL enums are built from the shared vocabularies so that api and web never drift apart. */
function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

export const PlatformRoleEnum = enumObject(PLATFORM_ROLES);
export const OrganizationKindEnum = enumObject(ORGANIZATION_KINDS);
export const EntityTypeEnum = enumObject(ENTITY_TYPES);
export const MembershipStatusEnum = enumObject(MEMBERSHIP_STATUSES);
export const RegionalGroupEnum = enumObject(REGIONAL_GROUPS);
export const WorkingGroupKindEnum = enumObject(WORKING_GROUP_KINDS);
export const WorkingGroupRoleEnum = enumObject(WORKING_GROUP_ROLES);
export const PillarEnum = enumObject(PILLARS);
export const LanguageEnum = enumObject(LANGUAGES);
export const WorkspaceVisibilityEnum = enumObject(WORKSPACE_VISIBILITIES);
export const WorkspaceKindEnum = enumObject(WORKSPACE_KINDS);
export const WorkspaceRoleEnum = enumObject(WORKSPACE_ROLES);
export const WorkspaceOrganizationRoleEnum = enumObject(WORKSPACE_ORGANIZATION_ROLES);
export const ClassificationEnum = enumObject(CLASSIFICATIONS);
export const NotificationTypeEnum = enumObject(NOTIFICATION_TYPES);
export const AssistanceRequestStatusEnum = enumObject(ASSISTANCE_REQUEST_STATUSES);
export const PriorityEnum = enumObject(PRIORITIES);
export const SharingScopeEnum = enumObject(SHARING_SCOPES);
export const OfferStatusEnum = enumObject(OFFER_STATUSES);
export const ProjectStatusEnum = enumObject(PROJECT_STATUSES);
export const PartnerRoleEnum = enumObject(PARTNER_ROLES);
export const MilestoneStatusEnum = enumObject(MILESTONE_STATUSES);
export const ActivityTypeEnum = enumObject(ACTIVITY_TYPES);
export const ContributionKindEnum = enumObject(CONTRIBUTION_KINDS);
export const AgreementTypeEnum = enumObject(AGREEMENT_TYPES);
export const WatchLevelEnum = enumObject(WATCH_LEVELS);
export const EmailFrequencyEnum = enumObject(EMAIL_FREQUENCIES);
export const DecisionStatusEnum = enumObject(DECISION_STATUSES);
export const DecisionEventKindEnum = enumObject(DECISION_EVENT_KINDS);
export const WorkPlanItemStatusEnum = enumObject(WORK_PLAN_ITEM_STATUSES);
export const GovernanceBodyRoleEnum = enumObject(GOVERNANCE_BODY_ROLES);
export const MeetingStatusEnum = enumObject(MEETING_STATUSES);

registerEnumType(PlatformRoleEnum, { name: 'PlatformRole' });
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });
registerEnumType(EntityTypeEnum, { name: 'EntityType', description: 'The kind of a Compact entity' });
registerEnumType(MembershipStatusEnum, {
  name: 'MembershipStatus',
  description: 'Compact membership of an entity, or UN membership of a State',
});
registerEnumType(RegionalGroupEnum, { name: 'RegionalGroup', description: 'UN regional group of a State' });
registerEnumType(WorkingGroupKindEnum, { name: 'WorkingGroupKind' });
registerEnumType(WorkingGroupRoleEnum, { name: 'WorkingGroupRole' });
registerEnumType(PillarEnum, { name: 'Pillar', description: 'Pillar of the UN Global Counter-Terrorism Strategy' });
registerEnumType(LanguageEnum, { name: 'Language', description: 'One of the six official UN languages' });
registerEnumType(WorkspaceVisibilityEnum, {
  name: 'WorkspaceVisibility',
  description: 'OPEN: every signed-in user may read; PRIVATE: members only',
});
registerEnumType(WorkspaceKindEnum, { name: 'WorkspaceKind' });
registerEnumType(WorkspaceRoleEnum, { name: 'WorkspaceRole', description: 'Observers read only' });
registerEnumType(WorkspaceOrganizationRoleEnum, { name: 'WorkspaceOrganizationRole' });
registerEnumType(ClassificationEnum, {
  name: 'Classification',
  description: 'UN information classification (ST/SGB/2007/6)',
});
registerEnumType(NotificationTypeEnum, { name: 'NotificationType' });
registerEnumType(AssistanceRequestStatusEnum, { name: 'AssistanceRequestStatus' });
registerEnumType(PriorityEnum, { name: 'Priority' });
registerEnumType(SharingScopeEnum, {
  name: 'SharingScope',
  description: 'Who, besides coordinators, sees a request once it is open for offers',
});
registerEnumType(OfferStatusEnum, { name: 'OfferStatus' });
registerEnumType(ProjectStatusEnum, { name: 'ProjectStatus' });
registerEnumType(PartnerRoleEnum, { name: 'PartnerRole', description: 'What a partner entity does in a project' });
registerEnumType(MilestoneStatusEnum, { name: 'MilestoneStatus' });
registerEnumType(ActivityTypeEnum, { name: 'ActivityType' });
registerEnumType(ContributionKindEnum, {
  name: 'ContributionKind',
  description: 'PLEDGE: promised; RECEIPT: money (or in-kind value) received',
});
registerEnumType(AgreementTypeEnum, { name: 'AgreementType' });
registerEnumType(WatchLevelEnum, {
  name: 'WatchLevel',
  description: 'What a person hears of a workspace: every post, new threads, mentions of them, or nothing',
});
registerEnumType(EmailFrequencyEnum, {
  name: 'EmailFrequency',
  description: 'How notifications not seen in the app are mailed: each soon after it comes, in a digest, or never',
});
registerEnumType(DecisionStatusEnum, {
  name: 'DecisionStatus',
  description: 'OPEN until the deadline; ADOPTED when no organization objected by then',
});
registerEnumType(DecisionEventKindEnum, { name: 'DecisionEventKind' });
registerEnumType(WorkPlanItemStatusEnum, {
  name: 'WorkPlanItemStatus',
  description: 'Where a work plan item stands; DONE and DROPPED are settled',
});
registerEnumType(GovernanceBodyRoleEnum, {
  name: 'GovernanceBodyRole',
  description: 'How an organization sits on a governance body; guests attend and read, without a say in decisions',
});
registerEnumType(MeetingStatusEnum, {
  name: 'MeetingStatus',
  description: 'SCHEDULED until its outcome is recorded (HELD), unless CANCELLED first',
});
